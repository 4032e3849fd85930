#!/usr/bin/env bash
# Web load (issue 7 §2): starts the app in Release against a benchmark database and drives it with wrk on
# 127.0.0.1 — /healthz as the baseline, the member's own-points page and the clerk's entry grid of the current
# quarter, each with a signed-in cookie — at 16 and 64 connections. Each measurement runs --runs times and the
# run with the median requests/s is reported (the machine may be shared). Writes a section into docs/benchmarks.md.
#
#   bash scripts/bench-web.sh [--members 50000] [--duration 10s] [--runs 1] [--port 5080]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
MEMBERS=50000; DURATION=10s; RUNS=1; PORT=5080
while [[ $# -gt 0 ]]; do
  case "$1" in
    --members) MEMBERS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

dotnet build tools/PartyScoring.Bench -c Release -warnaserror -v quiet -nologo
CONNECTION=$(dotnet run -c Release --no-build --project tools/PartyScoring.Bench -- --members "$MEMBERS" --data bench-data --generate-only | tail -1)
PUBLISH=$(mktemp -d)
dotnet publish src/PartyScoring.Web -c Release -o "$PUBLISH" -v quiet -nologo >/dev/null

BASE="http://127.0.0.1:$PORT"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Database__Provider=Sqlite ConnectionStrings__Sqlite="$CONNECTION" \
  Demo__Seed=false Serilog__MinimumLevel__Default=Warning Security__SecureCookies=false Security__LoginAttemptsPerMinute=1000 \
  dotnet "$PUBLISH/PartyScoring.Web.dll" --contentRoot "$PUBLISH" >"$PUBLISH/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 1; done

login() { # prints the cookie header value for a signed-in user
  local jar; jar=$(mktemp)
  local token; token=$(curl -s -c "$jar" "$BASE/Account/Login" | grep -oP 'name="__RequestVerificationToken" type="hidden" value="\K[^"]+' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "UserName=$1" --data-urlencode "Password=Bench2026pass" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login"
  awk '$6 ~ /^PartyScoring/ {printf "%s=%s; ", $6, $7}' "$jar"
}
MEMBER_COOKIE=$(login benchmember)
CLERK_COOKIE=$(login benchclerk)
MEMBER_PAGE=$(curl -s -H "Cookie: $MEMBER_COOKIE" "$BASE/" | grep -oP 'href="\K/Portal/Index/[0-9]+' | head -1)
# The clerk's way to the grid: the quarter overview (current quarter) → their branch's sheet (opened as a draft the
# first time, as in the app) → the sheet's entry grid.
OPEN_SHEET=$(curl -s -H "Cookie: $CLERK_COOKIE" "$BASE/Quarters" | grep -oP '/Quarters/Branch/[0-9]+\?[^"]+' | head -1 | sed 's/&amp;/\&/g')
SHEET=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $CLERK_COOKIE" "$BASE$OPEN_SHEET" | grep -oP '/Quarters/Sheet/\K[0-9]+')
GRID_PAGE="/Quarters/Grid/$SHEET"
for page in "$MEMBER_PAGE" "$GRID_PAGE"; do
  [[ "$page" =~ [0-9]$ ]] || { echo "could not find the pages to measure ($MEMBER_PAGE, $GRID_PAGE)" >&2; exit 1; }
done

run() { # name url user connections: the run with the median requests/s of $RUNS
  local rows=() out rps p50 p99 non2xx cookie
  for _ in $(seq "$RUNS"); do
    # A fresh sign-in per run: wrk replays one cookie, and a cookie older than the security-stamp interval (1 min) would
    # be re-validated against the database on every request, which a browser (it takes the renewed cookie) never does.
    cookie=""; [[ -z "$3" ]] || cookie=$(login "$3")
    out=$(wrk -t2 -c"$4" -d"$DURATION" --latency ${cookie:+-H "Cookie: $cookie"} "$BASE$2")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    [[ -z "$non2xx" ]] || echo "  $1: $non2xx non-2xx answers" >&2
    echo "  $1 at $4 connections: $rps requests/s, p50 $p50, p99 $p99" >&2
    rows+=("$rps $p50 $p99")
  done
  read -r rps p50 p99 <<<"$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
  echo "| $1 | $4 | $rps | $p50 | $p99 |"
}
ROWS=()
for c in 16 64; do
  ROWS+=("$(run "/healthz (baseline)" /healthz "" "$c")")
  ROWS+=("$(run "member's own-points page" "$MEMBER_PAGE" benchmember "$c")")
  ROWS+=("$(run "clerk's quarter entry grid" "$GRID_PAGE" benchclerk "$c")")
done

SECTION="<!-- bench:web -->
### Web load — $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), app in Release on SQLite ($MEMBERS-member county), wrk -t2 for $DURATION, median of $RUNS run(s), load average $(cut -d' ' -f1 /proc/loadavg) at the end.
Command: \`bash scripts/bench-web.sh --members $MEMBERS --duration $DURATION --runs $RUNS\`.

| page | connections | requests/s | p50 | p99 |
|---|---:|---:|---:|---:|
$(printf '%s\n' "${ROWS[@]}")
<!-- /bench:web -->"
echo "$SECTION"
python3 - "$SECTION" <<'PY'
import sys, pathlib, re
path = pathlib.Path("docs/benchmarks.md")
text = path.read_text() if path.exists() else "# Benchmarks\n"
section = sys.argv[1]
pattern = re.compile(r"<!-- bench:web -->.*?<!-- /bench:web -->", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section + "\n"
path.write_text(text)
PY

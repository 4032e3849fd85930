#!/usr/bin/env bash
# Web load (issue 7 §2): starts the app in Release against a benchmark database and drives it with wrk on
# 127.0.0.1 — /healthz as the baseline, the member's own-points page and the clerk's branch page, each with
# a signed-in cookie — at 16 and 64 connections. Writes a section into docs/benchmarks.md.
#
#   bash scripts/bench-web.sh [--members 50000] [--duration 10s]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
MEMBERS=50000; DURATION=10s; PORT=5080
while [[ $# -gt 0 ]]; do
  case "$1" in
    --members) MEMBERS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
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
BRANCH_PAGE="/" # the clerk's home page is their branch's ranking (the grid page joins when the quarter sheets land)

run() { # name url cookie connections
  local out; out=$(wrk -t2 -c"$4" -d"$DURATION" --latency ${3:+-H "Cookie: $3"} "$BASE$2")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  echo "| $1 | $4 | $rps | $p50 | $p99 |"
}
ROWS=()
for c in 16 64; do
  ROWS+=("$(run "/healthz (baseline)" /healthz "" "$c")")
  ROWS+=("$(run "member's own-points page" "$MEMBER_PAGE" "$MEMBER_COOKIE" "$c")")
  ROWS+=("$(run "clerk's branch home page" "$BRANCH_PAGE" "$CLERK_COOKIE" "$c")")
done

SECTION="<!-- bench:web -->
### Web load — $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), app in Release on SQLite ($MEMBERS-member county), wrk -t2 for $DURATION.
Command: \`bash scripts/bench-web.sh --members $MEMBERS --duration $DURATION\`.

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

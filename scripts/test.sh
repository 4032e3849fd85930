#!/usr/bin/env bash
# The project's test command: `bash scripts/test.sh` (CI runs it through .ci/run).
#
# Installs what the tests need (PostgreSQL, Chromium, CJK fonts, poppler-utils),
# starts PostgreSQL with a test role, builds the solution with warnings as errors,
# checks the three migration assemblies for pending model changes, writes SQL Server's
# idempotent migration script (TestResults/sqlserver-migrations.sql), runs every project
# under tests/ and prints, as the very last line:
#     tests: N passed, N failed, N skipped
# Exits non-zero if anything failed or if no test ran. Safe to run repeatedly.
set -euo pipefail

# ---------------------------------------------------------------------------
# Settings (adjust here)
# ---------------------------------------------------------------------------
CONFIGURATION="Release"
SOLUTION="PartyScoring.sln"
RESULTS_DIR="TestResults"

# `dotnet ef migrations has-pending-model-changes`, once per provider.
# Everything after `--` is passed to the IDesignTimeDbContextFactory's args.
# NB: in `dotnet ef`, `-c` means --context; the build configuration is --configuration.
EF_STARTUP_PROJECT="tools/PartyScoring.DesignTime"
EF_COMMON_ARGS=(--no-build --configuration "$CONFIGURATION" --startup-project "$EF_STARTUP_PROJECT")
EF_SQLITE_ARGS=(--project src/PartyScoring.Migrations.Sqlite -- --provider Sqlite)
EF_POSTGRES_ARGS=(--project src/PartyScoring.Migrations.PostgreSql -- --provider PostgreSql)
EF_SQLSERVER_ARGS=(--project src/PartyScoring.Migrations.SqlServer -- --provider SqlServer)

# A test host that hangs this long is killed and counted as failed.
TEST_HANG_TIMEOUT="${TEST_HANG_TIMEOUT:-5m}"

# PostgreSQL test role (integration tests create/drop their own databases with it).
PG_TEST_ROLE="partyscoring"
PG_TEST_PASSWORD="partyscoring"
PG_WAIT_SECONDS=30

# zbar-tools: zbarimg decodes the two-factor set-up QR code back to its link (TwoFactorQrCodeTests).
APT_PACKAGES_WANTED=(chromium fonts-wqy-microhei poppler-utils zbar-tools)

# ---------------------------------------------------------------------------
cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO_ROOT="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Test hosts must not watch files (inotify instances are limited per user); see tests/Shared/NoFileWatchers.cs.
export DOTNET_hostBuilder__reloadConfigOnChange=false
export DOTNET_USE_POLLING_FILE_WATCHER=true
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SUMMARY_PRINTED=0
on_exit() {
    local rc=$?
    if [[ $SUMMARY_PRINTED -eq 0 ]]; then
        echo "==> scripts/test.sh stopped unexpectedly (exit code $rc)"
        echo "tests: 0 passed, 1 failed, 0 skipped"
        [[ $rc -eq 0 ]] && exit 1
    fi
    return "$rc"
}
trap on_exit EXIT

step() { echo "==> $*"; }
warn() { echo "==> WARNING: $*" >&2; }

# root runs things directly; a non-root developer with password-less sudo uses it.
SUDO=()
CAN_ADMIN=1
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO=(sudo -n)
    else
        CAN_ADMIN=0
    fi
fi

pkg_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# ---------------------------------------------------------------------------
step "Checking system packages"
missing=()
if ! command -v pg_ctlcluster >/dev/null 2>&1; then missing+=(postgresql); fi
for p in "${APT_PACKAGES_WANTED[@]}"; do
    if ! pkg_installed "$p"; then missing+=("$p"); fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "    all present"
elif [[ $CAN_ADMIN -eq 0 ]]; then
    warn "missing packages: ${missing[*]}; not root and no password-less sudo, so not installing them."
    warn "install them with: sudo apt-get install ${missing[*]}  (tests that need them will fail)"
else
    step "Installing missing packages: ${missing[*]}"
    if "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; then
        echo "    installed"
    else
        warn "apt-get failed; continuing (tests that need ${missing[*]} will fail)"
    fi
fi

# ---------------------------------------------------------------------------
run_as_postgres() {
    # Runs a command as the postgres OS user, from a directory it can read.
    if [[ $(id -u) -eq 0 ]]; then
        if command -v runuser >/dev/null 2>&1; then
            (cd / && runuser -u postgres -- "$@")
        else
            (cd / && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
        fi
    elif [[ ${#SUDO[@]} -gt 0 ]]; then
        (cd / && sudo -n -u postgres "$@")
    else
        return 1
    fi
}

pg_role_works() {
    PGPASSWORD="$PG_TEST_PASSWORD" PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$1" -U "$PG_TEST_ROLE" \
        -d postgres -tAq -c 'select 1' >/dev/null 2>&1
}

setup_postgres() {
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
        warn "PostgreSQL is not installed (pg_lsclusters not found); PostgreSQL tests will fail."
        return 0
    fi

    local line ver name port status
    line="$(pg_lsclusters --no-header 2>/dev/null | awk 'NF { print; exit }')"
    if [[ -z "$line" ]]; then
        ver="$(ls -1 /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)"
        if [[ -z "$ver" || $CAN_ADMIN -eq 0 ]]; then
            warn "no PostgreSQL cluster exists and none can be created here; PostgreSQL tests will fail."
            return 0
        fi
        step "Creating PostgreSQL cluster $ver/main"
        "${SUDO[@]}" pg_createcluster "$ver" main >/dev/null
        line="$(pg_lsclusters --no-header 2>/dev/null | awk 'NF { print; exit }')"
    fi
    read -r ver name port status _ <<<"$line"
    PG_PORT="$port"
    step "PostgreSQL cluster $ver/$name on port $port is $status"

    if [[ "$status" != online* ]]; then
        if [[ $CAN_ADMIN -eq 1 ]]; then
            step "Starting PostgreSQL cluster $ver/$name"
            "${SUDO[@]}" pg_ctlcluster "$ver" "$name" start || warn "pg_ctlcluster $ver $name start failed"
        else
            pg_ctlcluster "$ver" "$name" start 2>/dev/null \
                || warn "cannot start PostgreSQL as $(id -un); run: sudo pg_ctlcluster $ver $name start"
        fi
    fi

    local waited=0
    until pg_isready -q -h 127.0.0.1 -p "$port" -t 1; do
        if (( waited >= PG_WAIT_SECONDS )); then
            warn "PostgreSQL did not accept connections on 127.0.0.1:$port within ${PG_WAIT_SECONDS}s; PostgreSQL tests will fail."
            return 0
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "    accepting connections on 127.0.0.1:$port"

    step "Ensuring PostgreSQL role '$PG_TEST_ROLE' (LOGIN CREATEDB)"
    if run_as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '$PG_TEST_ROLE') THEN
        CREATE ROLE $PG_TEST_ROLE LOGIN CREATEDB PASSWORD '$PG_TEST_PASSWORD';
    ELSE
        ALTER ROLE $PG_TEST_ROLE LOGIN CREATEDB PASSWORD '$PG_TEST_PASSWORD';
    END IF;
END
\$\$;
SQL
    then
        :
    elif ! pg_role_works "$port"; then
        warn "could not create role '$PG_TEST_ROLE' (needs root or sudo); PostgreSQL tests will fail."
        return 0
    fi

    if pg_role_works "$port"; then
        echo "    role '$PG_TEST_ROLE' can connect"
    else
        warn "role '$PG_TEST_ROLE' cannot log in on 127.0.0.1:$port (check pg_hba.conf); PostgreSQL tests will fail."
    fi
}

PG_PORT=5432
if [[ -n "${PARTYSCORING_TEST_PG:-}" ]]; then
    step "PARTYSCORING_TEST_PG is already set; leaving the local PostgreSQL alone"
else
    step "Preparing PostgreSQL"
    setup_postgres
    export PARTYSCORING_TEST_PG="Host=127.0.0.1;Port=${PG_PORT};Username=${PG_TEST_ROLE};Password=${PG_TEST_PASSWORD};Database=postgres"
fi

# ---------------------------------------------------------------------------
rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
EF_RESULTS="$RESULTS_DIR/ef-checks.tsv"
TEST_RUNS="$RESULTS_DIR/test-projects.tsv"
: >"$EF_RESULTS"
: >"$TEST_RUNS"

step "Restoring local .NET tools (dotnet tool restore)"
TOOLS_OK=1
if ! dotnet tool restore; then
    warn "dotnet tool restore failed; the EF Core checks will fail"
    TOOLS_OK=0
fi

step "Building $SOLUTION ($CONFIGURATION, warnings as errors)"
if ! dotnet build "$SOLUTION" -c "$CONFIGURATION" -warnaserror -nologo; then
    echo "==> BUILD FAILED"
    SUMMARY_PRINTED=1
    echo "tests: 0 passed, 1 failed, 0 skipped"
    exit 1
fi

# ---------------------------------------------------------------------------
run_ef_check() {
    local label="$1"; shift
    step "EF Core: has-pending-model-changes ($label)"
    if [[ $TOOLS_OK -eq 1 ]] && dotnet ef migrations has-pending-model-changes "${EF_COMMON_ARGS[@]}" "$@"; then
        printf '%s\t0\n' "$label" >>"$EF_RESULTS"
    else
        echo "==> EF Core check FAILED ($label): pending model changes or the check could not run"
        printf '%s\t1\n' "$label" >>"$EF_RESULTS"
    fi
}
run_ef_check Sqlite "${EF_SQLITE_ARGS[@]}"
run_ef_check PostgreSql "${EF_POSTGRES_ARGS[@]}"
run_ef_check SqlServer "${EF_SQLSERVER_ARGS[@]}"

# No SQL Server runs here: its schema is verified through the script (checked in SqlServerScriptTests,
# which generates the same script in-process); this writes it for a person or a DBA to read.
step "EF Core: idempotent migration script (SqlServer)"
if [[ $TOOLS_OK -eq 1 ]] && dotnet ef migrations script --idempotent --output "$RESULTS_DIR/sqlserver-migrations.sql" \
        "${EF_COMMON_ARGS[@]}" "${EF_SQLSERVER_ARGS[@]}"; then
    printf '%s\t0\n' "SqlServer script" >>"$EF_RESULTS"
else
    printf '%s\t1\n' "SqlServer script" >>"$EF_RESULTS"
fi

# ---------------------------------------------------------------------------
shopt -s nullglob
test_projects=(tests/*/*.csproj)
shopt -u nullglob
if [[ ${#test_projects[@]} -eq 0 ]]; then
    warn "no test projects found under tests/"
fi
for proj in "${test_projects[@]}"; do
    name="$(basename "$proj" .csproj)"
    # A helper library under tests/ (no test SDK) is not run; anything unclear is run.
    is_test="$(dotnet msbuild "$proj" -nologo -getProperty:IsTestProject -p:Configuration="$CONFIGURATION" 2>/dev/null || echo unknown)"
    is_test="$(tr -d '[:space:]' <<<"$is_test" | tr '[:upper:]' '[:lower:]')"
    if [[ -z "$is_test" || "$is_test" == "false" ]]; then
        step "Skipping $name (not a test project: IsTestProject is not true)"
        continue
    fi
    step "Testing $name"
    set +e
    dotnet test "$proj" -c "$CONFIGURATION" --no-build \
        --logger "trx;LogFileName=${name}.trx" --results-directory "$RESULTS_DIR" \
        --blame-hang-timeout "$TEST_HANG_TIMEOUT" --blame-hang-dump-type none
    rc=$?
    set -e
    printf '%s\t%s\t%s\n' "$name" "$rc" "$RESULTS_DIR/${name}.trx" >>"$TEST_RUNS"
done

# ---------------------------------------------------------------------------
step "Summary"
PYTHON=""
for candidate in /usr/bin/python3 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PYTHON="$candidate"; break; fi
done

set +e
if [[ -n "$PYTHON" ]]; then
    "$PYTHON" - "$EF_RESULTS" "$TEST_RUNS" <<'PY'
import os
import sys
import xml.etree.ElementTree as ET

ef_file, runs_file = sys.argv[1], sys.argv[2]
NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
FAIL_OUTCOMES = {"failed", "error", "timeout", "aborted", "passedbutrunaborted", "disconnected"}

def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]

def parse_trx(path):
    """Returns (passed, failed, skipped, run_outcome, messages, skip_reasons)."""
    root = ET.parse(path).getroot()
    passed = failed = skipped = 0
    results = root.find(NS + "Results")
    found = 0
    skip_reasons = []
    if results is not None:
        # Direct children only: data-driven rows nested in InnerResults are not double counted.
        for r in results.findall(NS + "UnitTestResult"):
            found += 1
            outcome = (r.get("outcome") or "").lower()
            if outcome == "passed":
                passed += 1
            elif outcome in FAIL_OUTCOMES:
                failed += 1
            else:  # NotExecuted (skipped), Inconclusive, ...
                skipped += 1
                reason = " ".join(t.text.strip() for t in r.iter(NS + "Message") if t.text) or "no reason given"
                skip_reasons.append(f"{r.get('testName')}: {reason}")
    summary = root.find(NS + "ResultSummary")
    run_outcome = summary.get("outcome", "") if summary is not None else ""
    if found == 0 and summary is not None:
        c = summary.find(NS + "Counters")
        if c is not None:
            g = lambda k: int(c.get(k, "0") or 0)
            passed = g("passed")
            failed = sum(g(k) for k in ("failed", "error", "timeout", "aborted", "passedButRunAborted", "disconnected"))
            skipped = max(g("total") - g("executed"), 0) + g("notExecuted")
    messages = []
    if summary is not None:
        for t in summary.iter(NS + "Text"):
            if t.text and t.text.strip():
                messages.append(t.text.strip().splitlines()[0][:200])
    return passed, failed, skipped, run_outcome, messages, skip_reasons

tp = tf = ts = 0
for label, rc in rows(ef_file):
    ok = rc == "0"
    check = "idempotent migration script" if label.endswith(" script") else "has-pending-model-changes"
    print(f"    [ef:{label.removesuffix(' script')}] {check}: {'ok' if ok else 'FAILED'}")
    if ok:
        tp += 1
    else:
        tf += 1

for name, rc, trx in rows(runs_file):
    rc = int(rc)
    note = ""
    reasons = []
    if not os.path.isfile(trx):
        p = f_ = s = 0
        f_ = 1
        note = " (no .trx produced; counted as 1 failure)"
    else:
        try:
            p, f_, s, outcome, msgs, reasons = parse_trx(trx)
        except Exception as e:  # unreadable trx
            p = s = 0
            f_ = 1
            outcome, msgs = "", []
            note = f" (cannot parse {trx}: {e}; counted as 1 failure)"
        if rc != 0 and f_ == 0:
            f_ = 1
            why = "; ".join(msgs[:2]) or f"run outcome {outcome or 'unknown'}"
            note = f" (dotnet test exited {rc} with no failed test: {why}; counted as 1 failure)"
    print(f"    [{name}] passed={p} failed={f_} skipped={s} exit={rc}{note}")
    for reason in reasons:
        print(f"        skipped {reason}")
    tp += p
    tf += f_
    ts += s

if tp + tf == 0:
    print("==> no test ran")
sys.stdout.flush()
print(f"tests: {tp} passed, {tf} failed, {ts} skipped")
sys.exit(1 if tf > 0 or tp + tf == 0 else 0)
PY
    status=$?
else
    # Fallback without python: count outcomes in the .trx files with grep.
    tp=0; tf=0; ts=0
    while IFS=$'\t' read -r label rc; do
        if [[ "$rc" == 0 ]]; then tp=$((tp + 1)); echo "    [ef:$label] ok"; else tf=$((tf + 1)); echo "    [ef:$label] FAILED"; fi
    done <"$EF_RESULTS"
    while IFS=$'\t' read -r name rc trx; do
        p=0; f=0; s=0
        if [[ -f "$trx" ]]; then
            outcomes="$(grep -o '<UnitTestResult [^>]*' "$trx" | grep -o 'outcome="[A-Za-z]*"' || true)"
            p=$(grep -c '"Passed"' <<<"$outcomes" || true)
            f=$(grep -Ec '"(Failed|Error|Timeout|Aborted)"' <<<"$outcomes" || true)
            s=$(grep -Ec '"(NotExecuted|Inconclusive)"' <<<"$outcomes" || true)
        fi
        if [[ "$rc" != 0 && "$f" == 0 ]]; then f=1; fi
        echo "    [$name] passed=$p failed=$f skipped=$s exit=$rc"
        tp=$((tp + p)); tf=$((tf + f)); ts=$((ts + s))
    done <"$TEST_RUNS"
    echo "tests: $tp passed, $tf failed, $ts skipped"
    if (( tf > 0 || tp + tf == 0 )); then status=1; else status=0; fi
fi
SUMMARY_PRINTED=1
exit "$status"

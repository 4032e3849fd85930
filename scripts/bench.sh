#!/usr/bin/env bash
# The project's benchmark (issue 7). Generates a synthetic county once (kept under bench-data/ or as
# database partyscoring_bench_N), measures the year end through the product's code path beside a
# hand-written SQL aggregate, and the growth of the year end with the number of members; writes the
# results into docs/benchmarks.md. Then measures the web tier under load (scripts/bench-web.sh).
#
#   bash scripts/bench.sh                       # SQLite, 50,000 members, growth 5k/50k/200k
#   bash scripts/bench.sh --provider PostgreSql # needs PARTYSCORING_BENCH_PG or the test role of scripts/test.sh
#   bash scripts/bench.sh --members 5000 --growth 5000 --runs 3   # a quick look
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
: "${PARTYSCORING_BENCH_PG:=Host=127.0.0.1;Port=5432;Username=partyscoring;Password=partyscoring;Database=postgres}"
export PARTYSCORING_BENCH_PG

dotnet build tools/PartyScoring.Bench -c Release -warnaserror -v quiet -nologo
dotnet run -c Release --no-build --project tools/PartyScoring.Bench -- --data bench-data --report docs/benchmarks.md "$@"

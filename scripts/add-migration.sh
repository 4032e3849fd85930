#!/usr/bin/env bash
# Adds a migration with the same name for the three providers: `bash scripts/add-migration.sh NAME`.
# Builds the design-time host once, then runs `dotnet ef migrations add` per provider; no database is contacted.
set -euo pipefail
if [[ $# -ne 1 || -z "$1" ]]; then
    echo "usage: bash scripts/add-migration.sh NAME" >&2
    exit 2
fi
NAME="$1"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dotnet tool restore
dotnet build tools/PartyScoring.DesignTime -c Release -nologo
for provider in Sqlite PostgreSql SqlServer; do
    echo "==> $provider"
    dotnet ef migrations add "$NAME" --no-build --configuration Release \
        --project "src/PartyScoring.Migrations.$provider" \
        --startup-project tools/PartyScoring.DesignTime -- --provider "$provider"
done
echo "==> added $NAME for Sqlite, PostgreSql and SqlServer; build with -warnaserror and run scripts/test.sh"

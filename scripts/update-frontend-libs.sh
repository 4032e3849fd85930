#!/usr/bin/env bash
# Refreshes the browser libraries under src/PartyScoring.Web/wwwroot/lib from npm, at the exact versions that
# tools/frontend/package-lock.json pins: `bash scripts/update-frontend-libs.sh`.
# The copied files are committed, so `dotnet run` and the tests need no npm. To move to a newer version, change it in
# tools/frontend/package.json, run `npm install --ignore-scripts` there (rewrites the lock file), then this script.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LIB="src/PartyScoring.Web/wwwroot/lib"
NODE_MODULES="tools/frontend/node_modules"

(cd tools/frontend && npm ci --ignore-scripts --no-audit --no-fund)

# copy LIBRARY SOURCE... : each SOURCE (relative to the package) into the same place under wwwroot/lib/LIBRARY
copy() {
    local library="$1"; shift
    rm -rf "${LIB:?}/$library"
    for source in "$@"; do
        mkdir -p "$LIB/$library/$(dirname "$source")"
        cp -R "$NODE_MODULES/$library/$source" "$LIB/$library/$(dirname "$source")/"
    done
}
copy bootstrap LICENSE dist/css dist/js
copy jquery LICENSE.txt dist/jquery.js dist/jquery.min.js dist/jquery.min.map \
    dist/jquery.slim.js dist/jquery.slim.min.js dist/jquery.slim.min.map
copy jquery-validation LICENSE.md dist/jquery.validate.js dist/jquery.validate.min.js \
    dist/additional-methods.js dist/additional-methods.min.js
copy jquery-validation-unobtrusive LICENSE.txt dist/jquery.validate.unobtrusive.js dist/jquery.validate.unobtrusive.min.js

(cd tools/frontend && node -e 'const l=require("./package-lock.json").packages; for (const [k,v] of Object.entries(l)) if (k) console.log(`    ${k.replace("node_modules/","")} ${v.version}`)')
echo "==> $LIB refreshed; review and commit the changes"

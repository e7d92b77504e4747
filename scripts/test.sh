#!/usr/bin/env bash
# npm test: everything, on a fresh clone or a warm checkout.
#   1. installs what is missing (npm packages from the lockfile; code-server and Chromium through
#      test/harness/setup.sh, idempotent);
#   2. type-checks and lints;
#   3. builds dist/ and the test bundles;
#   4. runs the unit suites (mocha, on the pure core and on dist/core.js);
#   5. runs the integration suites inside a real VS Code (test/integration/runTests.ts);
#   6. runs the web build's suite in VS Code's web worker extension host (test/web);
#   7. drives the real VS Code UI in Chromium (test/ui), keeping screenshots in screenshots/, and
#      installs the packaged .vsix to hover with it.
# Ends with one summary line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x node_modules/.bin/tsc ] || npm ci --no-audit --no-fund
bash test/harness/setup.sh

echo "== types and lint"
npm run --silent check-types
npm run --silent lint

echo "== build"
node esbuild.js
node esbuild.js --tests

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
status=0
echo "== unit tests"
npx mocha --ui tdd --timeout 20000 --reporter spec "out/test/unit/**/*.test.js" 2>&1 | tee -a "$LOG" || status=1
echo "== integration tests in a real VS Code"
node out/test/integration/runTests.js 2>&1 | tee -a "$LOG" || status=1
echo "== the web build in VS Code's web worker extension host"
bash test/web/runWebTests.sh 2>&1 | tee -a "$LOG" || status=1
echo "== UI tests in a real VS Code in Chromium (screenshots in screenshots/)"
for ui in out/test/ui/*.ui.js; do node "$ui" 2>&1 | tee -a "$LOG" || status=1; done

count() { { grep -Eo "^ *[0-9]+ $1" "$LOG" || true; } | awk '{s+=$1} END {print s+0}'; }
# The failures again, last, without stack frames: CI shows only the end of a long log.
if grep -Eq "^ *[0-9]+ failing" "$LOG"; then
  echo "== what failed"
  awk '/^ *[0-9]+ failing/ {on=1} /^(==|\[harness\]| +(✔|✅))/ {on=0} on && !/^ +at / {print}' "$LOG" | head -n 80
fi
passed=$(count passing)
failed=$(count failing)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a run that died before its summary
echo "tests: $passed passed, $failed failed"
exit $status

#!/usr/bin/env bash
# Stands in for the VS Code executable that @vscode/test-electron's runTests() starts: reads the
# flags it passes and runs the same suites in code-server through run-vscode-tests.sh.
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
EXT= TESTS= WORKSPACE=
for a in "$@"; do
  case "$a" in
    --extensionDevelopmentPath=*) EXT=${a#*=} ;;
    --extensionTestsPath=*) TESTS=${a#*=} ;;
    --*) ;;   # --disable-extensions, --user-data-dir=…: not needed here
    *) [ -z "$WORKSPACE" ] && WORKSPACE=$a ;;
  esac
done
if [ -z "$EXT" ] || [ -z "$TESTS" ]; then
  echo "code-shim: --extensionDevelopmentPath and --extensionTestsPath are required" >&2
  exit 2
fi
exec "$HERE/run-vscode-tests.sh" "$EXT" "$TESTS" ${WORKSPACE:+"$WORKSPACE"}

#!/usr/bin/env bash
# Runs an extension's mocha suites inside a real VS Code: code-server's Node extension host,
# with the workbench loaded by headless Debian Chromium (run-in-browser.js).
#
# usage: run-vscode-tests.sh EXTENSION_DIR TESTS_PATH [WORKSPACE]
#   VSCODE_CI_DIR  where setup.sh installed code-server (default <repo>/.vscode-test/code-server)
#   TEST_TIMEOUT   seconds before the run is abandoned (default 300)
#   KEEP_RUN=1     keep the per-run directory (logs, user data) for inspection
# Exit status: 0 all passed, 1 a test failed, 124 timeout, 2 harness error.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
VSCODE_CI_DIR=${VSCODE_CI_DIR:-$REPO/.vscode-test/code-server}
SERVER="$VSCODE_CI_DIR/node_modules/code-server/out/node/entry.js"
[ -f "$SERVER" ] || { echo "[harness] code-server is not installed; run: npm run setup:vscode" >&2; exit 2; }
EXT=$(realpath "$1"); TESTS=$(realpath "$2"); WORKSPACE=$(realpath "${3:-$1}")

RUN=$(mktemp -d /tmp/param-lens-vscode.XXXXXX)
PID=
stop() {
  if [ -n "$PID" ]; then
    # code-server runs in its own process group (setsid): end the extension host and watchers too.
    kill -TERM -- "-$PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 -- "-$PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$PID" 2>/dev/null || true
  fi
  if [ "${KEEP_RUN:-0}" = 1 ]; then echo "[harness] run directory kept: $RUN"; else rm -rf "$RUN"; fi
}
trap stop EXIT INT TERM

mkdir -p "$RUN/user/User" "$RUN/extensions"
cat > "$RUN/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "git.enabled": false,
  "security.workspace.trust.enabled": false
}
JSON

PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# XDG_* keep code-server out of $HOME; EXTENSIONS_GALLERY={} stops it from asking open-vsx.org.
XDG_CONFIG_HOME="$RUN/xdg" XDG_DATA_HOME="$RUN/xdg" EXTENSIONS_GALLERY='{}' \
  setsid node "$SERVER" --bind-addr "127.0.0.1:$PORT" --auth none --config "$RUN/config.yaml" \
  --user-data-dir "$RUN/user" --extensions-dir "$RUN/extensions" --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --ignore-last-opened >"$RUN/server.log" 2>&1 </dev/null &
PID=$!
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && break
  kill -0 "$PID" 2>/dev/null || { cat "$RUN/server.log" >&2; exit 2; }
  sleep 0.1
done
echo "[harness] code-server $(node -p "require('$VSCODE_CI_DIR/node_modules/code-server/package.json').version") on 127.0.0.1:$PORT"

set +e
XDG_CONFIG_HOME="$RUN/xdg" NODE_PATH="$REPO/node_modules" node "$HERE/run-in-browser.js" \
  --server "http://127.0.0.1:$PORT" --folder "$WORKSPACE" --ext "$EXT" --tests "$TESTS" \
  --timeout "${TEST_TIMEOUT:-300}"
status=$?
set -e
if [ $status -ne 0 ]; then
  echo "[harness] FAILED with exit $status; end of the server log:" >&2
  tail -n 20 "$RUN/server.log" >&2
  find "$RUN/user/logs" -name remoteexthost.log -exec tail -n 40 {} \; >&2 2>/dev/null || true
fi
exit $status

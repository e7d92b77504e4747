#!/usr/bin/env bash
# npm start: installs what is needed, builds Param Lens, and serves a real VS Code (code-server,
# VS Code 1.100) on 127.0.0.1 with the extension loaded and the demo workspace open.
#   PORT           port to listen on (default 8642)
#   VSCODE_CI_DIR  where test/harness/setup.sh installs code-server (default .vscode-test/code-server)
# It listens on loopback only (no password: anyone who can reach the port gets a VS Code with a
# terminal). From another machine, forward the port: ssh -L 8642:127.0.0.1:8642 <this host>.
# Stop with Ctrl-C. For desktop VS Code, `npm run package` makes a .vsix to install instead.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
PORT=${PORT:-8642}
export VSCODE_CI_DIR=${VSCODE_CI_DIR:-$REPO/.vscode-test/code-server}
step() { printf '[start] %s\n' "$*"; }
if [ -x node_modules/.bin/tsc ]; then
  step "1/4 npm packages: installed"
else
  step "1/4 npm packages from the lockfile (npm ci; first run: about 40 s)"
  npm ci --no-audit --no-fund --loglevel=error
fi
step "2/4 the test VS Code (code-server and Chromium; first run: about a minute)"
bash test/harness/setup.sh
step "3/4 building Param Lens"
node esbuild.js

RUN=$REPO/.vscode-test/demo
VERSION=$(node -p 'require("./package.json").version')
mkdir -p "$RUN/user/User" "$RUN/extensions"
# The extension is linked in, so a rebuild (npm run watch) shows after a window reload.
ln -sfn "$REPO" "$RUN/extensions/param-lens.param-lens-$VERSION"
# The demo opens in Restricted Mode without asking: Param Lens works there too.
[ -f "$RUN/user/User/settings.json" ] || cat > "$RUN/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "workbench.colorTheme": "Default Dark Modern",
  "security.workspace.trust.startupPrompt": "never"
}
JSON

step "4/4 starting VS Code"
echo
echo "  Param Lens is running in VS Code at:  http://127.0.0.1:$PORT/?folder=$REPO/demo"
echo "  Hover over the labels in the demo files. Ctrl-C stops the server."
echo "  From another machine: ssh -L $PORT:127.0.0.1:$PORT $(hostname), then open the same address there."
echo
XDG_CONFIG_HOME="$RUN/xdg" XDG_DATA_HOME="$RUN/xdg" EXTENSIONS_GALLERY='{}' \
  exec node "$VSCODE_CI_DIR/node_modules/code-server/out/node/entry.js" \
  --bind-addr "127.0.0.1:$PORT" --auth none --config "$RUN/config.yaml" \
  --user-data-dir "$RUN/user" --extensions-dir "$RUN/extensions" --disable-telemetry \
  --disable-update-check --disable-getting-started-override --ignore-last-opened "$REPO/demo"

#!/usr/bin/env bash
# npm start: installs what is needed, builds Param Lens, and serves a real VS Code (code-server,
# VS Code 1.100) on 127.0.0.1 with the extension loaded and the demo workspace open.
#   PORT   port to listen on (default 8642)
# Stop with Ctrl-C. For desktop VS Code, `npm run package` makes a .vsix to install instead.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
cd "$REPO"
PORT=${PORT:-8642}
[ -x node_modules/.bin/tsc ] || npm ci --no-audit --no-fund
bash test/harness/setup.sh >/dev/null
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

echo
echo "  Param Lens is running in VS Code at:  http://127.0.0.1:$PORT/?folder=$REPO/demo"
echo "  Hover over the labels in the demo files. Ctrl-C stops the server."
echo
XDG_CONFIG_HOME="$RUN/xdg" XDG_DATA_HOME="$RUN/xdg" EXTENSIONS_GALLERY='{}' \
  exec node "$REPO/.vscode-test/code-server/node_modules/code-server/out/node/entry.js" \
  --bind-addr "127.0.0.1:$PORT" --auth none --config "$RUN/config.yaml" \
  --user-data-dir "$RUN/user" --extensions-dir "$RUN/extensions" --disable-telemetry \
  --disable-update-check --disable-getting-started-override --ignore-last-opened "$REPO/demo"

#!/usr/bin/env bash
# Installs a real VS Code for the integration and UI tests, from the npm registry and Debian only:
# code-server (VS Code 1.100.3's workbench and Node server; later releases need Node 22) and
# Debian's Chromium for playwright-core to drive. Idempotent: a second run takes about 2 s.
#
#   VSCODE_CI_DIR  where to install (default: <repo>/.vscode-test/code-server)
#
# Why the steps are by hand: code-server's own postinstall refuses to run as root and downloads
# prebuilt binaries from GitHub, which these machines cannot reach. We build the few native
# modules against the local Node headers instead.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
VSCODE_CI_DIR=${VSCODE_CI_DIR:-$REPO/.vscode-test/code-server}
CODE_SERVER_VERSION=4.100.3
export npm_config_nodedir=${npm_config_nodedir:-/usr}   # node-gyp: use /usr/include/node, never download headers

missing=()
for tool in chromium:chromium rg:ripgrep g++:g++ make:make python3:python3 curl:curl; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[setup] apt-get install ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
test -f "$npm_config_nodedir/include/node/node_api.h" || {
  echo "[setup] Node headers not found under $npm_config_nodedir/include/node; set npm_config_nodedir" >&2; exit 1; }

mkdir -p "$VSCODE_CI_DIR"
cd "$VSCODE_CI_DIR"
[ -f package.json ] || echo '{ "private": true }' > package.json
if [ ! -f node_modules/code-server/package.json ] || \
   [ "$(node -p 'require("./node_modules/code-server/package.json").version')" != "$CODE_SERVER_VERSION" ]; then
  npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION"
fi

# code-server loads argon2 at start-up; build it here rather than let node-pre-gyp fetch a binary.
[ -f node_modules/argon2/lib/binding/napi-v3/argon2.node ] || npm rebuild argon2 --build-from-source

# The parts of code-server's postinstall that need no network.
VS=node_modules/code-server/lib/vscode
(
  cd "$VS"
  [ -d node_modules/@parcel/watcher ] || npm install --no-audit --no-fund --omit=dev --ignore-scripts
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  # npm's own node-gyp, called directly (`npm rebuild` would also run postinstalls that go online).
  gyp="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
  for module in @vscode/spdlog native-watchdog; do
    ls node_modules/$module/build/Release/*.node >/dev/null 2>&1 ||
      (cd node_modules/$module && node "$gyp" rebuild -j 2 --loglevel=error >/dev/null)
  done
  # Workspace search (findFiles) needs ripgrep; its npm package would download it, Debian has it.
  if [ ! -e node_modules/@vscode/ripgrep/bin/rg ]; then
    mkdir -p node_modules/@vscode/ripgrep/bin && ln -s "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  fi
)
XDG_CONFIG_HOME=$VSCODE_CI_DIR/.xdg XDG_DATA_HOME=$VSCODE_CI_DIR/.xdg \
  node node_modules/code-server/out/node/entry.js --version | head -1

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
# One progress line per step, with how long the step took when it did something.
step() { printf '[setup] %s\n' "$*"; }
done_in() { printf '[setup]   done in %ss\n' "$(( SECONDS - $1 ))"; }
# Runs a build quietly; its whole output is shown only when it fails.
quiet() { local out; out=$("$@" 2>&1) || { printf '%s\n' "$out" >&2; return 1; }; }
REPO=$(cd "$(dirname "$0")/../.." && pwd)
VSCODE_CI_DIR=${VSCODE_CI_DIR:-$REPO/.vscode-test/code-server}
CODE_SERVER_VERSION=4.100.3
export npm_config_nodedir=${npm_config_nodedir:-/usr}   # node-gyp: use /usr/include/node, never download headers

step "1/5 system tools (chromium, ripgrep, g++, make, python3, curl)"
missing=()
for tool in chromium:chromium rg:ripgrep g++:g++ make:make python3:python3 curl:curl; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "  apt-get install ${missing[*]}"
  t=$SECONDS
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  done_in $t
fi
test -f "$npm_config_nodedir/include/node/node_api.h" || {
  echo "[setup] Node headers not found under $npm_config_nodedir/include/node; set npm_config_nodedir" >&2; exit 1; }

mkdir -p "$VSCODE_CI_DIR"
cd "$VSCODE_CI_DIR"
[ -f package.json ] || echo '{ "private": true }' > package.json
if [ ! -f node_modules/code-server/package.json ] || \
   [ "$(node -p 'require("./node_modules/code-server/package.json").version')" != "$CODE_SERVER_VERSION" ]; then
  step "2/5 code-server $CODE_SERVER_VERSION from npm into $VSCODE_CI_DIR (first run: about 20 s)"
  t=$SECONDS
  # No install scripts run here: the steps below do what they would, without going online.
  npm install --no-audit --no-fund --ignore-scripts --loglevel=error "code-server@$CODE_SERVER_VERSION"
  done_in $t
else
  step "2/5 code-server $CODE_SERVER_VERSION: installed"
fi

# npm's own node-gyp, called directly (`npm rebuild` would also run postinstalls that go online).
gyp="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"

# code-server loads argon2 at start-up. Build it from source with node-pre-gyp, called directly:
# its install script would try GitHub for a prebuilt binary first, and npm no longer takes
# --build-from-source as an option of its own.
if [ ! -f node_modules/argon2/lib/binding/napi-v3/argon2.node ]; then
  step "3/5 argon2 (password hashing, native): building from source"
  t=$SECONDS
  (cd node_modules/argon2 && PATH="$(dirname "$gyp"):$PATH" npm_config_node_gyp="$gyp" \
    quiet node ../@mapbox/node-pre-gyp/bin/node-pre-gyp rebuild)
  done_in $t
else
  step "3/5 argon2: built"
fi

# The parts of code-server's postinstall that need no network.
VS=node_modules/code-server/lib/vscode
(
  cd "$VS"
  if [ ! -d node_modules/@parcel/watcher ]; then
    step "4/5 VS Code server modules from npm"
    t=$SECONDS
    npm install --no-audit --no-fund --omit=dev --ignore-scripts --loglevel=error
    done_in $t
  else
    step "4/5 VS Code server modules: installed"
  fi
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  for module in @vscode/spdlog native-watchdog; do
    if ls node_modules/$module/build/Release/*.node >/dev/null 2>&1; then
      step "5/5 $module (native): built"
    else
      step "5/5 $module (native): building"
      t=$SECONDS
      (cd node_modules/$module && quiet node "$gyp" rebuild -j 2)
      done_in $t
    fi
  done
  # Workspace search (findFiles) needs ripgrep; its npm package would download it, Debian has it.
  if [ ! -e node_modules/@vscode/ripgrep/bin/rg ]; then
    mkdir -p node_modules/@vscode/ripgrep/bin && ln -s "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  fi
)
version=$(XDG_CONFIG_HOME=$VSCODE_CI_DIR/.xdg XDG_DATA_HOME=$VSCODE_CI_DIR/.xdg \
  node node_modules/code-server/out/node/entry.js --version | head -1)
step "ready: code-server $version"

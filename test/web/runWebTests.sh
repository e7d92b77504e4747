#!/usr/bin/env bash
# Runs the web build in VS Code's web worker extension host: a copy of the packaged files whose
# manifest has only the "browser" entry (so the workbench cannot use the Node host), with the web
# test suite, through the same harness as the Node integration tests.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/../.." && pwd)
WEB=$(mktemp -d /tmp/param-lens-web.XXXXXX)
trap 'rm -rf "$WEB"' EXIT
cp -r "$REPO/dist" "$REPO/media" "$REPO/l10n" "$REPO/package.nls.json" "$WEB/"
# No "main" and no extensionKind: a browser-only extension, which the workbench runs in its web
# worker extension host.
node -e 'const p=require(process.argv[1]); delete p.main; delete p.extensionKind; require("fs").writeFileSync(process.argv[2], JSON.stringify(p, null, 2))' "$REPO/package.json" "$WEB/package.json"
mkdir -p "$WEB/test" && cp "$REPO/out/test/web/suite/index.js" "$WEB/test/index.js"
bash "$REPO/test/harness/run-vscode-tests.sh" "$WEB" "$WEB/test/index.js" "$REPO/test/fixtures/workspace"

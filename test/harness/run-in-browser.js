// Opens the code-server workbench in headless Chromium with a "payload" that loads the extension
// under development and its test runner in the real (remote, Node) extension host, the way
// microsoft/vscode's browser integration tests do, and exits with the tests' result, which the
// workbench reports through window.codeAutomationExit.
//
// usage: node run-in-browser.js --server URL --folder DIR --ext DIR --tests PATH [--timeout S]
const { chromium } = require('playwright-core');
const util = require('util');

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const server = new URL(arg('server'));
const folder = arg('folder');
const ext = arg('ext');
const tests = arg('tests');
const timeout = Number(arg('timeout', '300')) * 1000;
const verbose = !!process.env.VERBOSE;

// Workbench start-up messages that share the console with the extension host's output.
const CHATTER = new RegExp(
  String.raw`^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching|` +
    String.raw`Updating additional builtin|\[Service Worker\]|ChatSessionStore|Creation of workbench contribution)`,
);

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Only the loopback server is reachable from the page.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

async function main() {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let finish;
  const finished = new Promise(resolve => {
    finish = resolve;
  });
  const timer = setTimeout(() => {
    console.error(`[harness] timed out after ${timeout / 1000}s`);
    finish(124);
  }, timeout);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.exposeFunction('codeAutomationLog', () => {});
    await page.exposeFunction('codeAutomationExit', code => {
      console.log(`[harness] tests finished with ${code} after ${elapsed()}`);
      // The last console lines (the mocha summary) can arrive just after this call.
      setTimeout(() => finish(code), 1000);
    });
    page.on('pageerror', e => console.error('[page error]', e.message));
    page.on('crash', () => {
      console.error('[harness] page crashed');
      finish(3);
    });
    // The extension host's console arrives as ('%c LEVEL', 'color: …', format, ...args).
    page.on('console', async message => {
      let values;
      try {
        values = await Promise.all(message.args().map(a => a.jsonValue()));
      } catch {
        values = [message.text()];
      }
      if (typeof values[0] === 'string' && values[0].startsWith('%c')) {
        const level = values[0].slice(2).trim();
        const text = util.format(...values.slice(2));
        if (verbose || (/^(INFO|WARN|ERR)$/.test(level) && !CHATTER.test(text))) console.log(text);
      } else if (verbose) {
        console.log(`[page ${message.type()}] ${message.text()}`);
      }
    });
    const remote = p => `vscode-remote://${server.host}${p}`;
    // Tests for the web worker extension host are fetched by the browser, through the server's
    // resource route; Node-host tests are loaded by the remote host itself.
    const testsUri =
      process.env.WEB_WORKER_TESTS === '1'
        ? `${server.origin}/vscode-remote-resource?path=${encodeURIComponent(tests)}`
        : remote(tests);
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(ext)],
      ['extensionTestsPath', testsUri],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ]);
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
    await page.waitForSelector('.monaco-workbench', { timeout });
    console.log(`[harness] workbench up after ${elapsed()}`);
  } catch (e) {
    console.error('[harness]', e);
    finish(2);
  }
  const code = await finished;
  clearTimeout(timer);
  await browser.close().catch(() => {});
  process.exit(code);
}

main().catch(e => {
  console.error(e);
  process.exit(2);
});

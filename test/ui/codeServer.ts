// Starts code-server (the real VS Code of test/harness/setup.sh) on loopback with Param Lens
// installed from this checkout and a workspace open, for tests that drive the UI in Chromium.
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export interface CodeServer {
  url: string;
  userSettings: string;
  stop(): Promise<void>;
}

const REPO = path.resolve(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error('code-server did not start within 30 s');
}

/**
 * `settings.installVsix` (not a VS Code setting) installs that package instead of linking this
 * checkout, so the test exercises what users install.
 */
export async function startCodeServer(workspace: string, settings: Record<string, unknown>): Promise<CodeServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-ui-'));
  const version = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;
  fs.mkdirSync(path.join(dir, 'user/User'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'extensions'), { recursive: true });
  const vscodeDir = process.env.VSCODE_CI_DIR ?? path.join(REPO, '.vscode-test/code-server');
  const entry = path.join(vscodeDir, 'node_modules/code-server/out/node/entry.js');
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'xdg'),
    XDG_DATA_HOME: path.join(dir, 'xdg'),
    EXTENSIONS_GALLERY: '{}',
  };
  const { installVsix, ...vscodeSettings } = settings;
  if (typeof installVsix === 'string') {
    execFileSync(
      process.execPath,
      [
        entry,
        '--config',
        path.join(dir, 'config.yaml'),
        '--user-data-dir',
        path.join(dir, 'user'),
        '--extensions-dir',
        path.join(dir, 'extensions'),
        '--install-extension',
        installVsix,
      ],
      { env, stdio: 'ignore' },
    );
    if (!fs.readdirSync(path.join(dir, 'extensions')).some(d => d.startsWith('param-lens.param-lens-')))
      throw new Error('the .vsix did not install');
  } else {
    fs.symlinkSync(REPO, path.join(dir, 'extensions', `param-lens.param-lens-${version}`));
  }
  settings = vscodeSettings;
  const userSettings = path.join(dir, 'user/User/settings.json');
  fs.writeFileSync(
    userSettings,
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'git.enabled': false,
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        ...settings,
      },
      null,
      2,
    ),
  );
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      entry,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--config',
      path.join(dir, 'config.yaml'),
      '--user-data-dir',
      path.join(dir, 'user'),
      '--extensions-dir',
      path.join(dir, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      workspace,
    ],
    {
      detached: true,
      stdio: 'ignore',
      env,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // code-server runs in its own process group: end the extension host and watchers with it.
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise(r => setTimeout(r, 500));
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, userSettings, stop };
}

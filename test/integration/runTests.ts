// Runs the integration suites in a real VS Code through @vscode/test-electron's runTests().
// These machines cannot download VS Code from Microsoft, so by default the "executable" is our
// shim, which runs the suites in code-server's extension host (test/harness). With
// PARAM_LENS_DESKTOP=1, where the download is reachable, the same suites run on desktop VS Code.
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '../../..');
  const desktop = process.env.PARAM_LENS_DESKTOP === '1';
  try {
    await runTests({
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [path.join(repo, 'test/fixtures/workspace'), '--disable-extensions'],
      ...(desktop ? { version: '1.100.3' } : { vscodeExecutablePath: path.join(repo, 'test/harness/code-shim.sh') }),
    });
  } catch (e) {
    console.error(`integration tests failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

void main();

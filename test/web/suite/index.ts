// The web extension's tests, run by VS Code's web worker extension host (no Node there): mocha's
// browser build, with the suites bundled in.
import 'mocha/mocha.js';
import { registerHoverSuite } from './hover.test';

/** The global that mocha's browser build defines. */
declare const mocha: { setup(options: Record<string, unknown>): void; run(done: (failures: number) => void): void };

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 30_000 });
    registerHoverSuite();
    mocha.run((failures: number) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}

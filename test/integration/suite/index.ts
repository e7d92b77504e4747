// The extension host calls run() (the extensionTestsPath contract): every *.test.js file beside
// this one runs under mocha's tdd interface.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  // PARAM_LENS_SUITES=hub,sources runs only those files (the environment reaches the extension host).
  const only = (process.env.PARAM_LENS_SUITES ?? '')
    .split(',')
    .map(s => s.trim())
    .filter(Boolean);
  const wanted = (f: string) => only.length === 0 || only.some(o => f === `${o}.test.js`);
  for (const file of fs
    .readdirSync(__dirname)
    .filter(f => f.endsWith('.test.js') && wanted(f))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}

// The quant table's figures do not drift: every format of the snapshot (taken when the table was
// laid out as a readable table) is still there with the same values, in the same order. A new
// format needs no change here; changing an existing figure means updating the snapshot on purpose.
import * as assert from 'assert';
import { QUANT_FORMATS } from '../../../../src/core/data/quantFormats';
import SNAPSHOT from '../../../data/quantFormats.snapshot.json';

suite('quant table: the figures of known formats', () => {
  test('every format of the snapshot keeps its values and its place', () => {
    const names = new Set(SNAPSHOT.map(f => f.name));
    const current = QUANT_FORMATS.filter(f => names.has(f.name)).map(f => ({ ...f }));
    assert.deepStrictEqual(current, SNAPSHOT);
  });
});

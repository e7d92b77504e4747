// The reader against the corpus of real run files: the targets of issue 13, on the whole corpus
// and on its held-out part.
import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';
import { scoreRuns } from '../../../accuracy/runSettings';

suite('settings on real run files (test/data/corpus/runs.jsonl)', () => {
  for (const [name, pick] of [
    ['all', () => true],
    ['held-out', (r: { split?: string }) => r.split === 'held-out'],
  ] as const) {
    test(`${name}: ≥ 95 % of stated settings read right, ≤ 2 % invented`, () => {
      const s = scoreRuns(runSettingsAt, pick);
      assert.ok(s.stated >= 30, `only ${s.stated} stated settings`);
      const read = s.right.length + s.wrong.length + s.invented.length;
      assert.ok(
        s.right.length / s.stated >= 0.95,
        `right ${s.right.length}/${s.stated}: ${JSON.stringify([...s.wrong, ...s.missed])}`,
      );
      assert.ok(s.invented.length <= 0.02 * read, `invented ${JSON.stringify(s.invented)}`);
    });
  }
});

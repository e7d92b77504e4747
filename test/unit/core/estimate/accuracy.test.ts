// The estimator against real published figures (test/data/published), with the targets of the
// estimator issue. `npm run bench:accuracy` prints the same comparison in full.
import * as assert from 'assert';
import {
  compareAll,
  finetuneHit,
  FINETUNE_CALIBRATION_SOURCE,
  relError,
  stats,
  type Comparison,
} from '../../../accuracy/published';

const GiB = 2 ** 30;
const rows = compareAll();
const compared = (pick: (c: Comparison) => boolean) => rows.filter(c => pick(c) && c.estimate !== undefined);
const describe = (c: Comparison) =>
  `${c.label}: estimate ${c.estimate} vs published ${c.published} (${relError(c.estimate!, c.published).toFixed(1)}%)`;

suite('accuracy against published figures', () => {
  test('weights of known models: median error within 2%, every row within 5%', () => {
    const used = compared(c => c.component === 'weights' && c.basis === 'config');
    assert.ok(used.length >= 40, `${used.length} rows`);
    assert.ok(stats(used.map(c => relError(c.estimate!, c.published))).median <= 2);
    for (const c of used) assert.ok(Math.abs(relError(c.estimate!, c.published)) <= 5, describe(c));
  });

  test('weights from a label alone: within 10%', () => {
    const used = compared(c => c.component === 'weights' && c.basis === 'label');
    assert.ok(used.length >= 1);
    for (const c of used) assert.ok(Math.abs(relError(c.estimate!, c.published)) <= 10, describe(c));
  });

  test('KV cache: exact against engine logs', () => {
    const used = compared(c => c.component === 'kv');
    assert.ok(used.length >= 4);
    for (const c of used) assert.ok(Math.abs(relError(c.estimate!, c.published)) <= 0.5, describe(c));
  });

  test('compute buffers and inference totals: within 10% or 0.5 GiB', () => {
    const used = compared(c => c.component === 'compute' || c.component === 'total');
    assert.ok(used.length >= 2);
    for (const c of used) {
      assert.ok(
        Math.abs(c.estimate! - c.published) <= 0.5 * GiB || Math.abs(relError(c.estimate!, c.published)) <= 10,
        describe(c),
      );
    }
  });

  test('fine-tuning: at least 80% of at least 60 measured rows from four sources within 15% or 1 GiB', () => {
    const used = compared(c => c.component === 'finetune');
    const sources = new Set(used.map(c => c.origin));
    assert.ok(used.length >= 60 && sources.size >= 4, `${used.length} rows from ${sources.size} sources`);
    const hits = used.filter(c => finetuneHit(c.estimate!, c.published));
    const misses = used.filter(c => !finetuneHit(c.estimate!, c.published)).map(describe);
    assert.ok(hits.length >= 0.8 * used.length, `${hits.length}/${used.length} within; misses:\n${misses.join('\n')}`);
    const naive = used.filter(c => c.naive !== undefined && finetuneHit(c.naive, c.published));
    assert.ok(naive.length < hits.length / 2, `naive rule ${naive.length} vs ${hits.length}`);
  });

  test('fine-tuning: the sources no constant was read from are met as well (at least 75% of them)', () => {
    const held = compared(c => c.component === 'finetune' && c.origin !== FINETUNE_CALIBRATION_SOURCE);
    assert.ok(held.length >= 20 && new Set(held.map(c => c.origin)).size >= 4, `${held.length} held-out rows`);
    const hits = held.filter(c => finetuneHit(c.estimate!, c.published)).length;
    assert.ok(hits >= 0.75 * held.length, `${hits}/${held.length}`);
  });

  test('the naive rule (parameters × bytes × 1.2) is far worse on the same rows', () => {
    const used = compared(c => c.component === 'weights' && c.naive !== undefined);
    const ours = stats(used.map(c => relError(c.estimate!, c.published)));
    const naive = stats(used.map(c => relError(c.naive!, c.published)));
    assert.ok(naive.p90 > 3 * ours.p90, `naive p90 ${naive.p90} vs ours ${ours.p90}`);
  });

  test('every skipped row says why', () => {
    for (const c of rows.filter(r => r.estimate === undefined)) assert.ok(c.skipped && c.skipped.length > 10, c.label);
  });
});

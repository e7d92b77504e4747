// npm run bench:accuracy — prints how far the estimator is from published figures, per
// component, beside the naive rule (parameters × nominal bytes × 1.2) on the same rows.
import {
  compareAll,
  finetuneHit,
  FINETUNE_CALIBRATION_SOURCE,
  relError,
  stats,
  type Comparison,
} from '../accuracy/published';
import { printModelReader } from '../accuracy/modelReader';
import { printNameResolution } from '../accuracy/nameResolution';
import { printOllamaSizes } from '../accuracy/ollamaSizes';
import {
  report as recognizerReport,
  details as recognizerDetails,
  heldOut,
  loadCorpus,
} from '../accuracy/recognizerScore';
import { describeScore, scoreRuns, type SettingsReader } from '../accuracy/runSettings';
import { runSettingsAt } from '../../src/core';

const GiB = 2 ** 30;
const rows = compareAll();
const fmt = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)}%` : '—');

console.log('Param Lens estimator vs published figures (|error|: median / 90th percentile / max; n rows)\n');
console.log(`${'component'.padEnd(22)}${'Param Lens'.padEnd(30)}naive rule (params × bytes × 1.2)`);
const groups: Array<[string, (c: Comparison) => boolean]> = [
  ['weights, known model', c => c.component === 'weights' && c.basis === 'config'],
  ['weights, label only', c => c.component === 'weights' && c.basis === 'label'],
  ['KV cache', c => c.component === 'kv'],
  ['compute buffer', c => c.component === 'compute'],
  ['inference total', c => c.component === 'total'],
  ['fine-tuning', c => c.component === 'finetune'],
  ['per device', c => c.component === 'device'],
];
for (const [name, pick] of groups) {
  const used = rows.filter(c => pick(c) && c.estimate !== undefined);
  const ours = stats(used.map(c => relError(c.estimate!, c.published)));
  const naive = stats(used.filter(c => c.naive !== undefined).map(c => relError(c.naive!, c.published)));
  const within = used.filter(
    c => Math.abs(c.estimate! - c.published) <= 0.5 * GiB || Math.abs(relError(c.estimate!, c.published)) <= 10,
  ).length;
  const counted = name === 'inference total' || name === 'compute buffer' || name === 'per device';
  const extra = counted ? `  (${within}/${used.length} within 10% or 0.5 GiB)` : '';
  console.log(
    `${name.padEnd(22)}${`${fmt(ours.median)} / ${fmt(ours.p90)} / ${fmt(ours.max)}  n=${ours.n}`.padEnd(30)}` +
      `${naive.n ? `${fmt(naive.median)} / ${fmt(naive.p90)}  n=${naive.n}` : '—'}${extra}`,
  );
}

const tuned = rows.filter(c => c.component === 'finetune' && c.estimate !== undefined);
const hits = (pick: (c: Comparison) => number | undefined, of: Comparison[]) =>
  of.filter(c => pick(c) !== undefined && finetuneHit(pick(c)!, c.published)).length;
console.log('\nFine-tuning within max(15%, 1 GiB), per source (Param Lens | naive rule):');
for (const origin of [...new Set(tuned.map(c => c.origin))]) {
  const of = tuned.filter(c => c.origin === origin);
  const ours = `${hits(c => c.estimate, of)}/${of.length}`;
  console.log(`  ${String(origin).padEnd(28)}${ours.padEnd(10)}${hits(c => c.naive, of)}/${of.length}`);
}
const ours = hits(c => c.estimate, tuned);
const naiveHits = hits(c => c.naive, tuned);
const pct = (k: number) => (tuned.length ? ((100 * k) / tuned.length).toFixed(1) : '—');
const held = tuned.filter(c => c.origin !== FINETUNE_CALIBRATION_SOURCE);
console.log(
  `  ${'held out (not qwen-readme)'.padEnd(28)}${`${hits(c => c.estimate, held)}/${held.length}`.padEnd(10)}` +
    `${hits(c => c.naive, held)}/${held.length}`,
);
const sources = new Set(tuned.map(c => c.origin)).size;
console.log(
  `  ${'all'.padEnd(28)}${`${ours}/${tuned.length}`.padEnd(10)}${naiveHits}/${tuned.length}` +
    `   (${pct(ours)}% vs ${pct(naiveHits)}%, ${sources} sources)`,
);

console.log('\nRows (error of Param Lens | naive):');
for (const c of rows.filter(r => r.estimate !== undefined)) {
  const naive = c.naive !== undefined ? fmt(relError(c.naive, c.published)) : '—';
  console.log(
    `  ${c.component.padEnd(9)}${fmt(relError(c.estimate!, c.published)).padStart(8)} | ${naive.padStart(8)}  ` +
      `${c.label}`,
  );
}
const skipped = rows.filter(r => r.skipped);
console.log(`\nNot compared (${skipped.length}):`);
for (const c of skipped) console.log(`  ${c.component.padEnd(9)} ${c.label}: ${c.skipped}`);

// The recognizer on the labelled corpus of real lines (issue 12), beside the naive two-regex rule.
console.log(`\n${recognizerReport()}`);
// --details lists misses, wrong readings and false alarms on the repositories that are not held out.
if (process.argv.includes('--details'))
  console.log(`\n${recognizerDetails(loadCorpus().filter(r => !heldOut(r.source.repo)))}`);

// Run settings read from real run files (test/data/corpus/runs.jsonl).
const reader: SettingsReader = runSettingsAt;
console.log('\nRun settings read from real run files (fields right / wrong / missed / invented):');
for (const [name, pick] of [
  ['all', () => true],
  ['tuning part', (r: { split?: string }) => !r.split],
  ['held-out part', (r: { split?: string }) => r.split === 'held-out'],
  ['second held-out batch', (r: { split?: string }) => r.split === 'held-out-2'],
] as const) {
  for (const line of describeScore(name, scoreRuns(reader, pick))) console.log(line);
}
const all = scoreRuns(reader);
for (const o of [...all.wrong, ...all.missed, ...all.invented]) {
  const kind = o.expected === undefined ? 'invented' : o.got === undefined ? 'missed' : 'wrong';
  console.log(
    `  ${kind.padEnd(9)}${o.id}: ${o.field} expected ${JSON.stringify(o.expected)} got ${JSON.stringify(o.got)}`,
  );
}

// The model reader: real configs against published counts, KV from configs against engine logs,
// GGUF headers priced from their own tensors.
void printModelReader(fmt).then(() => {
  printNameResolution(process.argv.includes('--details'));
  printOllamaSizes();
});

// node out/test/bench/runSettings.js — what reading the run settings adds to a hover: runSettingsAt
// on every excerpt of the run-file corpus (first read of a text, then a remembered one), and a
// whole hover (label + settings + Markdown) against the same hover without settings.
// Prints figures; asserts nothing.
import { runSettingsAt } from '../../src/core/settings/runSettingsAt';
import { labelAt } from '../../src/core/recognize/findLabels';
import { renderHover } from '../../src/core/render/hoverMarkdown';
import { loadRuns, offsetOf } from '../accuracy/runSettings';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const us = (t: bigint) => Number(process.hrtime.bigint() - t) / 1000;

const runs = loadRuns();
// warm-up on altered copies (so nothing the timed calls ask is remembered)
for (const r of runs) runSettingsAt(`# warm-up\n${r.text}`, offsetOf(r) + 10, r.language);

const first: number[] = [];
const again: number[] = [];
for (const r of runs) {
  const text = `${r.text}\n`;
  let t = process.hrtime.bigint();
  runSettingsAt(text, offsetOf(r), r.language);
  first.push(us(t));
  t = process.hrtime.bigint();
  runSettingsAt(text, offsetOf(r), r.language);
  again.push(us(t));
}
// a long file: the label in the middle of 100,000 lines
const big = `${'x = 1\n'.repeat(50_000)}vllm serve org/M --max-model-len 8192\n${'y = 2\n'.repeat(50_000)}`;
let t = process.hrtime.bigint();
runSettingsAt(big, big.indexOf('org/M'), 'shellscript');
const bigFirst = us(t);

function hoverOf(r: (typeof runs)[number], withSettings: boolean): number {
  const at = offsetOf(r);
  const ls = r.text.lastIndexOf('\n', at - 1) + 1;
  const le = r.text.indexOf('\n', at) < 0 ? r.text.length : r.text.indexOf('\n', at);
  const label = labelAt(r.text.slice(ls, le), at - ls);
  if (!label) return 0;
  const runSettings = withSettings ? runSettingsAt(r.text, ls + label.start, r.language) : undefined;
  return renderHover(label, { units: 'GiB', engine: 'auto', runSettings }).length;
}
const plain: number[] = [];
const configured: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const r of runs) {
    t = process.hrtime.bigint();
    hoverOf(r, false);
    plain.push(us(t));
    t = process.hrtime.bigint();
    hoverOf(r, true);
    configured.push(us(t));
  }
}
console.log(
  `runSettingsAt on ${runs.length} real excerpts: first read median ${median(first).toFixed(0)} µs, p90 ` +
    `${p90(first).toFixed(0)} µs, max ${Math.max(...first).toFixed(0)} µs`,
);
console.log(`  remembered: median ${median(again).toFixed(1)} µs, p90 ${p90(again).toFixed(1)} µs`);
console.log(`  label in the middle of a 100,000-line file (bounded window): ${bigFirst.toFixed(0)} µs`);
console.log(`whole hover, same excerpts (3 rounds; the first renders, later ones are remembered):`);
console.log(`  without settings: median ${median(plain).toFixed(1)} µs, p90 ${p90(plain).toFixed(1)} µs`);
console.log(`  as configured:    median ${median(configured).toFixed(1)} µs, p90 ${p90(configured).toFixed(1)} µs`);

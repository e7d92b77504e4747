// npm run bench — the hover path in the core (recognize + resolve + estimate + render), timed.
// Prints figures; asserts nothing. Run with node --expose-gc for the memory figure.
import { labelAt } from '../../src/core/recognize/findLabels';
import { renderHover } from '../../src/core/render/hoverMarkdown';
import { corpus } from './corpus';

const OPTIONS = { units: 'GiB' as const, contextTokens: 8192, engine: 'llama.cpp' as const, glossaryLink: (id: string) => `command:x?${id}` };

/** One hover as the extension does it: the label under the offset, then its Markdown. */
function hover(line: string, offset: number): number {
  const label = labelAt(line, offset);
  return label ? renderHover(label, OPTIONS).length : 0;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Microseconds per call, measured per call (warm the JIT first with warmUp()). */
function timeCalls(calls: Array<[string, number]>, rounds: number): number[] {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [l, o] of calls) {
      const t = process.hrtime.bigint();
      hover(l, o);
      times.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  }
  return times.sort((a, b) => a - b);
}

/** Median microseconds of one hover at `offset` in `line`. */
function medianAt(line: string, offset: number, n = 200): number {
  return percentile(timeCalls([[line, offset]], n), 0.5);
}

/** JIT warm-up on sizes and formats the corpus does not use, so its own results are not cached. */
function warmUp(): void {
  for (let i = 0; i < 3; i++) {
    for (let n = 101; n < 400; n++) hover(`a ${n}B model in Q5_K_S`, 3);
  }
}

const lines = corpus();
const calls: Array<[string, number]> = [];
for (const line of lines) for (let o = 0; o < line.length; o += 7) calls.push([line, o]);
warmUp();
const first = timeCalls(calls, 1);                 // every label hovered for the first time
const again = timeCalls(calls, 2);                 // the same positions again (remembered results)
const onLabels = calls.filter(([l, o]) => labelAt(l, o) !== undefined);
console.log(`Hover path in the core (labelAt + renderHover with its estimates): ${lines.length} corpus lines from many file types, ${calls.length} positions (${onLabels.length} over a label)`);
const row = (name: string, t: number[]) => console.log(`  ${name.padEnd(34)} p50 ${percentile(t, 0.5).toFixed(1).padStart(6)} µs   p99 ${percentile(t, 0.99).toFixed(1).padStart(6)} µs   max ${t[t.length - 1].toFixed(0).padStart(5)} µs`);
row('first hover at each position', first);
row('repeated hovers', again);
row('over a label, repeated', timeCalls(onLabels, 2));

// Long lines: the same label in a short line, a 10 MB minified JSON line and a 1 MB base64 line.
const label = '"model":"Qwen/Qwen2.5-7B-Instruct-AWQ"';
const short = `{${label}}`;
const pad = '{"k":"v","n":[1,2,3]},'.repeat(Math.ceil(5e6 / 22));
const minified = `[${pad}{${label}},${pad}]`;
const base64 = `data:application/octet-stream;base64,${Buffer.alloc(750_000, 7).toString('base64')}`;
const shortT = medianAt(short, 12);
const minT = medianAt(minified, pad.length + 14);
const b64T = medianAt(base64, base64.length >> 1);
console.log(`\nLong lines (median µs per hover; ratio to a short line)`);
console.log(`  short line:                 ${shortT.toFixed(1)} µs`);
console.log(`  label inside a ${(minified.length / 1e6).toFixed(0)} MB JSON line: ${minT.toFixed(1)} µs   ×${(minT / shortT).toFixed(2)}`);
console.log(`  inside a ${(base64.length / 1e6).toFixed(1)} MB base64 line:   ${b64T.toFixed(1)} µs   ×${(b64T / shortT).toFixed(2)}`);

// Adversarial input: long runs that could make a regular expression backtrack.
const normal = medianAt('the 70B model at Q4_K_M', 5);
const adversarial: Array<[string, string]> = [
  ['digits', '9'.repeat(100_000)],
  ['"Q4_" repeated', 'Q4_'.repeat(40_000)],
  ['"a/" repeated', 'a/'.repeat(50_000)],
  ['"x7" repeated', 'x7'.repeat(50_000)],
  ['":" chains', 'a:'.repeat(50_000)],
  ['"-" chains', '7b-'.repeat(40_000)],
  ['mixed unicode', 'ǅ70B𝟕𝐁 ８ｘ７Ｂ ᵃ³ᵇ 70В '.repeat(10_000)],
  ['dots and digits', '1.'.repeat(50_000)],
];
let worst = 0;
console.log(`\nAdversarial input (median µs per hover at the middle; ratio to a normal line at ${normal.toFixed(1)} µs)`);
for (const [name, text] of adversarial) {
  const t = medianAt(text, text.length >> 1, 50);
  worst = Math.max(worst, t / normal);
  console.log(`  ${name.padEnd(18)} ${t.toFixed(1).padStart(8)} µs   ×${(t / normal).toFixed(2)}`);
}
console.log(`  worst ratio: ×${worst.toFixed(2)}`);

// Memory: heap after 100,000 hovers, against the heap after the first 10,000.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const run = (n: number) => { for (let i = 0; i < n; i++) { const [l, o] = calls[i % calls.length]; hover(l, o); } };
  run(10_000); gc();
  const before = process.memoryUsage().heapUsed;
  run(100_000); gc();
  const after = process.memoryUsage().heapUsed;
  console.log(`\nMemory: heap ${(before / 2 ** 20).toFixed(1)} MiB after 10,000 hovers, ${(after / 2 ** 20).toFixed(1)} MiB after 100,000 more (growth ${((after - before) / 1024).toFixed(0)} KiB)`);
} else {
  console.log('\nMemory: run with node --expose-gc for the heap figure');
}

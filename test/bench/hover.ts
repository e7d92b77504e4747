// npm run bench — the hover path in the core (recognize + resolve + estimate + render), timed.
// Prints figures; asserts nothing. Run with node --expose-gc for the memory figure.
//
// What "first hover" means here: the first time a label is hovered in an extension host whose code
// has already run once (functions compiled, regular expressions compiled, catalog index built), so
// nothing about that label is remembered yet. The one-time cost of the very first hover after
// loading is printed on its own line. Warm-up uses catalog models and sizes the corpus does not,
// so no result the corpus asks for is computed before it is timed.
import { labelAt } from '../../src/core/recognize/findLabels';
import { renderHover } from '../../src/core/render/hoverMarkdown';
import { catalogModels } from '../../src/core/catalog/lookupModel';
import { spawnSync } from 'child_process';
import { corpus, corpusModels } from './corpus';

const OPTIONS = {
  units: 'GiB' as const,
  contextTokens: 8192,
  engine: 'llama.cpp' as const,
  glossaryLink: (id: string) => `command:x?${id}`,
};

/** One hover as the extension does it: the label under the offset, then its Markdown. */
function hover(line: string, offset: number): number {
  const label = labelAt(line, offset);
  return label ? renderHover(label, OPTIONS).length : 0;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Microseconds per call, measured per call. */
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

/** Median microseconds of one hover at `offset` in `line`, after 1,000 untimed ones (JIT tiers). */
function medianAt(line: string, offset: number, n = 200): number {
  timeCalls([[line, offset]], 1000);
  return percentile(timeCalls([[line, offset]], n), 0.5);
}

/** Every position of every line, 7 characters apart. */
function positions(lines: readonly string[]): Array<[string, number]> {
  const calls: Array<[string, number]> = [];
  for (const line of lines) for (let o = 0; o < line.length; o += 7) calls.push([line, o]);
  return calls;
}

// The catalog models the corpus names, listed by a child process so that reading the corpus here
// remembers nothing about it before it is timed.
if (process.argv.includes('--corpus-models')) {
  console.log(JSON.stringify(corpusModels()));
  process.exit(0);
}
const listed = spawnSync(process.execPath, [__filename, '--corpus-models'], { encoding: 'utf8' });
if (listed.status !== 0) throw new Error(`could not list the corpus models: ${listed.stderr}`);
// The catalog models the corpus does not name: half warm the code up, half are hovered fresh.
const inCorpus = new Set(JSON.parse(listed.stdout) as string[]);
const others = catalogModels().filter(m => !inCorpus.has(m.id));
const warmModels = others.filter((_, i) => i % 2 === 0);
const freshModels = others.filter((_, i) => i % 2 === 1);

/**
 * Lines that run every code path of the hover on models and sizes the corpus does not use. Words
 * the corpus also has ("model", "ollama") may be read here first; no label or model of it is.
 */
function warmUpLines(): string[] {
  const lines: string[] = [];
  for (const m of warmModels) {
    const name = m.id.split('/').pop()!;
    lines.push(
      `model_id = "${m.id}"`,
      `  model: https://huggingface.co/${m.id}`,
      `FROM ./${name}-Q5_K_S.gguf`,
      `load ${name}-IQ3_XXS-00001-of-00002.gguf`,
      `quant: ${m.id}-AWQ and ${m.id}-GPTQ-Int8, ${name}-bnb-4bit, ${name}-4.5bpw-exl2, mlx-community/${name}-8bit`,
    );
    for (const tag of m.ollamaTags ?? []) lines.push(`ollama run ${tag}`, `"model": "${tag}-q5_K_M"`);
  }
  // Bare sizes borrow the shape of catalog models (templates). The corpus's "70B", "8x7B" and the
  // 8B / 70B rows of a format's table use Llama 3 8B and 70B, Mixtral 8x7B and Qwen3 30B-A3B, so
  // the sizes here stay where no template of theirs is priced: 1.3–3.1B (Llama 3.2 1B and 3B),
  // above 405B, and mixtures of experts above 235B (Qwen3 235B-A22B alone).
  for (let n = 13; n < 32; n++) lines.push(`a ${(n / 10).toFixed(1)}B model in Q5_K_S`);
  for (let n = 410; n < 900; n += 7)
    lines.push(
      `a ${n}B model in Q5_K_S`,
      `${n}B-A${(n % 30) + 5}B MoE in IQ4_XS`,
      `the 16x${(n % 20) + 25}B model at FP8`,
    );
  lines.push(
    'color: #A0B0C4; id 0x1AB; commit 1a2b3c4d5e6f; 256MB buffer; Q3 2023 revenue; 2560x1440; H100 and FY23 Q2',
    'ID = "123e4567-e89b-12d3-a456-426614174000"; data:image/png;base64,' +
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'Use F32 or INT8 weights; 8-bit and 4bit; w4a16 and NF4; MXFP4 experts; 13B-parameter model; 2.7B params',
  );
  return lines;
}

// The very first hover after loading: compiles the code it runs and builds the catalog index.
const veryFirst = (() => {
  const t = process.hrtime.bigint();
  hover('model = "google/gemma-2-2b-it"', 12);
  return Number(process.hrtime.bigint() - t) / 1000;
})();
const warm = positions(warmUpLines());
for (let i = 0; i < 3; i++) timeCalls(warm, 1);

const lines = corpus();
const calls = positions(lines);
const first = timeCalls(calls, 1); // every label hovered for the first time
const again = timeCalls(calls, 2); // the same positions again (remembered results)
const onLabels = calls.filter(([l, o]) => labelAt(l, o) !== undefined);
const fresh = timeCalls(
  freshModels.map(m => [`model_id = "${m.id}"`, 14] as [string, number]),
  1,
);
console.log(
  `Hover path in the core (labelAt + renderHover with its estimates): ${lines.length} corpus lines from many file ` +
    `types, ${calls.length} positions (${onLabels.length} over a label)`,
);
const row = (name: string, t: number[]) =>
  console.log(
    `  ${name.padEnd(40)} p50 ${percentile(t, 0.5).toFixed(1).padStart(6)} µs   p99 ` +
      `${percentile(t, 0.99).toFixed(1).padStart(6)} µs   max ${t[t.length - 1].toFixed(0).padStart(5)} µs`,
  );
row('first hover at each position', first);
row('repeated hovers', again);
row('over a label, repeated', timeCalls(onLabels, 2));
row(`first hover of ${fresh.length} other catalog models`, fresh);
console.log(`  the very first hover after loading the core (one-time): ${(veryFirst / 1000).toFixed(1)} ms`);

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
console.log(
  `  label inside a ${(minified.length / 1e6).toFixed(0)} MB JSON line: ${minT.toFixed(1)} µs   ` +
    `×${(minT / shortT).toFixed(2)}`,
);
console.log(
  `  inside a ${(base64.length / 1e6).toFixed(1)} MB base64 line:   ${b64T.toFixed(1)} µs   ` +
    `×${(b64T / shortT).toFixed(2)}`,
);

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
console.log(
  `\nAdversarial input (median µs per hover at the middle; ratio to a normal line at ${normal.toFixed(1)} µs)`,
);
for (const [name, text] of adversarial) {
  const t = medianAt(text, text.length >> 1, 50);
  worst = Math.max(worst, t / normal);
  console.log(`  ${name.padEnd(18)} ${t.toFixed(1).padStart(8)} µs   ×${(t / normal).toFixed(2)}`);
}
console.log(`  worst ratio: ×${worst.toFixed(2)}`);

// The same runs cut to the longest token that is still read (200 characters), so that every
// classification rule and regular expression sees them; each token is new, so nothing is remembered.
/**
 * Median microseconds over 1,000 hovers of `text` with its last three characters replaced by a
 * counter, each on a line of its own: every token is new, so nothing about it is remembered.
 */
function medianUncached(text: string, offset: number): number {
  const variant = (i: number) => `${text.slice(0, -3)}${i.toString(36).padStart(3, '0')}`;
  const lines = (round: number) =>
    Array.from({ length: 1000 }, (_, i): [string, number] => [`v${round} ${variant(i)}`, `v${round} `.length + offset]);
  timeCalls(lines(0), 1);
  return percentile(timeCalls(lines(1), 1), 0.5);
}
const normalUncached = medianUncached('the 70B model at Q4_K_M in run 000', 5);
const tokenSized: Array<[string, string]> = [
  ['digits', '9'.repeat(199)],
  ['"Q4_" repeated', 'Q4_'.repeat(66)],
  ['"Q4_K_M-" repeated', 'Q4_K_M-'.repeat(28)],
  ['"70B-A3B-" repeated', '70B-A3B-'.repeat(24)],
  ['"a/" repeated', 'a/'.repeat(99)],
  ['"org/" repeated', 'meta-llama/'.repeat(18)],
  ['"x7" repeated', 'x7'.repeat(99)],
  ['":" chains', 'a:'.repeat(99)],
  ['"-" chains', '7b-'.repeat(66)],
  ['dots and digits', '1.'.repeat(99)],
];
let worstUncached = 0;
console.log(
  `\nAdversarial tokens of up to 200 characters, each on a new line (median µs; ratio to a normal new line at ` +
    `${normalUncached.toFixed(1)} µs)`,
);
for (const [name, text] of tokenSized) {
  const t = medianUncached(text, text.length >> 1);
  worstUncached = Math.max(worstUncached, t / normalUncached);
  console.log(`  ${name.padEnd(20)} ${t.toFixed(1).padStart(8)} µs   ×${(t / normalUncached).toFixed(2)}`);
}
console.log(`  worst ratio: ×${worstUncached.toFixed(2)}`);

// Memory: heap after 100,000 hovers, against the heap after the first 10,000.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const run = (n: number) => {
    for (let i = 0; i < n; i++) {
      const [l, o] = calls[i % calls.length];
      hover(l, o);
    }
  };
  run(10_000);
  gc();
  const before = process.memoryUsage().heapUsed;
  run(100_000);
  gc();
  const after = process.memoryUsage().heapUsed;
  console.log(
    `\nMemory: heap ${(before / 2 ** 20).toFixed(1)} MiB after 10,000 hovers, ${(after / 2 ** 20).toFixed(1)} MiB ` +
      `after 100,000 more (growth ${((after - before) / 1024).toFixed(0)} KiB)`,
  );
  // Long lines hovered once each: what is remembered must not keep the lines themselves alive.
  const longBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < 40; i++) {
    const pad = `{"k${i}":"v","n":[${i},2,3]},`.repeat(Math.ceil(2e6 / 24));
    const line = `${pad}"model":"${catalogModels()[i].id}","size":"${i + 3}B model",${pad}`;
    hover(line, pad.length + 12);
    hover(line, line.indexOf('B model') - 1);
  }
  gc();
  console.log(
    `        heap kept after hovering 40 different 4 MB lines: ` +
      `${((process.memoryUsage().heapUsed - longBefore) / 2 ** 20).toFixed(1)} MiB`,
  );
} else {
  console.log('\nMemory: run with node --expose-gc for the heap figure');
}

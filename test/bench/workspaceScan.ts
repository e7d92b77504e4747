// node --expose-gc out/test/bench/workspaceScan.js [files] — the Models view's scan on a generated
// repository: 5,000 files by default (code without models, run files, Markdown, notebooks, a
// .gitignore'd node_modules and oversized files) written under /tmp, then listed, read once,
// recognized per file and merged, as the adapter does (minus VS Code's own file listing).
// Prints the time, the longest single file (what one step of the scan holds the extension host,
// which the adapter yields between), the heap kept by the index, and the cost of a re-scan.
// Asserts nothing.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileMentions, fileMentionSteps, MAX_FILE_CHARS, type Mention } from '../../src/core/workspace/fileMentions';
import { languageForPath } from '../../src/core/workspace/languageForPath';
import { isIgnored, parseGitignore } from '../../src/core/workspace/gitignore';
import { modelTable } from '../../src/core/workspace/modelTable';

const N = Number(process.argv[2] ?? 5000);
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-scan-'));

const MODELS = [
  'meta-llama/Llama-3.1-8B-Instruct',
  'Qwen/Qwen2.5-32B-Instruct-AWQ',
  'mistralai/Mistral-7B-Instruct-v0.2',
  'Qwen/Qwen3-30B-A3B',
  'meta-llama/Llama-3.1-70B-Instruct',
  'google/gemma-2-9b-it',
];
const code = (i: number) =>
  Array.from(
    { length: 40 + (i % 200) },
    (_, k) => `def f${k}(x, y=${k}):\n    return x * ${k} + y  # step ${k} of 70 batches, 8x7 grid\n`,
  ).join('');
const run = (i: number) =>
  `services:\n  vllm:\n    image: vllm/vllm-openai:latest\n    command: >\n      --model ` +
  `${MODELS[i % MODELS.length]}\n` +
  `      --max-model-len ${4096 << (i % 5)} --tensor-parallel-size ${1 + (i % 2)}\n`;
const shell = (i: number) =>
  `#!/bin/sh\nllama-server -m Meta-Llama-3.1-8B-Instruct-Q${4 + (i % 4)}_K_M.gguf -c ${8192 * (1 + (i % 3))} -ngl 99\n`;
const md = (i: number) =>
  `# Notes ${i}\n\nWe compared ${MODELS[i % MODELS.length]} with Llama 3.1 8B at Q4_K_M.\n\n` +
  `${'Plain prose line.\n'.repeat(50)}`;
const nb = (i: number) =>
  JSON.stringify({
    nbformat: 4,
    cells: [
      { cell_type: 'markdown', source: [`# Try ${MODELS[i % MODELS.length]}\n`] },
      {
        cell_type: 'code',
        source: [
          'from vllm import LLM\n',
          `llm = LLM(model="${MODELS[(i + 1) % MODELS.length]}", max_model_len=8192)\n`,
        ],
      },
    ],
  });

function generate(): void {
  fs.writeFileSync(path.join(root, '.gitignore'), 'node_modules/\n*.log\n');
  for (let i = 0; i < N; i++) {
    const dir = path.join(root, `pkg${i % 50}`, `mod${i % 7}`);
    fs.mkdirSync(dir, { recursive: true });
    const k = i % 20;
    if (k < 13) fs.writeFileSync(path.join(dir, `file${i}.py`), code(i));
    else if (k < 15) fs.writeFileSync(path.join(dir, `compose${i}.yaml`), run(i));
    else if (k < 16) fs.writeFileSync(path.join(dir, `serve${i}.sh`), shell(i));
    else if (k < 18) fs.writeFileSync(path.join(dir, `NOTES${i}.md`), md(i));
    else if (k < 19) fs.writeFileSync(path.join(dir, `try${i}.ipynb`), nb(i));
    else
      fs.writeFileSync(
        path.join(dir, `data${i}.json`),
        `{"model": "${MODELS[i % MODELS.length]}", "rows": [${'1,'.repeat(i % 500)}0]}`,
      );
  }
  // ignored and oversized files the scan must not read
  const nm = path.join(root, 'node_modules', 'pkg');
  fs.mkdirSync(nm, { recursive: true });
  for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(nm, `index${i}.js`), `// ${MODELS[0]}\n`);
  fs.writeFileSync(path.join(root, 'huge.txt'), `${MODELS[0]} `.repeat(Math.ceil(MAX_FILE_CHARS / 20)));
}

function list(): string[] {
  const rules = parseGitignore(fs.readFileSync(path.join(root, '.gitignore'), 'utf8'));
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!isIgnored(rules, `${r}/x`)) walk(path.join(dir, e.name), r);
        continue;
      }
      if (languageForPath(r) && !isIgnored(rules, r)) out.push(r);
    }
  };
  walk(root, '');
  return out;
}

const heapMiB = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

generate();
const heap0 = heapMiB();
let t0 = performance.now();
const files = list();
const listMs = performance.now() - t0;
const index = new Map<string, Mention[]>();
const perFile: number[] = [];
const perStep: number[] = [];
let bytes = 0;
t0 = performance.now();
for (const rel of files) {
  const t = performance.now();
  const full = path.join(root, rel);
  if (fs.statSync(full).size > MAX_FILE_CHARS * 2) continue;
  const text = fs.readFileSync(full, 'utf8');
  bytes += text.length;
  // as the adapter does: one piece per step, the extension host free between steps
  const steps = fileMentionSteps(text, languageForPath(rel)!);
  let step = performance.now();
  for (let r = steps.next(); ; r = steps.next()) {
    perStep.push(performance.now() - step);
    step = performance.now();
    if (r.done) {
      if (r.value.length) index.set(rel, r.value);
      break;
    }
  }
  perFile.push(performance.now() - t);
}
const scanMs = performance.now() - t0;
t0 = performance.now();
const rows = modelTable(index, { units: 'GiB', gpusGiB: [24, 24] });
const tableMs = performance.now() - t0;
const heap1 = heapMiB();
// a change: one file read and recognized again, the table merged again
t0 = performance.now();
const changed = files.find(f => f.endsWith('.yaml'))!;
fs.appendFileSync(path.join(root, changed), '      --max-num-seqs 8\n');
index.set(changed, fileMentions(fs.readFileSync(path.join(root, changed), 'utf8'), 'yaml'));
modelTable(index, { units: 'GiB', gpusGiB: [24, 24] });
const changeMs = performance.now() - t0;

perFile.sort((a, b) => a - b);
perStep.sort((a, b) => a - b);
const mentions = [...index.values()].reduce((n, m) => n + m.length, 0);
console.log(`workspace scan: ${N} generated files (+200 in a .gitignore'd node_modules, one oversized) in ${root}`);
console.log(
  `  listed ${files.length} files in ${listMs.toFixed(0)} ms; read and recognized ${perFile.length} ` +
    `(${(bytes / 2 ** 20).toFixed(1)} MiB) in ${scanMs.toFixed(0)} ms`,
);
console.log(
  `  per file: median ${perFile[perFile.length >> 1].toFixed(2)} ms, p99 ` +
    `${perFile[Math.floor(perFile.length * 0.99)].toFixed(2)} ms, ` +
    `longest ${perFile[perFile.length - 1].toFixed(1)} ms`,
);
console.log(
  `  per step (a ≤ 4 KiB piece; the adapter yields to the extension host between steps once 15 ms are used): ` +
    `p99 ${perStep[Math.floor(perStep.length * 0.99)].toFixed(2)} ms, longest ` +
    `${perStep[perStep.length - 1].toFixed(1)} ms`,
);
console.log(
  `  ${mentions} mentions in ${index.size} files → ${rows.length} models; table priced and merged in ` +
    `${tableMs.toFixed(0)} ms`,
);
console.log(`  one file changed: read, recognized and merged again in ${changeMs.toFixed(0)} ms`);
console.log(
  `  heap held by the index and table: ${(heap1 - heap0).toFixed(1)} MiB ` +
    `(rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB)` +
    `${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for a steady figure)'}`,
);
fs.rmSync(root, { recursive: true, force: true });

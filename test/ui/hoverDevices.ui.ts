// UI test of the hover's per-GPU line, in a real VS Code in a real browser: with the user's GPUs
// set to two 24 GB cards, open the run files of test/fixtures/workspace/run/ that split a model
// (vLLM with tensor parallel 2, llama-server with -ngl and --tensor-split 3,1), point at the model
// name, and check
// that the hover holds one "GPU 0: … / … GiB · GPU 1: … / … GiB" line whose figures are the
// public core's (dist/core.js) device split of the same settings. Screenshots in the dark and
// light themes (screenshots/hover-devices-*.png).
import * as assert from 'assert';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { REPO, SHOTS, THEMES, hoverNeedle, quickOpen, runThemes, type Theme } from './workbench';

interface Device {
  totalBytes: number;
  capacityBytes?: number;
}
interface Core {
  labelAt(line: string, offset: number): { model?: string } | undefined;
  estimateMemory(input: Record<string, unknown>): { devices?: Device[]; hostBytes?: number };
  formatBytes(bytes: number, unit: 'GiB'): string;
}
// the built public API, as outside checks call it
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require(path.join(REPO, 'dist/core.js')) as Core;

const GiB = 2 ** 30;
const GPUS_GB = [24, 24];
const gpus = GPUS_GB.map(g => g * GiB);
// one decimal for what is used ("3.0"), a whole capacity without it ("24")
const one = (b: number) => (b / GiB).toFixed(1);
const whole = (b: number) => one(b).replace(/\.0$/, '');

interface Case {
  file: string;
  needle: string;
  /** What the file configures, as estimateMemory's input (the model comes from labelAt). */
  input: Record<string, unknown>;
  /** The share of each GPU the engine reserves and fills (vLLM), else the whole GPU. */
  share?: number;
  /** Whether layers stay in system RAM. */
  host: boolean;
  /** Keys and values cached in two formats: half the cache in each. */
  kv?: [string, string];
}

const CASES: Case[] = [
  {
    // vLLM, tensor parallel 2 at 0.9: each GPU's share against the 0.9 it reserves
    file: 'docker-compose.yaml',
    needle: 'Qwen/Qwen2.5-32B-Instruct-AWQ',
    input: {
      quant: 'AWQ',
      engine: 'vllm',
      contextTokens: 32768,
      batch: 1,
      tensorParallel: 2,
      gpuMemoryUtilization: 0.9,
    },
    share: 0.9,
    host: false,
  },
  {
    // llama-server: 20 of 80 layers on the GPUs, split 3:1; keys in Q8_0, values in F16
    file: 'serve.sh',
    needle: 'Meta-Llama-3.1-70B-Instruct-Q4_K_M',
    input: { quant: 'Q4_K_M', engine: 'llama.cpp', contextTokens: 16384, batch: 1, gpuLayers: 20, tensorSplit: [3, 1] },
    kv: ['Q8_0', 'F16'],
    host: true,
  },
];

/** The line the hover must hold, from the core's device split. */
function expectedLine(c: Case): string {
  const model = core.labelAt(c.needle, 0)?.model;
  assert.ok(model, `no catalog model for ${c.needle}`);
  const runs = (c.kv ?? [undefined]).map(kv => core.estimateMemory({ model, ...c.input, gpus, kvCacheQuant: kv }));
  const mean = (f: (e: (typeof runs)[number]) => number) => runs.reduce((x, e) => x + f(e), 0) / runs.length;
  const count = runs[0].devices?.length ?? 0;
  assert.strictEqual(count, 2, `${c.file}: ${JSON.stringify(runs[0].devices)}`);
  const entries = Array.from({ length: count }, (_, i) => {
    const used = mean(e => e.devices![i].totalBytes);
    return `GPU ${i}: ${one(used)} / ${whole((c.share ?? 1) * gpus[i])} GiB`;
  });
  const line = entries.join(' · ');
  return c.host
    ? `${line} · system RAM ${core.formatBytes(
        mean(e => e.hostBytes ?? 0),
        'GiB',
      )}`
    : line;
}

async function scenario(page: Page, theme: Theme): Promise<string[]> {
  const log: string[] = [];
  for (const c of CASES) {
    const expected = expectedLine(c);
    await quickOpen(page, `run/${c.file}`);
    const text = await hoverNeedle(page, c.needle, 'GPU 0:');
    const lines = text.split('\n').filter(l => l.trim());
    const gpuLines = lines.filter(l => /GPU 0: .* · GPU 1: /.test(l));
    assert.strictEqual(gpuLines.length, 1, `one per-GPU line in: ${text}`);
    assert.ok(
      gpuLines[0].includes(expected),
      `hover line ${JSON.stringify(gpuLines[0])} lacks ${JSON.stringify(expected)}`,
    );
    // the answer comes first: the line right after the name is the configured run
    const name = lines.findIndex(l => l.startsWith(c.needle));
    assert.ok(name >= 0, `no headline in: ${text}`);
    assert.match(lines[name + 1], /^As configured here:/);
    const after = lines.findIndex(l => /Param Lens ·/.test(l));
    assert.ok(after >= 0 && after + 1 <= 12, `hover of ${after + 1} lines: ${text}`);
    log.push(`${c.file}: ${gpuLines[0]} (core: ${expected})`);
    await page.screenshot({ path: path.join(SHOTS, `hover-devices-${path.parse(c.file).name}-${theme}.png`) });
    await page.mouse.move(5, 790);
    await page.keyboard.press('Escape');
  }
  return log;
}

void runThemes(
  'hover-devices',
  THEMES.filter(([t]) => t !== 'high-contrast'),
  { 'paramLens.gpuMemoryGB': GPUS_GB },
  scenario,
);

// Accuracy of the model reader (src/core/model/): parameter counts of real config.json files
// (test/data/configs) against published counts, KV cache of models read from their config
// against the engine logs of test/data/published/kv.json, and GGUF headers priced exactly (files
// written to the format's specification, and the real llama.cpp-written files of the shared
// fixtures). Printed by `npm run bench:accuracy`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gguf } from '@huggingface/gguf';
import { modelFromConfig, type ConfigModelInfo } from '../../src/core/model/modelFromConfig';
import { modelFromGguf } from '../../src/core/model/modelFromGguf';
import { estimateMemory } from '../../src/core/estimate/estimateMemory';
import type { EstimateInput } from '../../src/core/types';
import { configSources, configText, tolerance } from '../unit/core/model/realConfigs';
import { llama31Q4KM, LLAMA31_METADATA } from '../unit/core/model/ggufTables';
import { writeGguf } from '../unit/core/model/ggufWriter';

export interface ParamRow {
  file: string;
  model: string;
  computed: number;
  published: number;
  errorPct: number;
  within: boolean;
  explained?: string;
}

/** Every real config with a published count: computed vs published, and whether it is within 0.5 % (or explained). */
export function paramRows(): { rows: ParamRow[]; refused: string[]; unpublished: number } {
  const rows: ParamRow[] = [];
  const refused: string[] = [];
  let unpublished = 0;
  for (const [file, s] of Object.entries(configSources())) {
    let m: ConfigModelInfo;
    try {
      m = modelFromConfig(configText(file), { id: s.model });
    } catch (e) {
      refused.push(`${file}: ${(e as Error).message}`);
      continue;
    }
    if (!s.publishedParams) {
      unpublished++;
      continue;
    }
    const x = s.explained;
    const compared = x ? m.params + (x.withMtp ? (m.mtpParams ?? 0) : 0) + (x.plusParams ?? 0) : m.params;
    const target = x ? x.expectedParams : s.publishedParams;
    rows.push({
      file,
      model: s.model,
      computed: m.params,
      published: s.publishedParams,
      errorPct: (100 * (m.params - s.publishedParams)) / s.publishedParams,
      within: Math.abs(compared - target) <= tolerance(target, x?.tolerance),
      explained: x?.reason,
    });
  }
  return { rows, refused, unpublished };
}

export interface KvRow {
  label: string;
  published: number;
  estimate: number;
  errorPct: number;
}

/** Rows of kv.json whose model has a real config here, estimated from that config (model: ModelInfo). */
export function kvRows(): KvRow[] {
  const sources = configSources();
  const byModel = new Map(Object.entries(sources).map(([file, s]) => [s.model.toLowerCase(), file]));
  const file = path.resolve(__dirname, '../../../test/data/published/kv.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<Record<string, unknown>>;
  const out: KvRow[] = [];
  for (const r of data) {
    const config = byModel.get(String(r.model).toLowerCase());
    if (!config || r.excluded) continue;
    const engine = (r.engine === 'ik_llama.cpp' ? 'llama.cpp' : (r.engine ?? 'llama.cpp')) as EstimateInput['engine'];
    const parallel = Number(r.parallel ?? 1);
    const input: EstimateInput = {
      model: modelFromConfig(configText(config), { id: String(r.model) }),
      engine,
      contextTokens: Math.round(Number(r.contextTokens) / (engine === 'vllm' ? 1 : parallel)),
      kvCacheQuant: typeof r.kvType === 'string' ? r.kvType.toUpperCase() : undefined,
    };
    if (parallel > 1) input.batch = parallel;
    const estimate = estimateMemory(input).kvCacheBytes;
    const published = Number(r.bytes);
    const label = `${String(r.model)} ${engine} ctx ${String(r.contextTokens)}`;
    out.push({ label, published, estimate, errorPct: (100 * (estimate - published)) / published });
  }
  return out;
}

export interface GgufRow {
  label: string;
  fileBytes: number;
  estimate: number;
  basis: string;
  params: number;
}

/** GGUF files written to the spec (a Llama 3.1 8B Q4_K_M tensor table) and the real fixtures,
 *  priced from their headers. */
export async function ggufRows(fixtures = '/work/shared/fixtures/gguf'): Promise<GgufRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-bench-'));
  const out: GgufRow[] = [];
  try {
    const file = path.join(dir, 'Llama-3.1-8B-Q4_K_M.gguf');
    const bytes = writeGguf(file, LLAMA31_METADATA, llama31Q4KM());
    const m = modelFromGguf(await gguf(file, { allowLocalFile: true }));
    const e = estimateMemory({ model: m });
    const label = 'written: Llama 3.1 8B Q4_K_M tensor table';
    out.push({ label, fileBytes: bytes, estimate: e.weightsBytes, basis: e.basis, params: m.params });
    if (fs.existsSync(fixtures)) {
      for (const f of fs
        .readdirSync(fixtures)
        .filter(n => n.endsWith('.gguf'))
        .sort()) {
        const info = modelFromGguf(await gguf(path.join(fixtures, f), { allowLocalFile: true }));
        const fe = estimateMemory({ model: info });
        out.push({
          label: `llama.cpp fixture: ${f} (no tensors)`,
          fileBytes: info.ggufTensorBytes,
          estimate: fe.weightsBytes,
          basis: fe.basis,
          params: info.params,
        });
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

const MiB = 2 ** 20;
const bytes = (n: number) => `${Math.round(n).toLocaleString('en-US')} B`;

/** The model reader's section of `npm run bench:accuracy`. */
export async function printModelReader(fmt: (n: number) => string): Promise<void> {
  const params = paramRows();
  const within = params.rows.filter(r => r.within);
  const plain = within.filter(r => !r.explained).length;
  console.log(`\nModel reader: parameters from ${params.rows.length} real config.json files with a published count`);
  console.log(
    `  within 0.5 % (or the published figure's rounding): ${plain}; explained: ${within.length - plain}; ` +
      `unexplained: ${params.rows.length - within.length}`,
  );
  const errs = params.rows
    .filter(r => !r.explained)
    .map(r => Math.abs(r.errorPct))
    .sort((a, b) => a - b);
  const median = errs[Math.floor(errs.length / 2)] ?? NaN;
  const max = errs[errs.length - 1] ?? NaN;
  console.log(`  |error| vs published, rows not explained: median ${fmt(median)}, max ${fmt(max)}`);
  for (const r of params.rows.filter(x => x.explained || !x.within)) {
    const status = r.within ? 'explained' : 'NOT WITHIN';
    console.log(`  ${fmt(r.errorPct).padStart(7)}  ${r.model}: ${status}${r.explained ? ` (${r.explained})` : ''}`);
  }
  console.log(
    `  read without a published count: ${params.unpublished}; ` + `refused with a TypeError: ${params.refused.length}`,
  );
  for (const r of params.refused) console.log(`    ${r}`);
  console.log('\nModel reader: KV cache from the config (model: ModelInfo) vs engine logs (published/kv.json)');
  for (const r of kvRows()) {
    const sizes = `${(r.estimate / MiB).toFixed(1)} MiB vs ${(r.published / MiB).toFixed(1)} MiB`;
    console.log(`  ${fmt(r.errorPct).padStart(7)}  ${r.label}: ${sizes}`);
  }
  console.log('\nModel reader: GGUF headers priced from their own tensors (no quant given)');
  for (const r of await ggufRows()) {
    console.log(
      `  ${r.label}: ${(r.params / 1e9).toFixed(3)}B params; file tensors ${bytes(r.fileBytes)}, ` +
        `estimate ${bytes(r.estimate)}, basis ${r.basis}`,
    );
  }
}

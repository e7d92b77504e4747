// Compares the estimator with the published figures in test/data/published/, component by
// component, beside the naive rule people use (parameters × nominal bytes × 1.2). Shared by the
// accuracy unit test (which asserts the targets) and `npm run bench:accuracy` (which prints them).
import * as fs from 'fs';
import * as path from 'path';
import { estimateMemory } from '../../src/core/estimate/estimateMemory';
import { llamaCppComputeBuffer, CUDA_CONTEXT_BYTES, OLLAMA_RESERVE_BYTES } from '../../src/core/estimate/overhead';
import { findCatalogModel } from '../../src/core/catalog/lookupModel';
import { resolveModel } from '../../src/core/estimate/resolveModel';
import { quantFormat } from '../../src/core/data/quantFormats';
import { parseQuant } from '../../src/core/quant/parseQuant';
import { findParamSizeInName } from '../../src/core/recognize/paramSize';
import type { EstimateInput, MemoryEstimate } from '../../src/core/types';

/** test/data/published of the repository, wherever the bundle that runs this lives under out/. */
function dataDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'test/data/published');
}
const DATA = dataDir();

interface Row {
  model: string;
  bytes: number;
  source: string;
  excluded?: string;
  [k: string]: unknown;
}

export interface Comparison {
  component: 'weights' | 'kv' | 'compute' | 'total' | 'finetune' | 'device';
  label: string;
  published: number;
  estimate?: number;
  naive?: number;
  basis?: MemoryEstimate['basis'];
  /** Why the row was not compared (excluded in the data, or the model cannot be resolved). */
  skipped?: string;
  /** Short name of the source a row comes from (finetune rows), for per-source figures. */
  origin?: string;
}

function load(file: string): Row[] {
  return JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as Row[];
}

/** The naive rule: parameters × nominal bytes of the format × 1.2. */
function naive(model: string, quant: string | undefined, params?: number): number | undefined {
  const p = params ?? findCatalogModel(model)?.params;
  const f = quant ? parseQuant(quant)?.format : quantFormat('BF16');
  if (p === undefined || !f) return undefined;
  return p * (f.bits / 8) * 1.2;
}

function run(
  component: Comparison['component'],
  label: string,
  row: Row,
  input: EstimateInput,
  pick: (e: MemoryEstimate) => number,
  naiveValue?: number,
): Comparison {
  const base = { component, label, published: row.bytes };
  if (row.excluded) return { ...base, skipped: row.excluded };
  try {
    const e = estimateMemory(input);
    return { ...base, estimate: pick(e), naive: naiveValue, basis: e.basis };
  } catch (err) {
    return { ...base, skipped: `not estimable: ${(err as Error).message.slice(0, 80)}` };
  }
}

const kvFormat = (t: unknown) => (typeof t === 'string' ? t.toUpperCase() : undefined);

/** ik_llama.cpp is a llama.cpp fork with the same cache layout for the rows kept here. */
const engineOf = (e: unknown) => (e === 'ik_llama.cpp' ? 'llama.cpp' : (e ?? 'llama.cpp')) as EstimateInput['engine'];

/** Flash attention as a row's note states it (llama.cpp's default on GPUs is on). */
function flashAttention(note: string): boolean {
  if (/flash[_ ]att(?:n|ention)\s*(?:=|:)?\s*(?:0|off|false|disabled)|FA off/i.test(note)) return false;
  return true;
}

export function compareAll(): Comparison[] {
  const out: Comparison[] = [];
  for (const r of load('weights.json')) {
    const quant = String(r.quant);
    out.push(
      run('weights', `${r.model} ${quant}`, r, { model: r.model, quant }, e => e.weightsBytes, naive(r.model, quant)),
    );
    // `label`: the size as people write it ("7B"); the same row is also estimated from that label
    // alone, as a hover over a bare size is.
    const params = typeof r.label === 'string' ? findParamSizeInName(r.label)?.size.params : undefined;
    if (params !== undefined) {
      out.push(run('weights', `${r.label} ${quant} (${r.model})`, r, { params, quant }, e => e.weightsBytes));
    }
  }
  for (const r of load('kv.json')) {
    const engine = engineOf(r.engine);
    const input: EstimateInput = {
      model: r.model,
      contextTokens: Number(r.contextTokens),
      kvCacheQuant: kvFormat(r.kvType),
      engine,
    };
    // llama.cpp's and Ollama's logged n_ctx is the total over sequences; the estimator's context
    // is per sequence.
    const parallel = Number(r.parallel ?? 1);
    if (parallel > 1) {
      input.batch = parallel;
      input.contextTokens = Math.round(Number(r.contextTokens) / (engine === 'vllm' ? 1 : parallel));
    }
    const naiveKv = (() => {
      const m = findCatalogModel(r.model);
      // The classic mistake: 2 × layers × hidden × context × 2 bytes (no GQA, no head_dim).
      return m ? 2 * m.layers * m.hiddenSize * Number(r.contextTokens) * 2 : undefined;
    })();
    out.push(
      run('kv', `${r.model} ${engine} ctx ${r.contextTokens} ${r.kvType}`, r, input, e => e.kvCacheBytes, naiveKv),
    );
  }
  for (const r of load('totals.json')) {
    const quant = r.quant && r.quant !== 'unknown' ? String(r.quant) : undefined;
    const engine = engineOf(r.engine);
    const parallel = Number(r.parallel ?? 1);
    const ctx = Math.round(Number(r.contextTokens ?? 8192) / (engine === 'vllm' ? 1 : parallel));
    const note = String(r.note ?? '');
    const flash = flashAttention(note);
    if (r.component === 'compute_buffer') {
      const ub = Number(/n_ubatch\s*=?\s*(\d+)|-ub (\d+)/.exec(note)?.slice(1).find(Boolean) ?? 512);
      const base = {
        component: 'compute' as const,
        label: `${r.model} ${engine} compute buffer ctx ${ctx}`,
        published: r.bytes,
      };
      if (r.excluded) {
        out.push({ ...base, skipped: r.excluded });
        continue;
      }
      try {
        const m = resolveModel({ model: r.model });
        out.push({ ...base, estimate: llamaCppComputeBuffer(m.arch, ctx * parallel, flash, ub), basis: m.basis });
      } catch (err) {
        out.push({ ...base, skipped: `not estimable: ${(err as Error).message.slice(0, 80)}` });
      }
      continue;
    }
    const pick =
      r.component === 'weights'
        ? (e: MemoryEstimate) => e.weightsBytes
        : r.component === 'kv'
          ? (e: MemoryEstimate) => e.kvCacheBytes
          : r.component === 'graph'
            ? (e: MemoryEstimate) => e.parts?.computeBufferBytes ?? 0
            : (e: MemoryEstimate) => e.totalBytes;
    out.push(
      run(
        'total',
        `${r.model} ${engine} ${r.component} ctx ${ctx} × ${parallel}`,
        r,
        { model: r.model, quant, engine, contextTokens: ctx, batch: parallel, flashAttention: flash },
        pick,
        naive(r.model, quant),
      ),
    );
  }
  for (const r of load('finetune.json')) {
    const mode = r.method as EstimateInput['mode'];
    const seq = Number(r.seqLen ?? 2048);
    const batch = Number(r.batch ?? 1);
    const input: EstimateInput = { model: r.model, mode, seqLen: seq, trainBatch: batch };
    if (typeof r.gradientCheckpointing === 'boolean') input.gradientCheckpointing = r.gradientCheckpointing;
    if (typeof r.loraRank === 'number') input.loraRank = r.loraRank;
    if (r.loraTargets !== undefined) input.loraTargets = r.loraTargets as string | string[];
    if (typeof r.optimizer === 'string') input.optimizer = r.optimizer;
    if (r.attention === 'eager' || r.attention === 'sdpa' || r.attention === 'flash') input.attention = r.attention;
    if (r.precision === 'bf16-pure') input.trainPrecision = 'bf16';
    if (typeof r.quant === 'string' && mode !== 'full') input.quant = r.quant;
    if (r.lossPrecision === 'bf16') input.lossPrecision = 'bf16';
    if (typeof r.gradientAccumulation === 'number') input.gradientAccumulation = r.gradientAccumulation;
    if (typeof r.dataParallel === 'number') input.dataParallel = r.dataParallel;
    if (r.zeroStage === 1 || r.zeroStage === 2 || r.zeroStage === 3) input.zeroStage = r.zeroStage;
    const label = `${r.model} ${mode} seq ${seq} × ${batch} [${String(r.origin)}]`;
    const params = (() => {
      try {
        return resolveModel({ model: r.model }).params;
      } catch {
        return undefined;
      }
    })();
    // What the published counter leaves out: torch's reserved memory has no CUDA context; its
    // allocated/active memory has no allocator reserve either.
    const counter = String(r.memoryCounter ?? '');
    const pick = (e: MemoryEstimate) =>
      e.totalBytes -
      (/^torch/.test(counter) ? (e.parts?.cudaContextBytes ?? 0) : 0) -
      (/^torch (peak|active|allocated)/.test(counter) ? (e.parts?.engineReserveBytes ?? 0) : 0);
    const c = run('finetune', label, r, input, pick, naive(r.model, mode === 'qlora' ? 'NF4' : 'BF16', params));
    out.push({ ...c, origin: String(r.origin) });
  }
  out.push(...compareDevices());
  return out;
}

interface DeviceRow {
  id: string;
  input: EstimateInput;
  device: number | 'host';
  bytes: number;
  excluded?: string;
  quantity: 'weights' | 'kvPool' | 'buffers' | 'kvCompute' | 'total' | 'projector' | 'host';
}

/** The figure of one device a devices.json row names, from the estimate of its input. */
function deviceFigure(r: DeviceRow): number {
  const e = estimateMemory(r.input);
  if (r.quantity === 'host') return e.hostBytes ?? 0;
  const d = e.devices![r.device as number];
  // What llama.cpp's buffer lines cover: everything but the CUDA context (and Ollama's reserve).
  const fixed = CUDA_CONTEXT_BYTES + (r.input.engine === 'ollama' ? OLLAMA_RESERVE_BYTES : 0);
  switch (r.quantity) {
    case 'weights':
      return d.weightsBytes;
    case 'total':
      return d.totalBytes;
    case 'buffers':
      return d.totalBytes - fixed;
    case 'kvCompute':
      return d.kvCacheBytes + d.overheadBytes - fixed;
    case 'kvPool': {
      const cells = (r.input.contextTokens ?? 8192) * (r.input.batch ?? 1);
      return e.kvCapacityTokens! * (d.kvCacheBytes / cells);
    }
    case 'projector': {
      const without = estimateMemory({ ...r.input, mmproj: undefined }).devices![r.device as number];
      return d.weightsBytes - without.weightsBytes;
    }
  }
}

/** Per-device figures (test/data/published/devices.json): one comparison per row. */
export function compareDevices(): Comparison[] {
  return (JSON.parse(fs.readFileSync(path.join(DATA, 'devices.json'), 'utf8')) as DeviceRow[]).map(r => {
    const where = r.device === 'host' ? 'host' : `GPU ${r.device}`;
    const base = { component: 'device' as const, label: `${r.id} (${r.quantity}, ${where})`, published: r.bytes };
    if (r.excluded) return { ...base, skipped: r.excluded };
    try {
      return { ...base, estimate: deviceFigure(r), basis: estimateMemory(r.input).basis };
    } catch (err) {
      return { ...base, skipped: `not estimable: ${(err as Error).message.slice(0, 80)}` };
    }
  });
}

/** The per-device target of issue 14: within 10% or 0.5 GiB, whichever is larger. */
export const withinDeviceTarget = (estimate: number, published: number) =>
  Math.abs(estimate - published) <= Math.max(0.1 * published, 0.5 * 2 ** 30);

export interface Stats {
  n: number;
  median: number;
  p90: number;
  max: number;
}

/** Absolute relative errors, in percent. */
export function stats(values: number[]): Stats {
  const sorted = values.map(Math.abs).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { n: sorted.length, median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] ?? NaN };
}

/**
 * The source the training model's one read-off constant comes from (the 1 GiB allocator reserve,
 * src/core/estimate/training/frameworkFloor.ts); every other source is held out.
 */
export const FINETUNE_CALIBRATION_SOURCE = 'qwen-readme';

/** The fine-tuning target of issue 15: within 15 % or 1 GiB, whichever is larger. */
export const finetuneHit = (estimate: number, published: number) =>
  Math.abs(estimate - published) <= Math.max(0.15 * published, 2 ** 30);

export const relError = (estimate: number, published: number) => (100 * (estimate - published)) / published;

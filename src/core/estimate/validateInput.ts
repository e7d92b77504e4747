// Checks an EstimateInput and says exactly what is wrong. Types that are wrong throw TypeError;
// values out of range throw RangeError. Messages name the field, the value and what is accepted.
import type { EstimateInput } from '../types';
import { formatInt } from '../units';
import { ENGINES, isEngine, KV_CACHE_FORMATS, LIMITS, MODES, type KvCacheFormat } from '../options';
import { validateTrainingInput } from './training/trainingSettings';
import { validateModelInfo } from '../model/validateModelInfo';

// The lists and limits live in options.ts; re-exported for existing importers.
export { ENGINES, KV_CACHE_FORMATS, LIMITS, MODES, type KvCacheFormat };

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return String(v);
}

function checkNumber(name: string, v: unknown, min: number, max: number, integer: boolean): void {
  if (v === undefined) return;
  if (typeof v !== 'number') throw new TypeError(`${name} must be a number, got ${typeof v} ${describeValue(v)}`);
  if (Number.isNaN(v) || !Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${v}`);
  if (integer && !Number.isInteger(v)) throw new RangeError(`${name} must be a whole number, got ${v}`);
  if (v < min || v > max) {
    throw new RangeError(`${name} must be between ${formatInt(min)} and ${formatInt(max)}, got ${formatInt(v)}`);
  }
}

function checkString(name: string, v: unknown): void {
  if (v === undefined) return;
  if (typeof v !== 'string') throw new TypeError(`${name} must be a string, got ${typeof v} ${describeValue(v)}`);
  if (v.trim() === '' || v.length > 300)
    throw new RangeError(`${name} must be a non-empty name of at most 300 characters`);
}

export function validateInput(input: unknown): asserts input is EstimateInput {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError(
      `estimateMemory expects an object such as { model: "Llama-3.1-8B", quant: "Q4_K_M" }, got ` +
        `${describeValue(input)}`,
    );
  }
  const i = input as Record<string, unknown>;
  if (i.model !== null && typeof i.model === 'object') validateModelInfo(i.model);
  else checkString('model', i.model);
  checkString('quant', i.quant);
  checkString('kvCacheQuant', i.kvCacheQuant);
  checkNumber('params', i.params, LIMITS.minParams, LIMITS.maxParams, false);
  checkNumber('activeParams', i.activeParams, LIMITS.minParams, LIMITS.maxParams, false);
  checkNumber('contextTokens', i.contextTokens, LIMITS.minContext, LIMITS.maxContext, true);
  checkNumber('batch', i.batch, 1, LIMITS.maxBatch, true);
  checkNumber('gpuMemoryBytes', i.gpuMemoryBytes, LIMITS.minGpuBytes, LIMITS.maxGpuBytes, false);
  for (const flag of ['flashAttention', 'gradientCheckpointing'] as const) {
    if (i[flag] !== undefined && typeof i[flag] !== 'boolean')
      throw new TypeError(`${flag} must be true or false, got ${describeValue(i[flag])}`);
  }
  checkParallel(i);
  checkCompanion('mmproj', i.mmproj);
  checkCompanion('draft', i.draft);
  if (i.model === undefined && i.params === undefined) {
    throw new TypeError(
      'estimateMemory needs a model (a name such as "Qwen2.5-7B-Instruct") or params (a number such as 7e9)',
    );
  }
  if (typeof i.params === 'number' && typeof i.activeParams === 'number' && i.activeParams > i.params) {
    throw new RangeError(`activeParams (${i.activeParams}) cannot exceed params (${i.params})`);
  }
  if (i.engine !== undefined && !isEngine(i.engine)) {
    throw new RangeError(`engine must be one of ${ENGINES.join(', ')}; got ${describeValue(i.engine)}`);
  }
  if (i.mode !== undefined && !(MODES as readonly unknown[]).includes(i.mode)) {
    throw new RangeError(`mode must be one of ${MODES.join(', ')}; got ${describeValue(i.mode)}`);
  }
  validateTrainingInput(i);
}

function checkList(name: string, v: unknown, min: number, max: number): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) {
    throw new TypeError(`${name} must be an array of numbers, got ${typeof v} ${describeValue(v)}`);
  }
  if (v.length < 1 || v.length > LIMITS.maxRanks) {
    throw new RangeError(`${name} must list between 1 and ${LIMITS.maxRanks} entries, got ${v.length}`);
  }
  v.forEach((x, k) => checkNumber(`${name}[${k}]`, x, min, max, false));
}

/** The multi-GPU fields: ranks, layers on the GPU, the utilization share and the GPUs listed. */
function checkParallel(i: Record<string, unknown>): void {
  checkNumber('tensorParallel', i.tensorParallel, 1, LIMITS.maxRanks, true);
  checkNumber('pipelineParallel', i.pipelineParallel, 1, LIMITS.maxRanks, true);
  checkNumber('gpuLayers', i.gpuLayers, -1, LIMITS.maxGpuLayers, true);
  checkNumber('cpuMoeLayers', i.cpuMoeLayers, -1, LIMITS.maxGpuLayers, true);
  if (i.gpuMemoryUtilization !== undefined) {
    checkNumber('gpuMemoryUtilization', i.gpuMemoryUtilization, 0, 1, false);
    if (i.gpuMemoryUtilization === 0) {
      throw new RangeError('gpuMemoryUtilization must be above 0 (a share of each GPU such as 0.9)');
    }
  }
  checkList('gpus', i.gpus, LIMITS.minGpuBytes, LIMITS.maxGpuBytes);
  checkList('tensorSplit', i.tensorSplit, 0, 1e9);
  if (Array.isArray(i.tensorSplit) && !(i.tensorSplit as number[]).some(x => x > 0)) {
    throw new RangeError('tensorSplit needs at least one share above 0, such as [3, 1]');
  }
  const ranks = Number(i.tensorParallel ?? 1) * Number(i.pipelineParallel ?? 1);
  if (ranks > LIMITS.maxRanks) {
    throw new RangeError(`tensorParallel × pipelineParallel must be at most ${LIMITS.maxRanks}, got ${ranks}`);
  }
  const gpus = Array.isArray(i.gpus) ? i.gpus.length : undefined;
  if (gpus !== undefined && ranks > gpus) {
    throw new RangeError(`tensorParallel × pipelineParallel = ${ranks} needs ${ranks} GPUs, but gpus lists ${gpus}`);
  }
  if (Array.isArray(i.tensorSplit) && gpus !== undefined && i.tensorSplit.length !== gpus) {
    throw new RangeError(
      `tensorSplit has ${i.tensorSplit.length} entries but gpus lists ${gpus};` + ' give one share per GPU',
    );
  }
}

/** A projector or draft model: a name, or a ModelInfo-shaped object with a parameter count. */
function checkCompanion(name: string, v: unknown): void {
  if (v === undefined || typeof v === 'string') {
    checkString(name, v);
    return;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new TypeError(`${name} must be a model name or a ModelInfo object, got ${describeValue(v)}`);
  }
  const o = v as Record<string, unknown>;
  checkNumber(`${name}.params`, o.params, LIMITS.minParams, LIMITS.maxParams, false);
  if (o.params === undefined) throw new TypeError(`${name} as an object needs params (its parameter count)`);
  for (const f of ['layers', 'kvHeads', 'headDim', 'hiddenSize', 'attentionHeads', 'vocabSize'] as const) {
    checkNumber(`${name}.${f}`, o[f], 1, 1e9, true);
  }
}

/** Reads a KV cache format as users write it ("f16", "q8_0", "fp8"). */
export function parseKvCacheFormat(v: string | undefined): KvCacheFormat {
  if (v === undefined) return 'F16';
  const upper = v
    .trim()
    .toUpperCase()
    .replace(/^FP16$/, 'F16')
    .replace(/^FP8_E4M3$|^FP8_E5M2$/, 'FP8');
  const hit = KV_CACHE_FORMATS.find(f => f === upper);
  if (!hit) throw new RangeError(`kvCacheQuant must be one of ${KV_CACHE_FORMATS.join(', ')}; got ${describeValue(v)}`);
  return hit;
}

// The estimator: weights + KV cache + runtime overhead (+ training state), with the assumptions a
// user needs to trust the figure. All sizes in bytes.
import type { EstimateInput, MemoryEstimate } from '../types';
import { parseQuant, type ParsedQuant } from '../quant/parseQuant';
import { quantFormat } from '../data/quantFormats';
import { validateInput, parseKvCacheFormat } from './validateInput';
import { labelsIn, resolveModel, type ResolvedModel } from './resolveModel';
import { weightsBytes, type WeightsResult } from './weights';
import { kvCacheBytes } from './kvCache';
import { overheadBytes, VLLM_UTILIZATION } from './overhead';
import { trainingEstimate } from './training';
import { contextWarning } from './contextWarning';
import { Memo } from '../memo';
import { companions } from './companions';
import { placeOnDevices } from './devices';
import { policyFor } from './engines';
import { formatInt } from '../units';
import { modelFingerprint } from '../model/fingerprint';
import { DEFAULTS } from '../options';

export const DEFAULT_CONTEXT = DEFAULTS.contextTokens;

function resolveFormat(quant: string | undefined, fallback: string) {
  const parsed = parseQuant(quant ?? fallback);
  if (!parsed) {
    throw new RangeError(
      `unknown weights format ${JSON.stringify((quant ?? '').slice(0, 40))}; use a GGUF type (Q4_K_M, Q8_0, ` +
        `IQ4_XS, …), F16, BF16, FP8, INT8, INT4, AWQ, GPTQ, GPTQ-Int8, NF4, MXFP4, EXL2 or a bits-per-weight such ` +
        `as 4.65bpw`,
    );
  }
  return parsed;
}

const estimates = new Memo<MemoryEstimate>(500);
const INPUT_KEYS = [
  'model',
  'params',
  'activeParams',
  'quant',
  'contextTokens',
  'batch',
  'kvCacheQuant',
  'engine',
  'mode',
  'flashAttention',
  'gradientCheckpointing',
  'gpuMemoryBytes',
  'trainBatch',
  'seqLen',
  'loraRank',
  'loraTargets',
  'optimizer',
  'attention',
  'trainPrecision',
  'dataParallel',
  'zeroStage',
  'lossPrecision',
  'gradientAccumulation',
  'tensorParallel',
  'pipelineParallel',
  'gpuLayers',
  'gpuMemoryUtilization',
  'gpus',
  'tensorSplit',
  'cpuMoeLayers',
  'mmproj',
  'draft',
] as const;
const keyPart = (v: unknown) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v ?? ''));

/**
 * The estimate for an input: weights, KV cache, overhead (and training state), with its basis and
 * assumptions. Throws RangeError/TypeError with a message naming the field on invalid input.
 * Results are remembered (the hover asks for the same ones repeatedly); callers get a copy.
 */
export function estimateMemory(input: EstimateInput): MemoryEstimate {
  validateInput(input);
  // A ModelInfo is keyed by its fields (String() of any object is "[object Object]"); arrays by their values.
  const key = INPUT_KEYS.map(k =>
    k === 'model' && typeof input.model === 'object' ? modelFingerprint(input.model) : keyPart(input[k]),
  ).join('|');
  const e = estimates.get(key, () => compute(input));
  return {
    ...e,
    assumptions: [...e.assumptions],
    ...(e.parts ? { parts: { ...e.parts } } : {}),
    ...(e.devices ? { devices: e.devices.map(d => ({ ...d })) } : {}),
  };
}

/** The weights format an input asks for: its quant, the one in the model's name, else the release's. */
function formatFor(input: EstimateInput, model: ResolvedModel) {
  const native = model.catalog?.releasedQuant ?? model.catalog?.nativeDtype ?? 'BF16';
  return resolveFormat(input.quant ?? model.quantInName ?? model.ollamaDefault, quantFormat(native) ? native : 'BF16');
}

/** Weights as loaded for inference; a label between two template sizes blends the two. */
function inferenceWeights(input: EstimateInput, model: ResolvedModel, quant: ParsedQuant): WeightsResult {
  if (model.fileWeightsBytes !== undefined && (input.quant === undefined || input.quant === model.fileWeightsFormat)) {
    return {
      bytes: model.fileWeightsBytes,
      bitsPerWeight: (8 * model.fileWeightsBytes) / model.params,
      notes: ["weights: the GGUF file's tensors at their own storage types"],
    };
  }
  const viaOllama = input.engine === 'ollama' || model.ollamaDefault !== undefined;
  const w = weightsBytes(model.arch, quant.format, quant.bitsPerWeight, model.key, viaOllama);
  if (!model.blend) return w;
  const other = weightsBytes(model.blend.arch, quant.format, quant.bitsPerWeight, model.blend.key, viaOllama);
  const bytes = w.bytes * (1 - model.blend.t) + other.bytes * model.blend.t;
  return { bytes, bitsPerWeight: (8 * bytes) / model.params, notes: w.notes };
}

/**
 * The weights of an inference estimate alone, in bytes: estimateMemory(input).weightsBytes for
 * mode "inference", without the KV cache, runtime and assumptions (the hover's table of formats
 * needs only this). `mode` and the KV cache settings are not read; an invalid model, size or
 * weights format throws as in estimateMemory.
 */
export function estimateWeightsBytes(input: EstimateInput): number {
  validateInput(input);
  const model = resolveModel(input);
  return inferenceWeights(input, model, formatFor(input, model)).bytes;
}

function compute(input: EstimateInput): MemoryEstimate {
  const engine = input.engine ?? DEFAULTS.engine;
  const mode = input.mode ?? 'inference';
  const context = input.contextTokens ?? DEFAULT_CONTEXT;
  const batch = input.batch ?? 1;
  const flashAttention = input.flashAttention ?? true;
  const kvFormat = parseKvCacheFormat(input.kvCacheQuant);
  const model = resolveModel(input);
  const quant = formatFor(input, model); // an unknown weights format is an error in every mode

  const assumptions: string[] = [];
  if (model.catalog) {
    const url = /https:\/\/\S+?(?=[:.]?(?:[\s;,)]|$))/.exec(model.catalog.source)?.[0];
    assumptions.push(
      `${model.catalog.name}: ${(model.params / 1e9).toFixed(2)}B parameters; architecture from ` +
        `${model.origin ?? 'its config.json'}${url ? ` (${url})` : ''}`,
    );
  } else {
    assumptions.push(
      `size from the label (${(model.params / 1e9).toFixed(2)}B parameters); layers, KV heads and vocabulary ` +
        `borrowed from ${model.template!.name}, the closest catalog model in size: expect ±10% on weights and ` +
        `more on the KV cache`,
    );
  }
  const name = typeof input.model === 'string' ? input.model : '';
  if (!input.quant && /gguf/i.test(name) && !labelsIn(name).some(l => l.quant)) {
    assumptions.push('a GGUF repository holds one file per quant; Q4_K_M assumed');
  }
  if (model.resolution) assumptions.push(model.resolution);
  if (!input.quant && !model.quantInName && model.ollamaDefault) {
    assumptions.push(`an Ollama tag that names no quant downloads ${model.ollamaDefault}`);
  }
  const beyond = contextWarning(context, model.basis === 'label' ? undefined : model.arch.contextLength);
  if (beyond) assumptions.push(beyond);
  if (model.activeParams !== undefined) {
    assumptions.push(
      `mixture of experts: all ${(model.params / 1e9).toFixed(1)}B parameters must be in memory; ` +
        `${(model.activeParams / 1e9).toFixed(1)}B are active per token (speed, not memory)`,
    );
  }

  if (mode !== 'inference') {
    const t = trainingEstimate(mode, input, model);
    assumptions.push(...t.notes);
    return {
      weightsBytes: t.weightsBytes,
      kvCacheBytes: 0,
      overheadBytes: t.overheadBytes,
      trainingBytes: t.trainingBytes,
      totalBytes: t.weightsBytes + t.trainingBytes + t.overheadBytes,
      basis: model.basis === 'exact' ? 'config' : model.basis,
      assumptions,
      parts: t.parts,
      bitsPerWeight: (8 * t.weightsBytes) / model.params,
    };
  }

  // Between two template sizes the weights, KV cache and buffers are interpolated, so that the
  // estimate grows smoothly with the size and a larger label never comes out smaller.
  const w = inferenceWeights(input, model, quant);
  const kv = kvCacheBytes(model.arch, engine, context, batch, kvFormat);
  const o = overheadBytes(model.arch, engine, context, batch, flashAttention);
  if (model.blend) {
    const t = model.blend.t;
    const otherKv = kvCacheBytes(model.blend.arch, engine, context, batch, kvFormat);
    kv.bytes = kv.bytes * (1 - t) + otherKv.bytes * t;
    kv.attentionBytes = kv.attentionBytes * (1 - t) + otherKv.attentionBytes * t;
    o.bytes = o.bytes * (1 - t) + overheadBytes(model.blend.arch, engine, context, batch, flashAttention).bytes * t;
  }
  assumptions.push(...w.notes);
  if (model.noKvCache) Object.assign(kv, { bytes: 0, attentionBytes: 0, notes: [`no KV cache: ${model.noKvCache}`] });
  assumptions.push(
    model.noKvCache
      ? kv.notes[0]
      : `KV cache: ${formatInt(context)} tokens × ${batch} sequence${batch > 1 ? 's' : ''} in ${kvFormat} on ${engine}`,
    ...(model.noKvCache ? [] : kv.notes),
    ...o.notes,
  );
  const extra = companions(input, model, kvFormat, estimateMemory);
  assumptions.push(...extra.notes);
  const tp = input.tensorParallel ?? 1;
  if (tp > 1 && policyFor(engine).placement !== 'layers' && model.arch.attentionHeads % tp !== 0) {
    throw new RangeError(
      `tensorParallel ${tp} must divide the model's ${model.arch.attentionHeads} attention heads` +
        ` (${engine} shards whole heads)`,
    );
  }
  if ((input.pipelineParallel ?? 1) > model.arch.layers) {
    throw new RangeError(`pipelineParallel ${input.pipelineParallel} exceeds the model's ${model.arch.layers} layers`);
  }
  const ranks = tp * (input.pipelineParallel ?? 1);
  const placement = placeOnDevices({
    engine,
    policy: policyFor(engine),
    arch: model.arch,
    weightsBytes: w.bytes,
    weightsParts: w.parts,
    bitsPerWeight: w.bitsPerWeight,
    kv,
    overhead: o,
    contextTokens: context,
    batch,
    flashAttention,
    tensorParallel: input.tensorParallel,
    pipelineParallel: input.pipelineParallel,
    gpuLayers: input.gpuLayers,
    gpus:
      input.gpus ??
      (input.gpuMemoryBytes !== undefined ? new Array<number>(ranks).fill(input.gpuMemoryBytes) : undefined),
    tensorSplit: input.tensorSplit,
    cpuMoeLayers: input.cpuMoeLayers,
    utilization: input.gpuMemoryUtilization,
    extraWeightsBytes: extra.weightsBytes,
    extraKvBytes: extra.kvBytes,
  });
  assumptions.push(...placement.notes);
  const total = w.bytes + extra.weightsBytes + kv.bytes + extra.kvBytes + o.bytes;
  const result: MemoryEstimate = {
    weightsBytes: w.bytes + extra.weightsBytes,
    kvCacheBytes: kv.bytes + extra.kvBytes,
    overheadBytes: o.bytes,
    totalBytes: total,
    basis: model.basis === 'exact' && input.quant !== undefined ? 'config' : model.basis,
    assumptions,
    parts: o.parts,
    bitsPerWeight: w.bitsPerWeight,
    devices: placement.devices,
    hostBytes: placement.hostBytes,
  };
  if (placement.kvCapacityTokens !== undefined) result.kvCapacityTokens = placement.kvCapacityTokens;
  if (placement.maxGpuLayers !== undefined) result.maxGpuLayers = placement.maxGpuLayers;
  if (placement.reservedBytes !== undefined && input.gpuMemoryBytes === undefined) {
    result.reservedBytes = placement.reservedBytes;
  }
  if (engine === 'vllm' && input.gpuMemoryBytes !== undefined) {
    result.reservedBytes = input.gpuMemoryBytes * VLLM_UTILIZATION;
    assumptions.push(
      `vLLM will occupy ${VLLM_UTILIZATION * 100}% of the GPU (gpu_memory_utilization) whatever the model needs, ` +
        `filling the rest with KV cache blocks; it starts only if the total fits in that share`,
    );
  }
  return result;
}

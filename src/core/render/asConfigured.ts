// The hover's first answer when the file says how the model runs: "As configured here: vLLM,
// 32,768-token context, 2 GPUs at 0.9 → …". The settings read around the label go into the
// estimate under each engine's policy (docs/run-settings.md):
// - vLLM, SGLang and TGI pre-allocate a share of each GPU (gpu_memory_utilization,
//   --mem-fraction-static) whatever the number of sequences; they start when weights + runtime +
//   the KV of one full-length sequence fit in that share, and the rest of the share is KV capacity
//   shared by all sequences. So the estimate holds one `contextTokens` sequence, and the share left
//   is told as tokens of KV room.
// - llama-server splits `-c` across its `--parallel` slots: the KV holds `-c` tokens in all.
// - Ollama gives each of OLLAMA_NUM_PARALLEL requests its own `num_ctx`: KV × parallel.
// - transformers holds the batch it is given; training prices batch × sequence length.
// - `-ngl N` below the layer count keeps the other layers (and their KV) in system RAM.
import type { Label, MemoryEstimate, RunSettings, RunEngine, EstimateInput } from '../types';
import { estimateMemory } from '../estimate/estimateMemory';
import { resolveModel } from '../estimate/resolveModel';
import { KV_CACHE_FORMATS } from '../estimate/validateInput';
import { chooseEngine } from '../settings/chooseEngine';
import { ENGINE_NAMES } from '../data/engineFormats';
import { gpuCardsText } from './gpuCards';
import { formatBytes, formatInt, type MemoryUnit } from '../units';
import { unlessInvalid } from '../errors';
import { escapeMarkdown } from './markdown';
import { configuredDeviceLine, configuredSplit } from './deviceFit';

export interface ConfiguredOptions {
  units: MemoryUnit;
  /** The user's engine setting ('auto': by the format). */
  engine?: RunEngine | 'auto';
  contextTokens?: number;
  kvCacheQuant?: string;
  gpusGiB?: number[];
}

export interface Configured {
  /** The estimator input the file's settings give. */
  input: EstimateInput;
  estimate: MemoryEstimate;
  /** Each GPU's share on the user's GPUs (render/deviceFit.ts configuredSplit), when there is a split. */
  split?: MemoryEstimate;
  engine: RunEngine;
  /** Markdown lines: the answer, then the settings read (compact). */
  lines: string[];
}

const STATED = [
  'engine',
  'contextTokens',
  'batch',
  'tensorParallel',
  'pipelineParallel',
  'gpuLayers',
  'kvCacheQuant',
  'kvCacheQuantV',
  'quant',
  'gpuMemoryUtilization',
  'tensorSplit',
  'cpuMoeLayers',
  'flashAttention',
  'mode',
  'trainBatch',
  'seqLen',
  'loraRank',
  'gradientCheckpointing',
  'optimizer',
  'mmproj',
  'draft',
] as const;

export function statesAnything(s: RunSettings | undefined): s is RunSettings {
  return !!s && STATED.some(k => s[k] !== undefined);
}

function modelInput(label: Label): Pick<EstimateInput, 'model' | 'params' | 'activeParams'> | undefined {
  if (label.model) return { model: label.model };
  if (label.params !== undefined) return { params: label.params, activeParams: label.activeParams };
  return undefined;
}

const kvFormat = (k: string | undefined) => (k && (KV_CACHE_FORMATS as readonly string[]).includes(k) ? k : undefined);

export function asConfigured(label: Label, s: RunSettings, o: ConfiguredOptions): Configured | undefined {
  const model = modelInput(label);
  if (!model) return undefined;
  const quant = s.quant ?? label.quant;
  const choice = chooseEngine(s.engine, o.engine, quant);
  const policy = choice.policy;
  const training = s.mode !== undefined && s.mode !== 'inference';
  const notes = [...choice.notes];
  const gguf = policy === 'llama.cpp' || policy === 'ollama';
  const input: EstimateInput = { ...model, engine: policy };
  const format = quant ?? (gguf && !training ? 'Q4_K_M' : undefined);
  if (format) input.quant = format;
  const preallocates = policy === 'vllm' || policy === 'sglang' || policy === 'tgi';
  if (training) {
    input.mode = s.mode;
    input.contextTokens = s.seqLen ?? s.contextTokens ?? o.contextTokens ?? 8192;
    input.batch = s.trainBatch ?? 1;
    if (s.gradientCheckpointing !== undefined) input.gradientCheckpointing = s.gradientCheckpointing;
    if (s.loraRank !== undefined && s.mode !== 'full') input.loraRank = s.loraRank;
    if (s.optimizer !== undefined) input.optimizer = s.optimizer;
    if (s.flashAttention !== undefined) input.attention = s.flashAttention ? 'flash' : 'eager';
  } else {
    input.contextTokens = s.contextTokens ?? engineDefaultContext(choice.engine, input) ?? o.contextTokens ?? 8192;
    input.batch = policy === 'ollama' || policy === 'transformers' || policy === 'mlx' ? (s.batch ?? 1) : 1;
    const k = kvFormat(s.kvCacheQuant) ?? kvFormat(o.kvCacheQuant);
    if (k) input.kvCacheQuant = k;
    else if (s.kvCacheQuant) notes.push(`${s.kvCacheQuant} KV cache is not modelled; priced at F16`);
    if (s.flashAttention !== undefined) input.flashAttention = s.flashAttention;
  }
  let e: MemoryEstimate | undefined;
  let valueFormat: string | undefined;
  {
    if (input.optimizer !== undefined) {
      // an optimizer the estimator does not know is priced as its default, and said
      if (!unlessInvalid(() => estimateMemory(input))) {
        notes.push(`optimizer ${input.optimizer} is not modelled; priced as AdamW`);
        delete input.optimizer;
      }
    }
    e = unlessInvalid(() => estimateMemory(input));
    if (!e) return undefined;
    // llama.cpp quantizes keys and values separately (-ctk, -ctv); a value type not given stays F16
    const v = kvFormat(s.kvCacheQuantV) ?? (policy === 'llama.cpp' && s.kvCacheQuant ? 'F16' : undefined);
    if (!training && v) valueFormat = v;
    if (!training && v && v !== (input.kvCacheQuant ?? 'F16')) {
      // keys and values are the same size per token: half the cache in each format
      const ev = unlessInvalid(() => estimateMemory({ ...input, kvCacheQuant: v }));
      if (ev) {
        const kv = (e.kvCacheBytes + ev.kvCacheBytes) / 2;
        e = { ...e, kvCacheBytes: kv, totalBytes: e.totalBytes - e.kvCacheBytes + kv };
      }
    }
  }
  const b = (n: number) => formatBytes(n, o.units);
  const gpuCount = (s.tensorParallel ?? 1) * (s.pipelineParallel ?? 1);
  const parts: string[] = [ENGINE_NAMES[choice.engine]];
  if (training) {
    parts.push(
      s.mode === 'qlora' ? `QLoRA${quant ? ` (${quant})` : ''}` : s.mode === 'lora' ? 'LoRA' : 'full fine-tuning',
    );
    parts.push(`${formatInt(input.batch!)} × ${formatInt(input.contextTokens!)}-token sequences`);
    if (s.loraRank !== undefined) parts.push(`rank ${s.loraRank}`);
    if (input.optimizer) parts.push(input.optimizer);
  } else {
    const fromEngine = s.contextTokens === undefined && input.contextTokens !== o.contextTokens;
    parts.push(
      `${formatInt(input.contextTokens!)}-token ` +
        `context${fromEngine ? ` (${ENGINE_NAMES[choice.engine]}'s default)` : ''}`,
    );
    if (s.batch !== undefined && s.batch > 1) {
      parts.push(policy === 'llama.cpp' ? `${s.batch} slots sharing it` : `${s.batch} sequences`);
    }
    const kv = kvLabel(s, policy);
    if (kv) parts.push(kv);
  }
  if (gpuCount > 1) parts.push(`${gpuCount} GPUs`);
  if (s.gpuMemoryUtilization !== undefined) parts[parts.length - 1] += ` at ${s.gpuMemoryUtilization}`;
  // each GPU's share as the engine places the model (estimate/devices.ts), on the user's GPUs
  const split = training ? undefined : configuredSplit(input, s, o.gpusGiB, valueFormat);
  const answer =
    training || !preallocates
      ? plainAnswer(e, s, input, b, split)
      : reservationAnswer(e, s, o, gpuCount, input.contextTokens!, b);
  const lines = [`**As configured here:** ${escapeMarkdown(parts.join(', '))} → ${answer}`];
  const perGpu = split && configuredDeviceLine(split, input, s, o.units);
  if (perGpu) lines.push(`${escapeMarkdown(perGpu)}.`);
  const read = settingsLine(s);
  if (read || notes.length)
    lines.push(
      `_${[read, ...notes]
        .filter(Boolean)
        .map(x => escapeMarkdown(x!))
        .join('; ')}._`,
    );
  return { input, estimate: e, ...(split ? { split } : {}), engine: choice.engine, lines };
}

/**
 * The context an engine runs at when the file does not set one: vLLM and SGLang take the model's
 * own maximum (max_position_embeddings; vLLM engine args `--max-model-len`, SGLang
 * `--context-length`: "defaults to the model config"); Ollama 4,096 tokens (docs/faq.mdx @
 * fb30760996871fa9460115c753afd2c60d4ab0f7). Others: the user's setting.
 */
function engineDefaultContext(engine: RunEngine, input: EstimateInput): number | undefined {
  if (engine === 'ollama') return 4096;
  if (engine !== 'vllm' && engine !== 'sglang') return undefined;
  return unlessInvalid(() => resolveModel(input).arch.contextLength) || undefined;
}

/** "Q8_0 KV cache", or "Q8_0 K / F16 V cache" when llama.cpp quantizes only the keys. */
function kvLabel(s: RunSettings, policy: string): string | undefined {
  if (!s.kvCacheQuant && !s.kvCacheQuantV) return undefined;
  const k = s.kvCacheQuant ?? 'F16';
  const v = s.kvCacheQuantV ?? (policy === 'llama.cpp' ? 'F16' : k);
  return k === v ? `${k} KV cache` : `${k} K / ${v} V cache`;
}

function plainAnswer(
  e: MemoryEstimate,
  s: RunSettings,
  input: EstimateInput,
  b: (n: number) => string,
  split?: MemoryEstimate,
): string {
  const kv = e.kvCacheBytes > 0 ? ` + ${b(e.kvCacheBytes)} KV cache` : '';
  const extra = e.trainingBytes ? ` + ${b(e.trainingBytes)} training state` : '';
  let text = `≈ **${b(e.totalBytes)}** (${b(e.weightsBytes)} weights${kv}${extra} + ${b(e.overheadBytes)} runtime)`;
  const experts = s.cpuMoeLayers !== undefined && s.cpuMoeLayers !== 0 && split?.devices !== undefined;
  if (
    ((s.gpuLayers !== undefined && s.gpuLayers >= 0) || experts) &&
    (input.engine === 'llama.cpp' || input.engine === 'ollama')
  ) {
    const layers = unlessInvalid(() => resolveModel(input).arch.layers);
    const ngl = s.gpuLayers !== undefined && s.gpuLayers >= 0 ? s.gpuLayers : undefined;
    if (layers !== undefined && ((ngl !== undefined && ngl < layers) || experts)) {
      // the device split when there is one (each GPU's layers, KV and compute buffer), so that this
      // figure and the per-GPU line agree; else the layers' share of weights and KV
      const share = (ngl ?? layers) / layers;
      const onDevices = split?.devices?.reduce((x, d) => x + d.totalBytes, 0);
      const gpu = onDevices ?? (e.weightsBytes + e.kvCacheBytes) * share + e.overheadBytes;
      const host = onDevices !== undefined ? (split!.hostBytes ?? 0) : e.totalBytes - gpu;
      const gpus = (split?.devices ?? []).filter(d => d.totalBytes > 0).length > 1 ? 'GPUs' : 'GPU';
      text =
        `≈ **${b(gpu)}** on the ${gpus} (${whatOnGpu(ngl, layers, s.cpuMoeLayers)}) + ${b(host)} in ` +
        `system RAM; ${b(gpu + host)} in all`;
    }
  }
  return `${text}.`;
}

/** "20 of 80 layers", "48 of 48 layers, experts of the first 30 in RAM", "attention of 36 layers; experts in RAM". */
function whatOnGpu(ngl: number | undefined, layers: number, cpuMoe: number | undefined): string {
  const on = `${Math.min(ngl ?? layers, layers)} of ${layers} layers`;
  if (cpuMoe === undefined || cpuMoe === 0) return on;
  return cpuMoe < 0 || cpuMoe >= layers ? `${on}, experts in RAM` : `${on}, experts of the first ${cpuMoe} in RAM`;
}

function reservationAnswer(
  e: MemoryEstimate,
  s: RunSettings,
  o: ConfiguredOptions,
  gpus: number,
  ctx: number,
  b: (n: number) => string,
): string {
  const need = e.weightsBytes + e.overheadBytes * gpus + e.kvCacheBytes;
  const base =
    `needs ≈ **${b(need)}** to start (${b(e.weightsBytes)} weights + ${b(e.overheadBytes * gpus)} ` +
    `runtime + ${b(e.kvCacheBytes)} KV of one full-length sequence)`;
  const cards = (o.gpusGiB ?? []).filter(g => g > 0);
  if (!cards.length) return `${base}; the reserved share is filled with KV cache.`;
  const per = cards.length >= gpus ? cards.slice(0, gpus) : Array.from({ length: gpus }, () => cards[0]);
  const util = s.gpuMemoryUtilization ?? 0.9;
  const reserved = per.reduce((x, y) => x + y, 0) * 2 ** 30 * util;
  // the cards as the user picked them (GB, as sold); the reservation in the user's units
  const share = `${util} of ${gpuCardsText(per)} = ${b(reserved)}`;
  if (need > reserved) return `${base}: **does not fit** in ${share}.`;
  if (e.kvCacheBytes <= 0) return `${base}: **fits** in ${share}.`;
  const room = Math.floor((reserved - e.weightsBytes - e.overheadBytes * gpus) / (e.kvCacheBytes / ctx));
  const seqs = ` (≈ ${formatInt(Math.floor(room / ctx))} full-length sequences at once)`;
  return `${base}: **fits** in ${share}, leaving room for ${formatInt(room)} tokens of KV${seqs}.`;
}

/** The settings read, compactly: "read: --max-model-len 32768, -tp 2, …". */
function settingsLine(s: RunSettings): string | undefined {
  const texts = s.read
    .filter(r => r.field !== 'engine')
    .map(r => r.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!texts.length) return undefined;
  const shown = texts.slice(0, 6).map(t => (t.length > 40 ? `${t.slice(0, 39)}…` : t));
  return `read here: ${shown.join(', ')}${texts.length > 6 ? `, +${texts.length - 6} more` : ''}`;
}

// Splits an inference estimate over the GPUs and the CPU, as each engine places a model:
//  - llama.cpp / Ollama ('layers'): the last N of L repeating layers (and, with N = L + 1, the
//    output layer) go to the GPUs, split by --tensor-split or by each GPU's memory; the input
//    embeddings always stay on the CPU; each layer's KV cache lives where the layer does; each
//    GPU has its own compute buffer, and the main GPU also runs the big matrix products of the
//    layers left on the CPU (it copies their weights in). Source: llama.cpp as vendored in
//    ollama/ollama @ f63eea3d273816ffc27fbeb0662ab44d236abc45: src/llama-model.cpp load_tensors
//    (i_gpu_start = n_layer − n_gpu_layers, splits by free memory, dev_input on the CPU,
//    dev_output = layer n_layer, TENSOR_DUPLICATED output for tied embeddings),
//    ml/backend/ggml/ggml/src/ggml-cuda/ggml-cuda.cu (offload_op: batches of 32 tokens or more).
//    --n-cpu-moe N / --cpu-moe keep the routed experts (ffn_{up,gate,down}_exps) of layers 0 … N−1
//    in system RAM whatever the layer's device (settings/cpuExperts.ts); the rest of those layers
//    and their KV cache stay where the layer is, and the main GPU copies in one expert tensor at a
//    time for large batches, as for the layers left on the CPU.
//  - vLLM / SGLang / TGI / transformers ('sharded'): each of the tensorParallel ranks holds 1/tp
//    of every matrix, of the vocabulary-parallel embeddings and output head, a copy of the norms,
//    and max(1, kvHeads / tp) KV heads (fewer KV heads than ranks are replicated, and so are their
//    K/V projections); MLA's latent cache is whole on every rank. Pipeline stages hold a contiguous
//    share of the layers; embeddings (and the vision tower) on the first stage, the output head on
//    the last. Every rank has its own runtime (CUDA context, graphs, activations) and NCCL buffers.
//  - MLX ('unified'): one pool of unified memory, of which Metal lets the GPU wire a share.
import type { DeviceShare, Engine } from '../types';
import type { Architecture } from './architecture';
import { scaleParts, type WeightsParts } from './weights';
import type { KvCacheResult } from './kvCache';
import type { EnginePolicy, OverheadResult } from './engines/policy';
import { llamaCppStages } from './engines/llamaCpp';
import { OLLAMA_RESERVE_BYTES } from './engines/ollama';
import { CUDA_CONTEXT_BYTES } from './engines/runtime';
import { metalWorkingSetShare } from '../fit/metalWorkingSet';
import { formatInt } from '../units';

export interface PlacementInput {
  engine: Engine;
  policy: EnginePolicy;
  arch: Architecture;
  weightsBytes: number;
  weightsParts?: WeightsParts;
  bitsPerWeight: number;
  kv: KvCacheResult;
  overhead: OverheadResult;
  /** Per sequence, and sequences. */
  contextTokens: number;
  batch: number;
  flashAttention: boolean;
  tensorParallel?: number;
  pipelineParallel?: number;
  gpuLayers?: number;
  gpus?: number[];
  tensorSplit?: number[];
  /** llama.cpp --n-cpu-moe: routed experts of layers 0 … N−1 in system RAM; -1 = every layer. */
  cpuMoeLayers?: number;
  utilization?: number;
  /** Projector and draft model: weights and KV that go with the first GPU (or stage). */
  extraWeightsBytes: number;
  extraKvBytes: number;
}

export interface Placement {
  devices: DeviceShare[];
  hostBytes: number;
  kvCapacityTokens?: number;
  maxGpuLayers?: number;
  /** What the engine reserves on each GPU (pre-allocating engines with known GPUs). */
  reservedBytes?: number;
  notes: string[];
}

const GiB = 2 ** 30;
const fmtGiB = (b: number) => `${(b / GiB).toFixed(1)} GiB`;

/** The weights by role, scaled to add up to the estimate's weights (label blends, exact files). */
function normalizedParts(p: PlacementInput): WeightsParts {
  const a = p.arch;
  const bytesPerWeight = p.bitsPerWeight / 8;
  const parts = p.weightsParts ?? {
    embeddings: a.vocabSize * a.hiddenSize * bytesPerWeight,
    output: a.tiedEmbeddings ? 0 : a.vocabSize * a.hiddenSize * bytesPerWeight,
    layers: 0,
    norms: 0,
    vision: 0,
  };
  const known = parts.embeddings + parts.output + parts.layers + parts.norms + parts.vision;
  if (!p.weightsParts) return { ...parts, layers: Math.max(0, p.weightsBytes - known) };
  const k = known > 0 ? p.weightsBytes / known : 1;
  return scaleParts(parts, k);
}

export function placeOnDevices(p: PlacementInput): Placement {
  const placement = p.policy.placement === 'layers' ? placeLayers(p) : placeSharded(p);
  if (p.utilization !== undefined && !p.policy.reservation) {
    placement.notes.push(
      `gpuMemoryUtilization not used: ${p.engine} allocates what it needs` + ' instead of reserving a share',
    );
  }
  return placement;
}

// ---------------------------------------------------------------- llama.cpp / Ollama ---------

interface LayerPlan {
  devices: DeviceShare[];
  hostBytes: number;
}

/** Shares of the layers per GPU: --tensor-split, else each GPU's memory, else even. */
function splitPoints(p: PlacementInput, gpuCount: number, only?: number): number[] {
  const shares =
    only !== undefined
      ? Array.from({ length: gpuCount }, (_, i) => (i === only ? 1 : 0))
      : (p.tensorSplit ?? p.gpus ?? Array.from({ length: gpuCount }, () => 1));
  const sum = shares.reduce((s, x) => s + x, 0);
  let acc = 0;
  return shares.map(x => (acc += x) / sum);
}

function planLayers(p: PlacementInput, parts: WeightsParts, gpuCount: number, ngl: number, only?: number): LayerPlan {
  const a = p.arch;
  const L = a.layers;
  const splits = splitPoints(p, gpuCount, only);
  const iGpuStart = Math.max(L - ngl, 0);
  const act = Math.min(ngl, L + 1);
  const deviceOf = (il: number): number => {
    if (il < iGpuStart || il - iGpuStart >= act) return -1;
    const x = (il - iGpuStart) / act;
    const k = splits.findIndex(s => s > x);
    return k < 0 ? gpuCount - 1 : k;
  };
  const layerBytes = (parts.layers + parts.norms) / L;
  const kvPerLayer = p.kv.bytes / L;
  // Tied embeddings: the output layer is a duplicate of token_embd on the output device.
  const outputBytes = parts.output > 0 ? parts.output : parts.embeddings;
  // Repeating layer il sits at position j = il − iGpuStart of the offloaded run; GPU k takes the
  // positions with splits[k−1] ≤ j / act < splits[k], counted here without visiting every layer.
  const repeating = Math.max(0, Math.min(L - iGpuStart, act));
  const below = (s: number) => Math.min(repeating, Math.max(0, Math.ceil(s * act)));
  const layersOn = splits.map(
    (s, k) => (k === gpuCount - 1 ? repeating : below(s)) - (k === 0 ? 0 : below(splits[k - 1])),
  );
  const hostLayers = L - repeating;
  const outputDevice = deviceOf(L);
  // Routed experts kept in system RAM (--n-cpu-moe): bytes moved off each GPU.
  const experts = cpuExperts(p, parts, layerBytes);
  const expertsOff = new Array<number>(gpuCount).fill(0);
  for (let il = 0; il < experts.layers; il++) {
    const g = experts.isMoe(il) ? deviceOf(il) : -1;
    if (g >= 0) expertsOff[g] += experts.bytes;
  }
  const movedExperts = expertsOff.reduce((x, y) => x + y, 0);
  const ctx = p.contextTokens * p.batch;
  const stages = llamaCppStages(a, ctx, p.flashAttention);
  const layerStage = Math.max(stages.feedForward, stages.attention);
  // The main GPU multiplies the CPU-resident matrices itself, holding a copy of one at a time.
  const ffn = Math.max(a.intermediateSize, (a.expertIntermediateSize ?? 0) * (a.experts ?? 0));
  const largestLayerMatrix = (a.hiddenSize * ffn * p.bitsPerWeight) / 8;
  const hostCopy = Math.max(
    outputDevice < 0 ? outputBytes + stages.output : 0,
    hostLayers > 0 || movedExperts > 0 ? largestLayerMatrix + stages.feedForward : 0,
  );
  const reserve = p.engine === 'ollama' ? OLLAMA_RESERVE_BYTES : 0;
  const devices: DeviceShare[] = [];
  for (let g = 0; g < gpuCount; g++) {
    const used = layersOn[g] > 0 || outputDevice === g || (g === 0 && only === undefined) || g === only;
    if (!used) {
      devices.push({ label: `GPU ${g}`, weightsBytes: 0, kvCacheBytes: 0, overheadBytes: 0, totalBytes: 0 });
      continue;
    }
    const main = only !== undefined ? g === only : g === 0;
    let weights = layersOn[g] * layerBytes - expertsOff[g] + (outputDevice === g ? outputBytes : 0);
    let kv = layersOn[g] * kvPerLayer;
    if (main) {
      weights += parts.vision + p.extraWeightsBytes;
      kv += p.extraKvBytes;
    }
    const own = Math.max(layersOn[g] > 0 ? layerStage : 0, outputDevice === g ? stages.output : 0);
    const compute = main ? Math.max(own, hostCopy) : own;
    const overhead = compute + CUDA_CONTEXT_BYTES + reserve;
    devices.push({
      label: `GPU ${g}`,
      weightsBytes: weights,
      kvCacheBytes: kv,
      overheadBytes: overhead,
      totalBytes: weights + kv + overhead,
    });
  }
  // experts of layers already on the CPU are in hostLayers × layerBytes: add only the moved ones
  const hostBytes =
    parts.embeddings + hostLayers * (layerBytes + kvPerLayer) + (outputDevice < 0 ? outputBytes : 0) + movedExperts;
  return { devices, hostBytes };
}

/**
 * The routed experts --n-cpu-moe keeps in system RAM: how many leading layers, which of them have
 * experts (dense leading layers, interleaved MoE layers: catalog denseLayers / moeLayerStep), and
 * the bytes of one layer's experts: the weights' own expert tensors (weights.ts parts.experts) over
 * the MoE layers, else the experts' share of a layer's parameters (gate, up and down of every
 * routed expert against those plus attention and shared experts).
 */
function cpuExperts(
  p: PlacementInput,
  parts: WeightsParts,
  layerBytes: number,
): { layers: number; bytes: number; isMoe: (il: number) => boolean } {
  const a = p.arch;
  const none = { layers: 0, bytes: 0, isMoe: () => false };
  if (p.cpuMoeLayers === undefined || p.cpuMoeLayers === 0 || !a.experts || !a.expertIntermediateSize) return none;
  const layers = p.cpuMoeLayers < 0 ? a.layers : Math.min(p.cpuMoeLayers, a.layers);
  const step = a.moeLayerStep ?? 1;
  const isMoe = (il: number) => il >= (a.denseLayers ?? 0) && (il + 1) % step === 0;
  let moeLayers = 0;
  for (let il = 0; il < a.layers; il++) if (isMoe(il)) moeLayers++;
  if (parts.experts !== undefined && moeLayers > 0) return { layers, bytes: parts.experts / moeLayers, isMoe };
  const h = a.hiddenSize;
  const routed = a.experts * 3 * h * a.expertIntermediateSize;
  const shared = (a.sharedExperts ?? 0) * 3 * h * (a.sharedExpertIntermediateSize ?? a.expertIntermediateSize);
  const attention = 2 * h * (a.attentionHeads * a.headDim + a.kvHeads * a.headDim);
  return { layers, bytes: (layerBytes * routed) / (routed + shared + attention), isMoe };
}

function fitsAll(plan: LayerPlan, gpus: number[]): boolean {
  return plan.devices.every((d, i) => d.totalBytes <= gpus[i]);
}

function placeLayers(p: PlacementInput): Placement {
  const parts = normalizedParts(p);
  const L = p.arch.layers;
  const gpuCount = p.gpus?.length ?? p.tensorSplit?.length ?? Math.max(p.tensorParallel ?? 1, p.pipelineParallel ?? 1);
  const notes: string[] = [];
  if ((p.tensorParallel ?? 1) > 1 || (p.pipelineParallel ?? 1) > 1) {
    notes.push(
      `${p.engine} splits whole layers over the GPUs (--split-mode layer):` +
        ` tensor/pipeline parallel read as ${gpuCount} GPUs`,
    );
  }
  const all = L + 1;
  const asked = p.gpuLayers === undefined || p.gpuLayers < 0 ? undefined : Math.min(p.gpuLayers, all);
  let only: number | undefined;
  let maxGpuLayers: number | undefined;
  let ngl = asked ?? all;
  if (p.gpus) {
    const gpus = p.gpus;
    const largest = gpus.indexOf(Math.max(...gpus));
    // Ollama: a model that fits one GPU entirely goes on the largest one (docs/faq.mdx).
    const ollamaOnOne = p.engine === 'ollama' && gpus.length > 1 && !p.tensorSplit;
    if (ollamaOnOne && fitsOne(p, parts, gpuCount, largest, asked ?? all)) {
      only = largest;
      notes.push(`Ollama loads a model that fits one GPU on that GPU alone (GPU ${largest})`);
    }
    for (let n = all; n >= 0; n--) {
      if (fitsAll(planLayers(p, parts, gpuCount, n, only), gpus)) {
        maxGpuLayers = n;
        break;
      }
    }
    if (maxGpuLayers === undefined) maxGpuLayers = 0;
    // Ollama offloads as many layers as fit; llama.cpp takes -ngl as given.
    if (p.engine === 'ollama' && asked === undefined) ngl = maxGpuLayers;
    notes.push(`at most ${maxGpuLayers} of ${all} layers (${L} repeating + output) fit the GPUs given`);
  }
  const plan = planLayers(p, parts, gpuCount, ngl, only);
  if (p.gpus)
    plan.devices.forEach((d, i) => {
      d.capacityBytes = p.gpus![i];
      d.fits = d.totalBytes <= p.gpus![i];
    });
  const onGpu = Math.min(ngl, all);
  const onHost = onGpu < all ? ', the other layers and their KV cache' : '';
  if (p.cpuMoeLayers !== undefined && p.cpuMoeLayers !== 0 && p.arch.experts) {
    const which = p.cpuMoeLayers < 0 ? 'every layer' : `the first ${Math.min(p.cpuMoeLayers, L)} layers`;
    notes.push(`the routed experts of ${which} stay in system RAM (--n-cpu-moe); attention and KV on the GPU`);
  }
  notes.push(
    `${onGpu} of ${all} layers on the GPU${gpuCount > 1 ? 's' : ''}; the input embeddings${onHost}` +
      ` stay in system RAM (${fmtGiB(plan.hostBytes)})`,
  );
  return { devices: plan.devices, hostBytes: plan.hostBytes, maxGpuLayers, notes };
}

function fitsOne(p: PlacementInput, parts: WeightsParts, gpuCount: number, gpu: number, ngl: number): boolean {
  const plan = planLayers(p, parts, gpuCount, ngl, gpu);
  return plan.devices[gpu].totalBytes <= p.gpus![gpu];
}

// ---------------------------------------------------------------- sharded ranks --------------

function stageLayers(layers: number, stages: number): number[] {
  const base = Math.floor(layers / stages);
  const extra = layers % stages;
  return Array.from({ length: stages }, (_, s) => base + (s < extra ? 1 : 0));
}

function placeSharded(p: PlacementInput): Placement {
  const a = p.arch;
  const parts = normalizedParts(p);
  const unified = p.policy.placement === 'unified';
  const tp = p.tensorParallel ?? 1;
  // transformers' device_map="auto" spreads whole layers over every GPU listed.
  const pp = p.pipelineParallel ?? (p.engine === 'transformers' && tp === 1 && p.gpus ? p.gpus.length : 1);
  const ranks = tp * pp;
  const L = a.layers;
  const bytesPerWeight = p.bitsPerWeight / 8;
  // K and V projections: replicated when there are fewer KV heads than ranks.
  const kvProj =
    a.kvLoraRank === undefined
      ? Math.min(parts.layers, 2 * L * a.hiddenSize * a.kvHeads * a.headDim * bytesPerWeight)
      : 0;
  const kvShare = Math.max(1 / tp, 1 / Math.max(1, p.kv.kvHeadsShared));
  const otherKv = p.kv.bytes - p.kv.attentionBytes; // recurrent state: per sequence, sharded by heads
  const runtime = p.overhead.bytes + (ranks > 1 ? p.policy.perRankCommBytes : 0);
  const notes: string[] = [];
  if (tp > 1 && p.kv.kvHeadsShared < tp) {
    notes.push(
      p.kv.kvHeadsShared === 1 && a.kvLoraRank !== undefined
        ? `MLA's latent cache is whole on each of the ${tp} ranks`
        : `${a.kvHeads} KV heads over ${tp} ranks: each rank keeps a copy of one head` +
            ` (the KV cache is replicated ${Math.round(tp / a.kvHeads)}×)`,
    );
  }
  const devices: DeviceShare[] = [];
  const layersPerStage = stageLayers(L, pp);
  for (let s = 0; s < pp; s++) {
    const share = layersPerStage[s] / L;
    const first = s === 0;
    const last = s === pp - 1;
    let weights = share * ((parts.layers - kvProj) / tp + kvProj * kvShare + parts.norms);
    if (first) weights += (parts.embeddings + parts.vision + p.extraWeightsBytes) / tp;
    if (last) weights += (parts.output > 0 ? parts.output : pp > 1 ? parts.embeddings : 0) / tp;
    let kv = share * (p.kv.attentionBytes * kvShare + otherKv / tp);
    if (first) kv += p.extraKvBytes / tp;
    for (let r = 0; r < tp; r++) {
      const index = s * tp + r;
      devices.push({
        label: unified ? (ranks > 1 ? `Mac ${index}` : 'Unified memory') : `GPU ${index}`,
        weightsBytes: weights,
        kvCacheBytes: kv,
        overheadBytes: runtime,
        totalBytes: weights + kv + runtime,
      });
    }
  }
  if (ranks > 1) {
    const layout = [tp > 1 ? `tensor parallel ${tp}` : '', pp > 1 ? `pipeline parallel ${pp}` : '']
      .filter(Boolean)
      .join(' × ');
    const copies = tp > 1 ? ', K/V projections of replicated heads' : '';
    notes.push(`${layout}: each GPU's share; norms${copies} and its own runtime are per GPU`);
  }
  const result: Placement = { devices, hostBytes: 0, notes };
  if (!p.gpus) return result;
  const gpus = p.gpus;
  if (unified) {
    devices.forEach((d, i) => {
      const memory = gpus[i] ?? gpus[0];
      d.capacityBytes = memory * metalWorkingSetShare(memory);
      d.fits = d.totalBytes <= d.capacityBytes;
    });
    const share = Math.round(100 * metalWorkingSetShare(gpus[0]));
    notes.push(
      `MLX wires at most Metal's recommended working set: ${share}% of unified memory` +
        ` (${fmtGiB(devices[0].capacityBytes!)})`,
    );
    return result;
  }
  const reservation = p.policy.reservation;
  let tokens = Infinity;
  const cells = p.contextTokens * p.batch;
  devices.forEach((d, i) => {
    const capacity = gpus[i] ?? gpus[0];
    d.capacityBytes = capacity;
    if (!reservation) {
      d.fits = d.totalBytes <= capacity;
      return;
    }
    const share = p.utilization ?? reservation.defaultShare(capacity, ranks);
    const reserved = share * capacity;
    if (i === 0) result.reservedBytes = reserved;
    let pool: number;
    if (reservation.holds === 'all') {
      const comm = ranks > 1 ? p.policy.perRankCommBytes : 0;
      pool = reserved - d.weightsBytes - (reservation.measuredRuntime?.(p.overhead) ?? d.overheadBytes - comm) - comm;
      d.fits = d.totalBytes <= reserved;
    } else {
      pool = reserved - CUDA_CONTEXT_BYTES - (ranks > 1 ? p.policy.perRankCommBytes : 0) - d.weightsBytes;
      d.fits =
        d.weightsBytes + d.kvCacheBytes + CUDA_CONTEXT_BYTES <= reserved &&
        d.overheadBytes - CUDA_CONTEXT_BYTES <= capacity - reserved;
    }
    const perToken = d.kvCacheBytes / cells;
    if (perToken > 0) tokens = Math.min(tokens, Math.max(0, Math.floor(pool / perToken)));
  });
  if (reservation && Number.isFinite(tokens)) {
    result.kvCapacityTokens = tokens;
    const share = p.utilization ?? reservation.defaultShare(gpus[0], ranks);
    notes.push(
      `${p.engine} reserves ${reservation.flag} = ${Number(share.toFixed(3))} of each GPU` +
        ` (${fmtGiB(share * gpus[0])} of GPU 0); what the weights and runtime leave holds ${formatInt(tokens)} tokens` +
        ' of KV cache',
    );
  }
  return result;
}

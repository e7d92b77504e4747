// Parameters of a model from its normalized description: embeddings, every layer's mixer
// (attention with its biases and norms, MLA, Gated DeltaNet, Mamba-2), feed-forward (dense, MoE
// with shared experts), norms, the output layer, and the multi-token-prediction layers apart.
import type { ArchSpec, LayerSpec } from './archSpec';

export interface ParamCount {
  /** Every parameter of the main model (embeddings, blocks, output), without MTP layers. */
  total: number;
  /** Per token, for MoE: the total less the routed experts a token does not use. */
  active?: number;
  /** The multi-token-prediction layers, counted apart. */
  mtp: number;
}

function normSize(a: ArchSpec, width: number): number {
  return a.norm === 'layer' ? 2 * width : width;
}

function attentionParams(a: ArchSpec, layer: LayerSpec): number {
  const h = a.hidden;
  switch (layer.mixer) {
    case 'none':
      return 0;
    case 'linear-replacement':
      return h * h;
    case 'mamba':
      return mambaParams(a);
    case 'conv': {
      // LFM2: in_proj (hidden → 3 × hidden), a depthwise convolution, out_proj; biases with conv_bias.
      const c = a.shortConv!;
      return 4 * h * h + h * c.kernel + (c.bias ? 5 * h : 0);
    }
    case 'linear':
      return gatedDeltaNetParams(a);
    case 'lightning': {
      // MiniMax lightning attention: fused q/k/v for every head, an output gate, its norm, out_proj.
      const width = a.heads * a.headDim;
      return 3 * h * width + h * width + width + width * h;
    }
    default:
      break;
  }
  if (a.mla) return mlaParams(a, layer);
  const hd = layer.headDim ?? a.headDim;
  const vd = layer.headDim ?? a.vHeadDim;
  const q = a.heads * hd;
  // A layer reusing another's keys and values has no k/v projections; one whose values are its
  // keys has no v projection.
  const kv = layer.kvShared ? 0 : layer.kvHeads * hd;
  const v = layer.kvShared || layer.valueIsKey ? 0 : layer.kvHeads * vd;
  const vOut = a.heads * vd;
  let n = h * q * (a.gatedQuery ? 2 : 1) + h * kv + h * v + vOut * h;
  if (a.attnBias !== 'none') n += q * (a.gatedQuery ? 2 : 1) + kv + v;
  if (a.attnBias === 'all') n += h;
  if (a.qkNorm === 'head') n += normSize(a, hd) * (layer.kvShared ? 1 : 2);
  if (a.qkNorm === 'full') n += normSize(a, q) + normSize(a, kv);
  if (a.sinks) n += a.heads;
  return n;
}

function mlaParams(a: ArchSpec, layer: LayerSpec): number {
  const m = a.mla!;
  const h = a.hidden;
  const qHead = m.nope + m.rope;
  let n = m.qLoraRank ? h * m.qLoraRank + m.qLoraRank + m.qLoraRank * a.heads * qHead : h * a.heads * qHead;
  n += h * (m.kvLoraRank + m.rope) + m.kvLoraRank + m.kvLoraRank * a.heads * (m.nope + m.v) + a.heads * m.v * h;
  if (a.indexer && !layer.sharedIndexer) {
    // wq_b (q latent → heads × dim), wk (hidden → dim), k_norm (LayerNorm: weight and bias), weights_proj.
    const x = a.indexer;
    n += (m.qLoraRank ?? h) * x.heads * x.headDim + h * x.headDim + 2 * x.headDim + h * x.heads;
  }
  return n;
}

/** Gated DeltaNet (Qwen3-Next linear attention), as laid out in its checkpoints. */
function gatedDeltaNetParams(a: ArchSpec): number {
  const g = a.gdn!;
  const h = a.hidden;
  const key = g.keyHeads * g.keyDim;
  const value = g.valueHeads * g.valueDim;
  const inProj = h * (2 * key + 2 * value) + h * 2 * g.valueHeads; // in_proj_qkvz, in_proj_ba
  const conv = (2 * key + value) * g.conv; // depthwise, no bias
  return inProj + conv + 2 * g.valueHeads + g.valueDim + value * h; // dt_bias, A_log, gated norm, out_proj
}

/** Mamba-2 mixer (Nemotron-H, Mamba-2, Falcon-H1 layout). */
export function mambaParams(a: ArchSpec): number {
  const m = a.mamba!;
  const h = a.hidden;
  const inner = m.heads * m.headDim;
  const convDim = inner + 2 * m.groups * m.state;
  const projected = 2 * inner + 2 * m.groups * m.state + m.heads; // z, x, B, C, dt
  const inProj = h * projected + (m.projBias ? projected : 0);
  const conv = convDim * m.conv + (m.convBias ? convDim : 0);
  return inProj + conv + 3 * m.heads + inner + inner * h + (m.projBias ? h : 0); // dt_bias, A_log, D, norm, out_proj
}

function denseFfnParams(a: ArchSpec, width: number): number {
  const h = a.hidden;
  const matrices = (a.gated ? 3 : 2) * h * width;
  return matrices + (a.ffnBias ? (a.gated ? 2 : 1) * width + h : 0);
}

function expertParams(a: ArchSpec): number {
  const m = a.moe!;
  const io = m.latent ?? a.hidden;
  return (a.gated ? 3 : 2) * io * m.width + (m.expertBias ? (a.gated ? 2 : 1) * m.width + io : 0);
}

function ffnParams(a: ArchSpec, layer: LayerSpec): number {
  switch (layer.ffn) {
    case 'none':
      return 0;
    case 'linear-replacement':
      return a.hidden * a.hidden;
    case 'dense':
      return denseFfnParams(a, layer.ffnWidth);
    case 'moe': {
      const m = a.moe!;
      const router = a.hidden * m.experts + (m.routerBias ? m.experts : 0);
      const shared = m.sharedWidth ? (a.gated ? 3 : 2) * a.hidden * m.sharedWidth + (m.sharedGate ? a.hidden : 0) : 0;
      const latent = m.latent ? 2 * a.hidden * m.latent : 0;
      return router + m.experts * expertParams(a) + shared + latent;
    }
  }
}

function layerParams(a: ArchSpec, layer: LayerSpec): number {
  return attentionParams(a, layer) + ffnParams(a, layer) + a.normsPerLayer * normSize(a, a.hidden);
}

export function countParams(a: ArchSpec): ParamCount {
  const h = a.hidden;
  let total = a.vocab * h + (a.tied ? 0 : a.vocab * h + (a.outputBias ? a.vocab : 0));
  total += a.positionRows * h + a.extraParams + (a.perLayerEmbeddings ?? 0) + (a.fixedParams ?? 0);
  if (!a.noFinalNorm) total += normSize(a, h); // final norm
  let idle = 0;
  for (const layer of a.layers) {
    total += layerParams(a, layer);
    if (layer.ffn === 'moe') idle += (a.moe!.experts - a.moe!.perToken) * expertParams(a);
  }
  // An MTP module: a full decoder layer (MoE when the model's last layer is) plus its input norms,
  // the projection of [embedding; hidden] back to hidden and its output norm. Its copies of the
  // embedding and output matrices duplicate the main ones and are not counted.
  const last = a.layers[a.layers.length - 1];
  const mtp = a.mtpLayers * (layerParams(a, last) + 2 * h * h + 3 * normSize(a, h));
  return { total, active: a.moe ? total - idle : undefined, mtp };
}

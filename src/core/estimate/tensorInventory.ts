// The tensors of a model, built from its config the way llama.cpp names them (blk.N.attn_q, …),
// so that each can be given the storage type a format assigns to it. Element counts add up to
// the model's exact parameter count: whatever the config does not describe tensor by tensor
// (vision towers, linear-attention blocks, small extras) is kept as one "other" group.
import type { Architecture } from './architecture';

export type TensorRole =
  | 'token_embd'
  | 'output'
  | 'attn_q'
  | 'attn_k'
  | 'attn_v'
  | 'attn_output'
  | 'attn_qkv'
  | 'attn_q_a'
  | 'attn_q_b'
  | 'attn_kv_a'
  | 'attn_kv_b'
  | 'ffn_gate'
  | 'ffn_up'
  | 'ffn_down'
  | 'ffn_gate_exps'
  | 'ffn_up_exps'
  | 'ffn_down_exps'
  | 'ffn_gate_shexp'
  | 'ffn_up_shexp'
  | 'ffn_down_shexp'
  | 'router'
  | 'small'
  | 'other'
  | 'vision'
  | 'per_layer_embd';

export interface Tensor {
  role: TensorRole;
  /** Block index, for per-layer rules. */
  layer?: number;
  /** Row length (ggml ne[0]): quantized blocks must divide it. */
  rowLength: number;
  elements: number;
  /** One 3-D tensor holding every expert of a layer. */
  experts?: boolean;
}

export interface InventoryShape extends Architecture {
  family: string;
  params: number;
  releasedQuant?: string;
  /** Label-only estimates: a catalog model's tensors scaled to the label's size. */
  elementScale?: number;
  /** False for a plain two-matrix FFN (GPT-2, StarCoder2, Nemotron-H); read from the config. */
  gatedFfn?: boolean;
}

/** Families whose checkpoints fuse q/k/v into one matrix and gate/up into another (Phi-3, Phi-4). */
const FUSED = new Set(['phi3', 'phi4']);

/** The feed-forward a layer has, from layerBlocks when the model lists its blocks. */
function ffnKind(m: InventoryShape, layer: number): 'D' | 'E' | 'N' {
  const c = m.layerBlocks?.[2 * layer + 1];
  if (c === 'D' || c === 'E' || c === 'N') return c;
  return isMoeLayer(m, layer) ? 'E' : 'D';
}

function isMoeLayer(m: InventoryShape, layer: number): boolean {
  if (m.layerBlocks) return m.layerBlocks[2 * layer + 1] === 'E';
  if (!m.experts) return false;
  if (layer < (m.denseLayers ?? 0)) return false;
  const step = m.moeLayerStep ?? 1;
  return (layer + 1) % step === 0;
}

/** Every tensor of the model, one set per layer (blk.0 … blk.N-1). */
export function tensorInventory(m: InventoryShape): Tensor[] {
  return inventory(
    m,
    Array.from({ length: m.layers }, (_, i) => ({ layer: i, count: 1 })),
  );
}

/**
 * The same tensors with alike layers merged: layers of the same structure (dense or MoE, full or
 * linear attention) for which `ruleClass` gives the same number become one set of tensors, at the
 * first such layer, whose element counts cover them all. Pricing a format then visits a few dozen
 * tensors instead of every layer's; `ruleClass` must tell apart every two layers that a pricing
 * rule treats differently (quant/ggufMix.ts layerRuleClass does for llama.cpp's rules).
 */
export function mergedTensorInventory(
  m: InventoryShape,
  ruleClass: (layer: number, layers: number) => number,
): Tensor[] {
  const groups = new Map<number, LayerGroup>();
  for (let i = 0; i < m.layers; i++) {
    const ffn = { D: 0, E: 2, N: 4 }[ffnKind(m, i)];
    const key = ruleClass(i, m.layers) * 8 + ffn + (isFullAttentionLayer(m, i) ? 1 : 0);
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { layer: i, count: 1 });
  }
  return inventory(m, [...groups.values()]);
}

/** A layer standing for `count` alike layers. */
interface LayerGroup {
  layer: number;
  count: number;
}

function inventory(m: InventoryShape, layerGroups: readonly LayerGroup[]): Tensor[] {
  const h = m.hiddenSize;
  const out: Tensor[] = [];
  let modelled = 0;
  const push = (t: Tensor) => {
    out.push(t);
    modelled += t.elements;
  };
  const add = (role: TensorRole, rowLength: number, rows: number, layer?: number, experts?: number, count = 1) => {
    const t: Tensor = { role, rowLength, elements: rowLength * rows * (experts ?? 1) * count };
    if (layer !== undefined) t.layer = layer;
    if (experts) t.experts = true;
    push(t);
  };

  add('token_embd', h, m.vocabSize);
  // Gemma 3n's per-layer embeddings: one 256-wide vector per layer for every token id.
  if (m.perLayerEmbeddings) push({ role: 'per_layer_embd', rowLength: 256 * m.layers, elements: m.perLayerEmbeddings });
  if (!m.tiedEmbeddings) add('output', h, m.vocabSize);
  const q = m.attentionHeads * m.headDim;
  const kv = m.kvHeads * m.headDim;
  const fused = FUSED.has(m.family) && !m.experts;
  const gated = m.gatedFfn ?? m.family !== 'falcon';

  for (const { layer: i, count } of layerGroups) {
    const addHere = (role: TensorRole, rowLength: number, rows: number, experts?: number) =>
      add(role, rowLength, rows, i, experts, count);
    // Attention.
    if (m.kvLoraRank !== undefined) {
      const nope = m.qkNopeHeadDim ?? 128;
      const rope = m.qkRopeHeadDim ?? 64;
      const v = m.vHeadDim ?? 128;
      if (m.qLoraRank) {
        addHere('attn_q_a', h, m.qLoraRank);
        addHere('attn_q_b', m.qLoraRank, m.attentionHeads * (nope + rope));
      } else {
        addHere('attn_q', h, m.attentionHeads * (nope + rope));
      }
      addHere('attn_kv_a', h, m.kvLoraRank + rope);
      addHere('attn_kv_b', m.kvLoraRank, m.attentionHeads * (nope + v));
      addHere('attn_output', m.attentionHeads * v, h);
    } else if ((m.linearAttentionLayers || m.layerBlocks) && !isFullAttentionLayer(m, i)) {
      // Linear-attention (Gated DeltaNet), Mamba or convolution block, or none: the projections of
      // the first three are counted in "other" below.
    } else if (fused || m.family === 'falcon') {
      addHere('attn_qkv', h, q + 2 * kv);
      addHere('attn_output', q, h);
    } else {
      // Values may be narrower than keys (MiMo-V2's v_head_dim). Where full-attention layers have
      // fewer KV heads than the sliding ones (MiMo-V2) and the layer's kind is not listed, the
      // fewer are laid out; the rest of those matrices is in "other" below.
      const vWidth = m.vHeadDim ?? m.headDim;
      const sameWidth = (m.fullAttentionHeadDim ?? m.headDim) === m.headDim;
      const kvHeads = sameWidth ? Math.min(m.kvHeads, m.fullAttentionKvHeads ?? m.kvHeads) : m.kvHeads;
      addHere('attn_q', h, q);
      addHere('attn_k', h, kvHeads * m.headDim);
      addHere('attn_v', h, kvHeads * vWidth);
      addHere('attn_output', m.attentionHeads * vWidth, h);
    }
    // Feed-forward.
    const ffn = ffnKind(m, i);
    if (ffn === 'N') {
      // A hybrid's layer without a feed-forward.
    } else if (ffn === 'E') {
      const e = m.experts!;
      const f = m.expertIntermediateSize ?? m.intermediateSize;
      // Latent MoE: the experts read and write the latent width (its projections are in "other").
      const io = m.expertLatentSize ?? h;
      addHere('router', h, e);
      if (gated) addHere('ffn_gate_exps', io, f, e);
      addHere('ffn_up_exps', io, f, e);
      addHere('ffn_down_exps', f, io, e);
      if (m.sharedExperts) {
        const s = (m.sharedExpertIntermediateSize ?? f) * m.sharedExperts;
        if (gated) addHere('ffn_gate_shexp', h, s);
        addHere('ffn_up_shexp', h, s);
        addHere('ffn_down_shexp', s, h);
      }
    } else if (fused) {
      addHere('ffn_up', h, 2 * m.intermediateSize);
      addHere('ffn_down', m.intermediateSize, h);
    } else {
      if (gated) addHere('ffn_gate', h, m.intermediateSize);
      addHere('ffn_up', h, m.intermediateSize);
      addHere('ffn_down', m.intermediateSize, h);
    }
  }

  // Norms and biases stay in full precision; their exact count is small and architecture-specific,
  // so it is part of the remainder below together with anything else the config does not list.
  const vision = Math.min(m.visionParams ?? 0, Math.max(0, m.params - modelled));
  if (vision > 0) out.push({ role: 'vision', rowLength: h, elements: vision });
  const rest = m.params - modelled - vision;
  // Below 0.5% of the model the remainder is norms and biases; above, real matrices.
  if (rest > 0) out.push({ role: rest < m.params * 0.005 ? 'small' : 'other', rowLength: h, elements: rest });
  const scale = m.elementScale ?? 1;
  if (scale !== 1) for (const t of out) t.elements *= scale;
  return out;
}

/** Qwen3-Next: one full-attention layer after every three linear ones; hybrids: their layerBlocks. */
function isFullAttentionLayer(m: InventoryShape, layer: number): boolean {
  if (m.layerBlocks) return m.layerBlocks[2 * layer] === 'A';
  const linear = m.linearAttentionLayers ?? 0;
  if (!linear) return true;
  const interval = Math.round(m.layers / (m.layers - linear));
  return (layer + 1) % interval === 0;
}

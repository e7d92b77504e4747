// The tensors of a model, built from its config the way llama.cpp names them (blk.N.attn_q, …),
// so that each can be given the storage type a format assigns to it. Element counts add up to
// the model's exact parameter count: whatever the config does not describe tensor by tensor
// (vision towers, linear-attention blocks, small extras) is kept as one "other" group.
import type { Architecture } from './architecture';

export type TensorRole =
  | 'token_embd' | 'output' | 'attn_q' | 'attn_k' | 'attn_v' | 'attn_output' | 'attn_qkv'
  | 'attn_q_a' | 'attn_q_b' | 'attn_kv_a' | 'attn_kv_b'
  | 'ffn_gate' | 'ffn_up' | 'ffn_down' | 'ffn_gate_exps' | 'ffn_up_exps' | 'ffn_down_exps'
  | 'ffn_gate_shexp' | 'ffn_up_shexp' | 'ffn_down_shexp' | 'router' | 'small' | 'other' | 'vision'
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
}

/** Families whose checkpoints fuse q/k/v into one matrix and gate/up into another (Phi-3, Phi-4). */
const FUSED = new Set(['phi3', 'phi4']);

function isMoeLayer(m: InventoryShape, layer: number): boolean {
  if (!m.experts) return false;
  if (layer < (m.denseLayers ?? 0)) return false;
  const step = m.moeLayerStep ?? 1;
  return (layer + 1) % step === 0;
}

export function tensorInventory(m: InventoryShape): Tensor[] {
  const h = m.hiddenSize;
  const out: Tensor[] = [];
  const add = (role: TensorRole, rowLength: number, rows: number, layer?: number, experts?: number) => {
    const t: Tensor = { role, rowLength, elements: rowLength * rows * (experts ?? 1) };
    if (layer !== undefined) t.layer = layer;
    if (experts) t.experts = true;
    out.push(t);
  };

  add('token_embd', h, m.vocabSize);
  // Gemma 3n's per-layer embeddings: one 256-wide vector per layer for every token id.
  if (m.perLayerEmbeddings) out.push({ role: 'per_layer_embd', rowLength: 256 * m.layers, elements: m.perLayerEmbeddings });
  if (!m.tiedEmbeddings) add('output', h, m.vocabSize);
  const q = m.attentionHeads * m.headDim;
  const kv = m.kvHeads * m.headDim;
  const fused = FUSED.has(m.family) && !m.experts;
  const gated = m.family !== 'falcon';

  for (let i = 0; i < m.layers; i++) {
    // Attention.
    if (m.kvLoraRank !== undefined) {
      const nope = m.qkNopeHeadDim ?? 128;
      const rope = m.qkRopeHeadDim ?? 64;
      const v = m.vHeadDim ?? 128;
      if (m.qLoraRank) {
        add('attn_q_a', h, m.qLoraRank, i);
        add('attn_q_b', m.qLoraRank, m.attentionHeads * (nope + rope), i);
      } else {
        add('attn_q', h, m.attentionHeads * (nope + rope), i);
      }
      add('attn_kv_a', h, m.kvLoraRank + rope, i);
      add('attn_kv_b', m.kvLoraRank, m.attentionHeads * (nope + v), i);
      add('attn_output', m.attentionHeads * v, h, i);
    } else if (m.linearAttentionLayers && !isFullAttentionLayer(m, i)) {
      // Linear-attention (Gated DeltaNet) block: its projections are counted in "other" below.
    } else if (fused || m.family === 'falcon') {
      add('attn_qkv', h, q + 2 * kv, i);
      add('attn_output', q, h, i);
    } else {
      add('attn_q', h, q, i);
      add('attn_k', h, kv, i);
      add('attn_v', h, kv, i);
      add('attn_output', q, h, i);
    }
    // Feed-forward.
    if (isMoeLayer(m, i)) {
      const e = m.experts!;
      const f = m.expertIntermediateSize ?? m.intermediateSize;
      add('router', h, e, i);
      add('ffn_gate_exps', h, f, i, e);
      add('ffn_up_exps', h, f, i, e);
      add('ffn_down_exps', f, h, i, e);
      if (m.sharedExperts) {
        const s = (m.sharedExpertIntermediateSize ?? f) * m.sharedExperts;
        add('ffn_gate_shexp', h, s, i);
        add('ffn_up_shexp', h, s, i);
        add('ffn_down_shexp', s, h, i);
      }
    } else if (fused) {
      add('ffn_up', h, 2 * m.intermediateSize, i);
      add('ffn_down', m.intermediateSize, h, i);
    } else {
      if (gated) add('ffn_gate', h, m.intermediateSize, i);
      add('ffn_up', h, m.intermediateSize, i);
      add('ffn_down', m.intermediateSize, h, i);
    }
  }

  // Norms and biases stay in full precision; their exact count is small and architecture-specific,
  // so it is part of the remainder below together with anything else the config does not list.
  const modelled = out.reduce((s, t) => s + t.elements, 0);
  const vision = Math.min(m.visionParams ?? 0, Math.max(0, m.params - modelled));
  if (vision > 0) out.push({ role: 'vision', rowLength: h, elements: vision });
  const rest = m.params - modelled - vision;
  // Below 0.5% of the model the remainder is norms and biases; above, real matrices.
  if (rest > 0) out.push({ role: rest < m.params * 0.005 ? 'small' : 'other', rowLength: h, elements: rest });
  const scale = m.elementScale ?? 1;
  if (scale !== 1) for (const t of out) t.elements *= scale;
  return out;
}

/** Qwen3-Next: one full-attention layer after every three linear ones. */
function isFullAttentionLayer(m: InventoryShape, layer: number): boolean {
  const linear = m.linearAttentionLayers ?? 0;
  if (!linear) return true;
  const interval = Math.round(m.layers / (m.layers - linear));
  return (layer + 1) % interval === 0;
}

// BART-style encoder-decoders (bart, mbart, plbart, marian, pegasus, m2m_100 / NLLB, blenderbot,
// blenderbot-small), from huggingface/transformers src/transformers/models/<type>/modeling_<type>.py.
// Both stacks are post-norm (BART, Marian, PLBART, Blenderbot-small) or pre-norm with a final
// LayerNorm (mBART, Pegasus, M2M100, Blenderbot); encoder layers hold self-attention and an MLP
// (fc1, fc2), decoder layers add cross-attention; every projection has a bias. What differs:
// - position tables: learned with 2 spare rows (BART, mBART, PLBART), learned without
//   (Blenderbot, Blenderbot-small), sinusoidal but kept as frozen parameters (Marian, Pegasus:
//   they load with the weights), sinusoidal buffers outside the parameters (M2M100);
// - layernorm_embedding after the embeddings (BART, mBART, PLBART, Blenderbot-small);
// - Marian may give the decoder its own vocabulary (share_encoder_decoder_embeddings false).
// The output layer is tied to the (decoder) embeddings; final_logits_bias is a buffer.
import type { ConfigFields } from './configFields';

export const SEQ2SEQ_TYPES = new Set([
  'bart',
  'mbart',
  'plbart',
  'marian',
  'pegasus',
  'm2m_100',
  'blenderbot',
  'blenderbot-small',
]);

interface Layout {
  /** Rows of each position table that are parameters (per stack), from max_position_embeddings. */
  positionRows: (max: number) => number;
  embeddingNorm: boolean;
  finalNorm: boolean;
}

const LAYOUTS: Record<string, Layout> = {
  bart: { positionRows: m => m + 2, embeddingNorm: true, finalNorm: false },
  mbart: { positionRows: m => m + 2, embeddingNorm: true, finalNorm: true },
  plbart: { positionRows: m => m + 2, embeddingNorm: true, finalNorm: false },
  marian: { positionRows: m => m, embeddingNorm: false, finalNorm: false },
  pegasus: { positionRows: m => m, embeddingNorm: false, finalNorm: true },
  m2m_100: { positionRows: () => 0, embeddingNorm: false, finalNorm: true },
  blenderbot: { positionRows: m => m, embeddingNorm: false, finalNorm: true },
  'blenderbot-small': { positionRows: m => m, embeddingNorm: true, finalNorm: false },
};

export interface Seq2seqCount {
  params: number;
  hidden: number;
  encoderLayers: number;
  decoderLayers: number;
  decoderHeads: number;
  decoderFfn: number;
  vocab: number;
  context: number;
}

export function readSeq2seq(f: ConfigFields): Seq2seqCount {
  const layout = LAYOUTS[f.modelType];
  if (!layout) throw new TypeError(`model_type ${JSON.stringify(f.modelType)} is not a BART-style encoder-decoder`);
  const d = f.need('d_model');
  const enc = f.need('encoder_layers');
  const dec = f.need('decoder_layers');
  const encHeads = f.need('encoder_attention_heads');
  const decHeads = f.need('decoder_attention_heads');
  const encFfn = f.need('encoder_ffn_dim');
  const decFfn = f.need('decoder_ffn_dim');
  const vocab = f.need('vocab_size');
  if (d % encHeads !== 0 || d % decHeads !== 0) {
    throw new TypeError(`config gives d_model ${d} for ${encHeads} / ${decHeads} heads`);
  }
  const maxPositions = f.num('max_position_embeddings') ?? 1024;
  const ownDecoderVocab =
    f.modelType === 'marian' && f.bool('share_encoder_decoder_embeddings') === false
      ? (f.num('decoder_vocab_size') ?? vocab)
      : 0;
  const attention = 4 * (d * d + d);
  const norm = 2 * d;
  const mlp = (w: number) => d * w + w + w * d + d;
  const encoderLayer = attention + norm + mlp(encFfn) + norm;
  const decoderLayer = 2 * (attention + norm) + mlp(decFfn) + norm;
  const perStack =
    layout.positionRows(maxPositions) * d + (layout.embeddingNorm ? norm : 0) + (layout.finalNorm ? norm : 0);
  const params = (vocab + ownDecoderVocab) * d + 2 * perStack + enc * encoderLayer + dec * decoderLayer;
  return {
    params,
    hidden: d,
    encoderLayers: enc,
    decoderLayers: dec,
    decoderHeads: decHeads,
    decoderFfn: decFfn,
    vocab: ownDecoderVocab || vocab,
    context: maxPositions,
  };
}

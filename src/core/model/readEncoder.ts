// Encoder and encoder-decoder models (BERT and its kin, T5, Whisper), read for their parameter
// count and the shape of their attention. Layouts from huggingface/transformers modeling_bert.py,
// modeling_t5.py, modeling_whisper.py, modeling_modernbert.py (CamemBERT is RoBERTa's).
import type { ArchSpec } from './archSpec';
import type { ConfigFields } from './configFields';

export const ENCODER_TYPES = new Set([
  'bert',
  'roberta',
  'xlm-roberta',
  'camembert',
  'modernbert',
  'distilbert',
  'electra',
  'mpnet',
  't5',
  'mt5',
  'umt5',
  'whisper',
]);

export interface EncoderRead {
  spec: ArchSpec;
  params: number;
}

function spec(
  f: ConfigFields,
  layers: number,
  hidden: number,
  heads: number,
  headDim: number,
  vocab: number,
  context: number,
  intermediate: number,
  tied: boolean,
): ArchSpec {
  return {
    modelType: f.modelType,
    family: 'other',
    hidden,
    heads,
    kvHeads: heads,
    headDim,
    vHeadDim: headDim,
    vocab,
    tied,
    context,
    intermediate,
    gated: false,
    ffnBias: true,
    attnBias: 'all',
    norm: 'layer',
    normsPerLayer: 2,
    qkNorm: 'none',
    gatedQuery: false,
    sinks: false,
    positionRows: 0,
    extraParams: 0,
    outputBias: false,
    mtpLayers: 0,
    notes: [],
    layers: Array.from({ length: layers }, () => ({
      mixer: 'full',
      ffn: 'dense',
      ffnWidth: intermediate,
      kvHeads: heads,
    })),
  };
}

export function readEncoder(f: ConfigFields): EncoderRead {
  const t = f.modelType;
  if (t === 't5' || t === 'mt5' || t === 'umt5') {
    const d = f.need('d_model');
    const dkv = f.need('d_kv');
    const heads = f.need('num_heads');
    const ff = f.need('d_ff');
    const enc = f.need('num_layers');
    const dec = f.num('num_decoder_layers') ?? enc;
    const vocab = f.need('vocab_size');
    const buckets = f.num('relative_attention_num_buckets') ?? 32;
    const gatedFfn = /^gated-/.test(f.str('feed_forward_proj') ?? 'relu');
    const tied = f.bool('tie_word_embeddings') ?? true;
    const attn = 4 * d * heads * dkv;
    const ffn = (gatedFfn ? 3 : 2) * d * ff;
    // umT5 gives every layer its own relative position bias; T5 only the first of each stack.
    const bias = buckets * heads * (t === 'umt5' ? enc + dec : 2);
    const params =
      vocab * d * (tied ? 1 : 2) + enc * (attn + ffn + 2 * d) + dec * (2 * attn + ffn + 3 * d) + 2 * d + bias;
    // T5 has no position table; 512 tokens is the length it was trained on (n_positions).
    return { spec: spec(f, dec, d, heads, dkv, vocab, f.num('n_positions') ?? 512, ff, tied), params };
  }
  if (t === 'whisper') {
    const d = f.need('d_model');
    const vocab = f.need('vocab_size');
    const enc = f.need('encoder_layers');
    const dec = f.need('decoder_layers');
    const heads = f.need('decoder_attention_heads');
    const encFfn = f.need('encoder_ffn_dim');
    const decFfn = f.need('decoder_ffn_dim');
    const mels = f.need('num_mel_bins');
    const src = f.need('max_source_positions');
    const tgt = f.need('max_target_positions');
    const attn = 4 * d * d + 3 * d; // k has no bias
    const ffn = (w: number) => 2 * d * w + w + d;
    const encoder = mels * d * 3 + d + d * d * 3 + d + src * d + enc * (attn + ffn(encFfn) + 4 * d) + 2 * d;
    const decoder = vocab * d + tgt * d + dec * (2 * attn + ffn(decFfn) + 6 * d) + 2 * d;
    return { spec: spec(f, dec, d, heads, d / heads, vocab, tgt, decFfn, true), params: encoder + decoder };
  }
  if (t === 'modernbert') return readModernBert(f);
  // BERT family: token, position and token-type embeddings, post-norm blocks, a pooler.
  const h = f.need('hidden_size', 'dim');
  const layers = f.need('num_hidden_layers', 'n_layers');
  const heads = f.need('num_attention_heads', 'n_heads');
  const inner = f.num('intermediate_size', 'hidden_dim') ?? 4 * h;
  const vocab = f.need('vocab_size');
  const positions = f.num('max_position_embeddings') ?? 512;
  const types = t === 'distilbert' ? 0 : (f.num('type_vocab_size') ?? 2);
  const embedding = (vocab + positions + types) * h + 2 * h;
  const block = 4 * (h * h + h) + 2 * h * inner + inner + h + 4 * h;
  const pooler = t === 'distilbert' ? 0 : h * h + h;
  const params = embedding + layers * block + pooler;
  return { spec: spec(f, layers, h, heads, h / heads, vocab, positions, inner, true), params };
}

/**
 * ModernBERT: token embeddings and their norm (no position table: RoPE), pre-norm blocks with a
 * fused qkv, a GLU MLP (Wi twice the intermediate width) and no norm before the first layer's
 * attention, a final norm, and the masked-LM head (dense, norm, the tied decoder's bias).
 * LayerNorms have biases only with norm_bias.
 */
function readModernBert(f: ConfigFields): EncoderRead {
  const h = f.need('hidden_size');
  const layers = f.need('num_hidden_layers');
  const heads = f.need('num_attention_heads');
  const inner = f.need('intermediate_size');
  const vocab = f.need('vocab_size');
  const norm = f.bool('norm_bias') === true ? 2 * h : h;
  const attnBias = f.bool('attention_bias') === true;
  const mlpBias = f.bool('mlp_bias') === true;
  const attention = 4 * h * h + (attnBias ? 4 * h : 0);
  const mlp = 3 * h * inner + (mlpBias ? 2 * inner + h : 0);
  const blocks = layers * (attention + mlp + 2 * norm) - norm; // layer 0 has no attention norm
  const head =
    h * h + (f.bool('classifier_bias') === true ? h : 0) + norm + (f.bool('decoder_bias') === false ? 0 : vocab);
  const params = vocab * h + norm + blocks + norm + head;
  const context = f.num('max_position_embeddings') ?? 8192;
  return { spec: spec(f, layers, h, heads, h / heads, vocab, context, inner, true), params };
}

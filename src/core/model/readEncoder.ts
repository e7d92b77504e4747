// Encoder and encoder-decoder models (BERT and its kin, T5, Whisper), read for their parameter
// count and the shape of their attention. Layouts from huggingface/transformers modeling_bert.py,
// modeling_t5.py, modeling_longt5.py, modeling_whisper.py, modeling_modernbert.py (CamemBERT is
// RoBERTa's); ALBERT, DeBERTa, Nomic BERT and the BART family have files of their own.
import type { ArchSpec } from './archSpec';
import type { ConfigFields } from './configFields';
import { readAlbert } from './readAlbert';
import { readDeberta } from './readDeberta';
import { readNomicBert } from './readNomicBert';
import { readSeq2seq, SEQ2SEQ_TYPES } from './readSeq2seq';

export const ENCODER_TYPES = new Set([
  'bert',
  'roberta',
  'roberta-prelayernorm',
  'xlm-roberta',
  'camembert',
  'modernbert',
  'distilbert',
  'electra',
  'mpnet',
  't5',
  'mt5',
  'umt5',
  'longt5',
  'whisper',
  'deberta',
  'deberta-v2',
  'albert',
  'nomic_bert',
  'jina_embeddings_v3',
  ...SEQ2SEQ_TYPES,
]);

export interface EncoderRead {
  spec: ArchSpec;
  params: number;
  /** Mixture-of-experts encoders (Nomic Embed v2 MoE): the parameters one token runs through. */
  active?: number;
  /** 'encoder': a bidirectional encoder run once per input, no KV cache; 'encoder-decoder': the
   *  spec's layers are the decoder's, which also attends to the encoder's output. */
  kind: 'encoder' | 'encoder-decoder';
  /** Encoder-decoders whose encoder reads a fixed number of positions (Whisper: 1,500 frames). */
  encoderTokens?: number;
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
  if (t === 't5' || t === 'mt5' || t === 'umt5' || t === 'longt5') {
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
    let bias = buckets * heads * (t === 'umt5' ? enc + dec : 2);
    // LongT5 with transient-global attention: a global position bias in the first encoder layer and
    // a LayerNorm of the global tokens in every encoder layer.
    const global = t === 'longt5' && f.str('encoder_attention_type') === 'transient-global';
    if (global) bias += buckets * heads + enc * d;
    // T5 has no position table; 512 tokens is the length it was trained on (n_positions).
    const context = f.num('n_positions') ?? 512;
    // T5EncoderModel checkpoints (the text encoders of FLUX, SD3, PixArt) hold the shared
    // embedding and the encoder stack only: no decoder, no output layer.
    if (encoderOnlyT5(f)) {
      const encBias = buckets * heads * (t === 'umt5' ? enc : 1) + (global ? buckets * heads + enc * d : 0);
      const encoderParams = vocab * d + enc * (attn + ffn + 2 * d) + d + encBias;
      return { spec: spec(f, enc, d, heads, dkv, vocab, context, ff, true), params: encoderParams, kind: 'encoder' };
    }
    const params =
      vocab * d * (tied ? 1 : 2) + enc * (attn + ffn + 2 * d) + dec * (2 * attn + ffn + 3 * d) + 2 * d + bias;
    return { spec: spec(f, dec, d, heads, dkv, vocab, context, ff, tied), params, kind: 'encoder-decoder' };
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
    return {
      spec: spec(f, dec, d, heads, d / heads, vocab, tgt, decFfn, true),
      params: encoder + decoder,
      kind: 'encoder-decoder',
      encoderTokens: src,
    };
  }
  if (SEQ2SEQ_TYPES.has(t)) {
    const c = readSeq2seq(f);
    const headDim = c.hidden / c.decoderHeads;
    const s2s = spec(f, c.decoderLayers, c.hidden, c.decoderHeads, headDim, c.vocab, c.context, c.decoderFfn, true);
    return { spec: s2s, params: c.params, kind: 'encoder-decoder' };
  }
  if (t === 'modernbert') return readModernBert(f);
  if (t === 'albert') {
    const c = readAlbert(f);
    const headDim = c.hidden / c.heads;
    return { spec: spec(f, c.layers, c.hidden, c.heads, headDim, c.vocab, c.context, c.inner, true), ...only(c) };
  }
  if (t === 'deberta' || t === 'deberta-v2') {
    const c = readDeberta(f);
    const headDim = c.hidden / c.heads;
    return { spec: spec(f, c.layers, c.hidden, c.heads, headDim, c.vocab, c.context, c.inner, true), ...only(c) };
  }
  if (t === 'nomic_bert') {
    const c = readNomicBert(f);
    const s = spec(f, c.layers, c.hidden, c.heads, c.hidden / c.heads, c.vocab, c.context, c.inner, true);
    s.gated = c.gated;
    if (!c.qkvBias) s.attnBias = 'none';
    return c.active < c.params ? { spec: s, ...only(c), active: c.active } : { spec: s, ...only(c) };
  }
  // BERT family: token, position and token-type embeddings, post-norm blocks, a pooler.
  const h = f.need('hidden_size', 'dim');
  const layers = f.need('num_hidden_layers', 'n_layers');
  const heads = f.need('num_attention_heads', 'n_heads');
  const inner = f.num('intermediate_size', 'hidden_dim') ?? 4 * h;
  const vocab = f.need('vocab_size');
  const positions = f.num('max_position_embeddings') ?? 512;
  const types = t === 'distilbert' ? 0 : (f.num('type_vocab_size') ?? 2);
  const jina = jinaBert(f);
  // JinaBERT (ALiBi) has no position table; its GLU MLP widens the up projection to two halves.
  // Rotary positions need none either: Jina Embeddings v3 (XLM-RoBERTa with RoPE; transformers
  // models/jina_embeddings_v3, whose task LoRA adapters ship as separate adapter checkpoints).
  const rotary = f.str('position_embedding_type') === 'rotary' || t === 'jina_embeddings_v3';
  const table = jina?.alibi || rotary ? 0 : positions;
  // ELECTRA's small models embed in a narrower embedding_size, projected up to hidden_size
  // (ElectraEmbeddings, embeddings_project in modeling_electra.py); ElectraModel has no pooler.
  const e = f.num('embedding_size') ?? h;
  const embedding = (vocab + table + types) * e + 2 * e + (e !== h ? e * h + h : 0);
  const mlp = jina?.glu ? 2 * h * inner + inner * h + h : 2 * h * inner + inner + h;
  const block = 4 * (h * h + h) + mlp + 4 * h;
  const pooler = t === 'distilbert' || t === 'electra' ? 0 : h * h + h;
  // RoBERTa-PreLayerNorm moves each block's norms before it (two per layer still) and adds a
  // final LayerNorm after the stack (RobertaPreLayerNormModel.LayerNorm).
  const finalNorm = t === 'roberta-prelayernorm' ? 2 * h : 0;
  const params = embedding + layers * block + pooler + finalNorm;
  const read: EncoderRead = {
    spec: spec(f, layers, h, heads, h / heads, vocab, positions, inner, true),
    params,
    kind: 'encoder',
  };
  if (jina) read.spec.notes.push(jina.note);
  return read;
}

/** A config whose only architecture is a T5 family's EncoderModel class. */
function encoderOnlyT5(f: ConfigFields): boolean {
  const arch = f.value('architectures');
  return (
    Array.isArray(arch) &&
    arch.length > 0 &&
    arch.every(a => typeof a === 'string' && /^(?:T5|MT5|UMT5|LongT5)EncoderModel$/.test(a))
  );
}

function only(c: { params: number }): { params: number; kind: 'encoder' } {
  return { params: c.params, kind: 'encoder' };
}

/**
 * Jina's BERT (jina-embeddings-v2; huggingface/transformers models/jina_bert, from
 * jinaai/jina-bert-implementation): a BERT config (model_type bert) whose architectures name
 * JinaBert… (or JBert…, its first checkpoints), or whose position_embedding_type is alibi. Its
 * MLP is a GLU (a bias-free up projection to twice intermediate_size, then down) unless
 * feed_forward_type is a plain one, and ALiBi replaces the position table: the Jina Embeddings 2
 * paper (arXiv 2310.19923) builds every JinaBERT on ALiBi, so a Jina architecture is read without
 * one even where a first config still says "absolute".
 */
function jinaBert(f: ConfigFields): { glu: boolean; alibi: boolean; note: string } | undefined {
  const arch = f.value('architectures');
  const named = Array.isArray(arch) && arch.some(a => typeof a === 'string' && /^J(?:ina)?Bert/.test(a));
  const alibi = f.str('position_embedding_type') === 'alibi';
  const ffType = f.str('feed_forward_type');
  if (!named && !alibi && !(ffType && /glu$/.test(ffType))) return undefined;
  const glu = ffType === undefined ? named || alibi : /glu$/.test(ffType);
  return {
    glu,
    alibi: alibi || named,
    note: `JinaBERT: ${glu ? 'GLU MLP' : 'plain MLP'}, ALiBi positions (no position table)`,
  };
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
  return { spec: spec(f, layers, h, heads, h / heads, vocab, context, inner, true), params, kind: 'encoder' };
}

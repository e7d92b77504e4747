// Gemma 4's vision and audio encoders and their projections into the language model
// (huggingface/transformers models/gemma4/modular_gemma4.py @033b1a82):
// - vision: a bias-free patch projection (3 × patch² → width), a two-axis position table
//   (2 × position_embedding_size × width), Gemma 3-style blocks (four norms, q/k norms per head,
//   gated MLP, no biases) and, with `standardize`, a bias and a scale per width unit;
// - audio: two 3 × 3 convolutions with bias-free LayerNorms, a projection to the width, Conformer
//   blocks (two 4× feed-forwards with two norms each; q/k/v/output and a relative-position key
//   projection with a per-dimension scale; a gated depthwise convolution with two norms; three
//   more norms) and a biased output projection to output_proj_dims;
// - each tower's embedder: one bias-free projection to the text width (its norm has no weight).
// With use_clipped_linears every "clippable" linear also saves four scalar bounds.
import { ConfigFields, type Json } from './configFields';

function visionParams(v: Json, textHidden: number): number {
  const f = new ConfigFields(v, '');
  const h = f.need('hidden_size');
  const layers = f.need('num_hidden_layers');
  const heads = f.need('num_attention_heads');
  const kv = f.num('num_key_value_heads') ?? heads;
  const hd = f.num('head_dim') || h / heads;
  const inner = f.need('intermediate_size');
  const patch = f.need('patch_size');
  const positions = f.need('position_embedding_size');
  const clip = f.bool('use_clipped_linears') === true ? 4 : 0;
  const attention = h * heads * hd * 2 + h * kv * hd * 2 + 2 * hd + 4 * clip;
  const block = attention + 3 * h * inner + 3 * clip + 4 * h;
  const standardize = f.bool('standardize') === true ? 2 * h : 0;
  return 3 * patch * patch * h + 2 * positions * h + layers * block + standardize + h * textHidden;
}

function audioParams(a: Json, textHidden: number): number {
  const f = new ConfigFields(a, '');
  const h = f.need('hidden_size');
  const layers = f.need('num_hidden_layers');
  const heads = f.need('num_attention_heads');
  const channels = f.list('subsampling_conv_channels');
  if (!channels || channels.length !== 2) {
    throw new TypeError('gemma4 audio_config needs two subsampling_conv_channels');
  }
  const [c0, c1] = channels;
  const kernel = f.need('conv_kernel_size');
  const out = f.num('output_proj_dims') ?? h;
  const clip = f.bool('use_clipped_linears') === true ? 4 : 0;
  const subsample = 9 * c0 + c0 + 9 * c0 * c1 + c1 + Math.floor(c0 / 4) * c1 * h;
  const feedForward = 2 * 4 * h * h + 2 * clip + 2 * h;
  const attention = 4 * h * h + 4 * clip + h * h + h / heads;
  const conv = 2 * h * h + h * h + 2 * clip + h * kernel + 2 * h;
  const block = 2 * feedForward + attention + conv + 3 * h;
  return subsample + layers * block + h * out + out + out * textHidden;
}

/** The vision and audio towers of a Gemma 4 checkpoint, with their embedders. */
export function gemma4TowerParams(top: Json, textHidden: number): number {
  const v = top.vision_config;
  const a = top.audio_config;
  const isObj = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);
  return (isObj(v) ? visionParams(v, textHidden) : 0) + (isObj(a) ? audioParams(a, textHidden) : 0);
}

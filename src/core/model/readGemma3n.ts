// Gemma 3n's text model adds, around ordinary attention and FFN blocks, per-layer embeddings (a
// 256-wide vector per layer for every token id), LAuReL low-rank residuals and AltUp
// projections; a few of its last layers reuse earlier layers' KV cache
// (huggingface/transformers models/gemma3n/modeling_gemma3n.py). Its audio and vision towers are
// not described in a way this reader sizes: the Hub's parameter count covers them.
import type { ArchSpec } from './archSpec';
import type { ConfigFields } from './configFields';

export function readGemma3n(f: ConfigFields, spec: ArchSpec): void {
  const h = spec.hidden;
  const n = spec.layers.length;
  const perLayer = f.need('hidden_size_per_layer_input');
  const perLayerVocab = f.need('vocab_size_per_layer_input');
  const rank = f.num('laurel_rank') ?? 64;
  const inputs = f.num('altup_num_inputs') ?? 4;
  spec.perLayerEmbeddings = perLayerVocab * n * perLayer;
  spec.kvLayers = n - (f.num('num_kv_shared_layers') ?? 0);
  // Per layer: LAuReL (two low-rank matrices and a norm), AltUp (router, its norm, prediction and
  // correction coefficients, output scale), the per-layer input gate, projection and norm.
  const laurel = 2 * h * rank + h;
  const altup = h * inputs + h + inputs * inputs * inputs + inputs * inputs + h;
  const perLayerIo = 2 * h * perLayer + h;
  // Once: the projection of the hidden state to every layer's input and its norm, and the AltUp
  // projections in and out.
  const global = h * n * perLayer + perLayer + 2 * (inputs - 1) * h * h;
  spec.fixedParams = n * (laurel + altup + perLayerIo) + global;
  spec.notes.push('Gemma 3n: audio and vision towers are not sized from the config');
}

// Which token mixer each layer uses, from the config's own words: an explicit `layer_types`
// list, Nemotron-H's `hybrid_override_pattern`, or the rule each family's modeling code applies
// (Gemma 2 and gpt-oss alternate from a sliding first layer; Gemma 3, Cohere 2 and EXAONE 4 make every p-th
// layer global; Qwen3-Next puts full attention every `full_attention_interval` layers; Llama 4
// keeps global attention on its NoPE layers and chunks the others).
import type { ConfigFields } from './configFields';
import type { Mixer } from './archSpec';

const TYPE_NAMES: Record<string, Mixer> = {
  full_attention: 'full',
  attention: 'full',
  global: 'full',
  sliding_attention: 'sliding',
  sliding: 'sliding',
  local: 'sliding',
  chunked_attention: 'sliding',
  linear_attention: 'linear',
  mamba: 'mamba',
  mamba2: 'mamba',
  conv: 'conv',
};

export interface MixerPattern {
  mixers: Mixer[];
  /** The window of the sliding layers, when any slide. */
  window?: number;
  /** How the pattern was read, for the model's source line. */
  how?: string;
}

export function mixerPattern(f: ConfigFields, layers: number, context: number): MixerPattern {
  const window = f.num('sliding_window', 'attention_chunk_size', 'sliding_window_size');
  const types = f.value('layer_types');
  if (Array.isArray(types) && types.length === layers && types.every(t => typeof t === 'string' && TYPE_NAMES[t])) {
    const mixers = (types as string[]).map(t => TYPE_NAMES[t]);
    return { mixers, window: mixers.includes('sliding') ? window : undefined, how: 'layer_types' };
  }
  const every = (rule: (i: number) => Mixer) => Array.from({ length: layers }, (_, i) => rule(i));
  const t = f.modelType;
  // Bamba (huggingface/transformers models/bamba/configuration_bamba.py): attention on the listed
  // layers, a Mamba-2 mixer on the others.
  const attentionAt = f.list('attn_layer_indices');
  if (attentionAt && f.has('mamba_n_heads')) {
    const mixers = every(i => (attentionAt.includes(i) ? 'full' : 'mamba'));
    return { mixers, how: `attention on layers ${attentionAt.join(', ')}, Mamba-2 elsewhere` };
  }
  // LFM2's first configs list the attention layers as full_attn_idxs, the others being short
  // convolutions (Lfm2Config builds layer_types from it: models/lfm2/configuration_lfm2.py @4f7e1d46).
  const fullAt = f.list('full_attn_idxs');
  if (fullAt && (t === 'lfm2' || t === 'lfm2_moe')) {
    const mixers = every(i => (fullAt.includes(i) ? 'full' : 'conv'));
    return { mixers, how: `attention on layers ${fullAt.join(', ')}, convolutions elsewhere` };
  }
  // MiniMax M1 / Text-01: 0 = lightning (linear) attention, 1 = softmax attention.
  const attnTypes = f.value('attn_type_list');
  if (Array.isArray(attnTypes) && attnTypes.length === layers) {
    return { mixers: attnTypes.map(x => (x === 1 ? 'full' : 'lightning')), how: 'attn_type_list' };
  }
  if (t === 'qwen3_next') {
    const interval = f.need('full_attention_interval');
    const mixers = every(i => ((i + 1) % interval === 0 ? 'full' : 'linear'));
    return { mixers, how: `full attention every ${interval} layers` };
  }
  if (window === undefined || window <= 0 || window >= context) return { mixers: every(() => 'full') };
  // Gemma 2, and gpt-oss as a GGUF header describes it (no layer_types): sliding on even layers.
  if (t === 'gemma2' || t === 'gpt_oss') {
    return { mixers: every(i => (i % 2 === 0 ? 'sliding' : 'full')), window, how: 'alternating from the first layer' };
  }
  const pattern = f.num('sliding_window_pattern', 'sliding_pattern');
  if (pattern !== undefined && pattern > 1 && ['gemma3_text', 'cohere2', 'exaone4', 'gemma3'].includes(t)) {
    const mixers = every(i => ((i + 1) % pattern === 0 ? 'full' : 'sliding'));
    return { mixers, window, how: `every ${pattern}th layer global` };
  }
  if (t === 'llama4_text') {
    const rope = f.list('no_rope_layers');
    const step = f.num('no_rope_layer_interval') ?? 4;
    const mixers =
      rope && rope.length === layers
        ? rope.map(r => (r ? 'sliding' : 'full') as Mixer)
        : every(i => ((i + 1) % step === 0 ? 'full' : 'sliding'));
    return { mixers, window, how: 'chunked attention except on NoPE layers' };
  }
  // Qwen2-style configs carry a window that only applies with use_sliding_window.
  if (f.has('use_sliding_window') && !f.bool('use_sliding_window')) return { mixers: every(() => 'full') };
  return { mixers: every(() => 'sliding'), window, how: 'every layer' };
}

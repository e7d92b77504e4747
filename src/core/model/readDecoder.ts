// Reads a decoder-only language model's config into an ArchSpec: the standard Hugging Face fields
// under their several names, the family's building rules (familyRules.ts), its layer pattern
// (layerPattern.ts), MoE (readMoe.ts), MLA and the families that name things their own way
// (Falcon, ChatGLM, GPT-2, Hunyuan, Nemotron-H, Nemotron NAS, Qwen3-Next, Gemma 3n).
import type { ArchSpec, LayerSpec, Mixer } from './archSpec';
import type { ConfigFields } from './configFields';
import { ruleFor } from './familyRules';
import { mixerPattern } from './layerPattern';
import { readMoe } from './readMoe';
import { readNasBlocks } from './readNasBlocks';
import { readMimoV2 } from './readMimoV2';
import { hybridPattern, readHybridPattern, readMambaFields } from './readHybridPattern';

export function readDecoder(f: ConfigFields): ArchSpec {
  const t = f.modelType;
  const rule = ruleFor(t);
  const notes: string[] = [];
  // Nemotron-H configs may give the layer count only as the length of their block pattern.
  const layers =
    f.num('num_hidden_layers', 'n_layer', 'num_layers', 'n_layers') ??
    hybridPattern(f)?.length ??
    f.need('num_hidden_layers');
  const hidden = f.need('hidden_size', 'n_embd', 'n_embed', 'd_model', 'dim', 'model_dim');
  const heads = f.need('num_attention_heads', 'n_head', 'num_heads', 'n_heads');
  let kvHeads = kvHeadCount(f, heads);
  const headDim = f.num('head_dim', 'attention_head_dim', 'kv_channels', 'head_size') || hidden / heads;
  if (!Number.isInteger(headDim)) {
    throw new TypeError(`config gives hidden_size ${hidden} for ${heads} heads and no head_dim`);
  }
  const vocab = f.need('padded_vocab_size', 'vocab_size', 'n_vocab');
  const context =
    f.num(
      'max_position_embeddings',
      'n_positions',
      'seq_length',
      'max_sequence_length',
      'n_ctx',
      'max_seq_len',
      'model_max_length',
    ) ?? 0;
  if (!context) notes.push('no context length in the config');
  let ffnField =
    f.num('ffn_hidden_size', 'intermediate_size', 'ff_intermediate_size', 'n_inner', 'ffn_dim', 'd_ff') ?? 4 * hidden;
  // Qwen (v1) names the sum of its two FFN input matrices' widths.
  if (t === 'qwen') ffnField /= 2;
  // Llama 4 names the experts' width intermediate_size and the dense layers' intermediate_size_mlp.
  let intermediate = t === 'llama4_text' ? (f.num('intermediate_size_mlp') ?? ffnField) : ffnField;
  // Granite 4 hybrids: intermediate_size is the experts' width, shared_intermediate_size the dense one.
  if (t === 'granitemoehybrid') intermediate = f.num('shared_intermediate_size') ?? ffnField;
  // LFM2 sizes its dense MLP from intermediate_size: two thirds, times the multiplier, rounded up
  // to a multiple of block_multiple_of (Lfm2MLP; LFM2-MoE's dense layers take intermediate_size).
  // (LFM2's first configs name the width block_ff_dim: Lfm2Config reads it as intermediate_size.)
  if (t === 'lfm2') intermediate = f.num('intermediate_size', 'block_ff_dim') ?? intermediate;
  if (t === 'lfm2' && f.bool('block_auto_adjust_ff_dim') === true) {
    const multiple = f.num('block_multiple_of') ?? 256;
    const scaled = Math.trunc((f.num('block_ffn_dim_multiplier') ?? 1) * Math.trunc((2 * intermediate) / 3));
    intermediate = multiple * Math.ceil(scaled / multiple);
  }
  const gated = rule.gated ?? true;
  const tiedFlag = f.bool('tie_word_embeddings');
  let tied = tiedFlag ?? false;
  if (tiedFlag === undefined) notes.push('tie_word_embeddings not stated; untied assumed');
  let attnBias = rule.attnBias ?? 'none';
  if (rule.biasFlag && f.bool(rule.biasFlag.name)) attnBias = rule.biasFlag.covers;
  let ffnBias = rule.ffnBias ?? f.bool('mlp_bias') ?? false;
  let norm = rule.norm ?? 'rms';
  let normsPerLayer = rule.normsPerLayer ?? 2;
  let qkNorm = rule.qkNorm ?? 'none';
  if (rule.qkNormFlag) qkNorm = f.bool(rule.qkNormFlag) ? (t === 'cohere' ? 'full' : 'head') : 'none';
  let positionRows = 0;

  // Families that name their blocks their own way.
  if (t === 'falcon') {
    const newArch = f.bool('new_decoder_architecture') ?? false;
    const parallel = f.bool('parallel_attn') ?? true;
    normsPerLayer = newArch ? (f.num('num_ln_in_parallel_attn') ?? 2) : parallel ? 1 : 2;
    if (f.bool('bias')) {
      attnBias = 'all';
      ffnBias = true;
    }
    if (!newArch && f.bool('multi_query') !== false && !f.has('n_head_kv', 'num_kv_heads')) kvHeads = 1;
    intermediate = f.num('ffn_hidden_size') ?? 4 * hidden;
    tied = tiedFlag ?? true;
  } else if (t === 'gpt2' || t === 'gpt_bigcode' || t === 'openai-gpt') {
    positionRows = f.num('n_positions', 'max_position_embeddings') ?? 1024;
    if (t === 'gpt_bigcode' && f.bool('multi_query') !== false) kvHeads = 1;
  } else if (t === 'opt') {
    positionRows = (f.num('max_position_embeddings') ?? 2048) + 2; // OPT offsets its learned positions by 2
  } else if (t === 'chatglm' || t === 'glm') {
    if (f.bool('multi_query_attention')) kvHeads = f.need('multi_query_group_num');
    attnBias = f.bool('add_qkv_bias') ? 'qkv' : 'none';
    if (f.bool('add_bias_linear')) {
      attnBias = 'all';
      ffnBias = true;
    }
    if (f.bool('rmsnorm') === false) norm = 'layer';
  }

  const pattern = t === 'nemotron_h' ? undefined : mixerPattern(f, layers, context);
  const moe = readMoe(f, ffnField);
  const specs: LayerSpec[] = Array.from({ length: layers }, (_, i): LayerSpec => ({
    mixer: (pattern?.mixers[i] ?? 'full') as Mixer,
    ffn: moe?.isMoeLayer(i, layers) ? 'moe' : 'dense',
    ffnWidth: intermediate,
    kvHeads,
  }));
  const perLayerKv = f.list('num_key_value_heads');
  if (perLayerKv && perLayerKv.length === layers) {
    // Per-layer head counts (GGUF files of NAS models): a layer with none has no attention.
    perLayerKv.forEach((n, i) => {
      specs[i].kvHeads = n;
      if (n === 0) specs[i].mixer = 'none';
    });
    kvHeads = Math.max(...perLayerKv);
  }
  // Per-layer FFN widths, as GGUF headers give them (modelFromGguf passes them as per_layer_ffn).
  const perLayerFfn = f.list('per_layer_ffn');
  if (perLayerFfn && perLayerFfn.length === layers && t !== 'nemotron_h') {
    perLayerFfn.forEach((w, i) => {
      specs[i].ffnWidth = w;
      if (w === 0 && specs[i].ffn === 'dense') specs[i].ffn = 'none';
    });
  }
  const spec: ArchSpec = {
    modelType: t,
    family: rule.family,
    layers: specs,
    hidden,
    heads,
    kvHeads,
    headDim,
    vHeadDim: headDim,
    vocab,
    tied,
    context,
    intermediate,
    gated,
    ffnBias,
    attnBias,
    norm,
    normsPerLayer,
    qkNorm,
    gatedQuery: /^qwen3_(next|5)/.test(t) || rule.gatedQuery === true,
    sinks: t === 'gpt_oss',
    positionRows,
    extraParams: (rule.activationParams ?? 0) * layers + (rule.embeddingNorm ? 2 * hidden : 0),
    mtpLayers: 0,
    // Phi-2, GPT-J and CodeGen give the output layer a bias.
    outputBias: ['phi', 'gptj', 'codegen'].includes(t) || f.bool('lm_head_bias') === true,
    slidingWindow: pattern?.window,
    notes,
  };
  if (moe) spec.moe = moe.spec;
  if (pattern?.how && pattern.mixers.some(m => m !== 'full')) notes.push(`layer pattern: ${pattern.how}`);

  readMla(f, spec);
  spec.mtpLayers = f.num('num_nextn_predict_layers', 'mtp_num_hidden_layers', 'num_mtp_layers') ?? 0;
  if (f.has('linear_num_key_heads')) {
    spec.gdn = {
      keyHeads: f.need('linear_num_key_heads'),
      valueHeads: f.need('linear_num_value_heads'),
      keyDim: f.need('linear_key_head_dim'),
      valueDim: f.need('linear_value_head_dim'),
      conv: f.need('linear_conv_kernel_dim'),
    };
  }
  // MiniMax's HF port names its lightning-attention layers linear_attention.
  if (t.startsWith('minimax') && !spec.gdn) {
    for (const l of spec.layers) if (l.mixer === 'linear') l.mixer = 'lightning';
  }
  if (spec.layers.some(l => l.mixer === 'mamba') && !spec.mamba) spec.mamba = readMambaFields(f);
  if (spec.layers.some(l => l.mixer === 'linear') && !spec.gdn) {
    throw new TypeError('config names linear-attention layers but no linear_num_key_heads/linear_key_head_dim');
  }
  if (spec.layers.some(l => l.mixer === 'conv')) {
    spec.shortConv = { kernel: f.need('conv_L_cache'), bias: f.bool('conv_bias') ?? false };
  }
  if (t === 'openai-gpt') spec.noFinalNorm = true;
  if (t === 'mimo_v2_flash') readMimoV2(f, spec);
  if (t === 'nemotron_h') readHybridPattern(f, spec);
  if (t === 'nemotron-nas') readNasBlocks(f, spec);
  return spec;
}

/** KV heads under every name configs use; MQA flags mean one. */
function kvHeadCount(f: ConfigFields, heads: number): number {
  const listed = f.value('num_key_value_heads');
  if (Array.isArray(listed)) return heads; // per-layer list, read by the caller
  const n = f.num(
    'num_key_value_heads',
    'n_head_kv',
    'num_kv_heads',
    'multi_query_group_num',
    'num_query_groups',
    'n_kv_heads',
    'kv_n_heads',
  );
  if (n) return n;
  if (f.bool('multi_query') === true && f.modelType !== 'falcon') return 1;
  return heads;
}

function readMla(f: ConfigFields, spec: ArchSpec): void {
  const kvLoraRank = f.num('kv_lora_rank');
  if (!kvLoraRank) return;
  const nope = f.need('qk_nope_head_dim');
  const rope = f.need('qk_rope_head_dim');
  // MiniCPM3 gives no v_head_dim: its value heads are hidden_size / heads wide (huggingface/
  // transformers models/minicpm3 configuration: "If None, defaults to hidden_size //
  // num_attention_heads"; erfanzar/easymlx easymlx/modules/minicpm3/modeling_minicpm3.py @a87347af).
  const v = f.modelType === 'minicpm3' && !f.has('v_head_dim') ? spec.hidden / spec.heads : f.need('v_head_dim');
  const qLoraRank = f.num('q_lora_rank') || undefined;
  spec.mla = { kvLoraRank, nope, rope, v, ...(qLoraRank ? { qLoraRank } : {}) };
  spec.headDim = nope + rope;
  spec.vHeadDim = v;
  spec.kvHeads = spec.heads;
  for (const l of spec.layers) l.kvHeads = spec.heads;
  const indexHeads = f.num('index_n_heads');
  if (indexHeads) spec.indexer = { heads: indexHeads, headDim: f.need('index_head_dim') };
  // GLM-5 (huggingface/transformers models/glm_moe_dsa/modular_glm_moe_dsa.py @01f8fa55): a layer
  // whose indexer_types entry is "shared" reuses the previous layer's top-k and has no indexer.
  const indexerTypes = f.value('indexer_types');
  if (spec.indexer && Array.isArray(indexerTypes) && indexerTypes.length === spec.layers.length) {
    indexerTypes.forEach((x, i) => {
      if (x === 'shared') spec.layers[i].sharedIndexer = true;
    });
  }
}

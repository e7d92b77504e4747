// modelFromConfig: a Hugging Face config.json (parsed, or its text) → ModelInfo, with the
// parameter count computed from the architecture and every field the estimator reads. Multimodal
// checkpoints are read through their language model's sub-config (text_config, llm_config,
// language_config); their vision tower is counted when the config describes it.
import type { ModelInfo } from '../types';
import type { CatalogModel } from '../catalog/catalogModel';
import { ConfigFields, type Json } from './configFields';
import { parseConfigText } from './parseConfigText';
import { readDecoder } from './readDecoder';
import { readEncoder, ENCODER_TYPES, type EncoderRead } from './readEncoder';
import { unreadableReason } from './unreadableConfigs';
import { typeFromArchitecture } from './typeFromArchitecture';
import { readGemma3n } from './readGemma3n';
import { readGemma4 } from './readGemma4';
import { FAMILY_RULES } from './familyRules';
import { countParams } from './countParams';
import { visionTowerParams } from './visionTower';
import { QWEN_VISION_TYPES, qwenVisionParams } from './qwenVisionTower';
import { gemma4TowerParams } from './gemma4Towers';
import { nativeDtype, releasedQuant } from './releasedFormat';
import type { ArchSpec } from './archSpec';
import { recurrentStateBytes } from './recurrentState';
import { layerBlocks } from './layerBlocks';

export interface ModelFromConfigOptions {
  id?: string;
  /** The Hub's safetensors parameter count by dtype ({ BF16: 7.2e9, … }). */
  parameters?: Record<string, number>;
}

/** What modelFromConfig returns: the public ModelInfo with the catalog fields the estimator reads. */
export type ConfigModelInfo = ModelInfo &
  CatalogModel & {
    resolvedAs: 'config';
    modelType: string;
    /** Multi-token-prediction layers shipped in the checkpoint, not counted in params. */
    mtpParams?: number;
    /** The FFN has no gate (GPT-2, Falcon, StarCoder2, Phi-2, Nemotron-H). */
    gatedFfn?: boolean;
  };

/** Sub-configs of multimodal checkpoints that hold the language model. */
// (`llm_cfg`: NVIDIA VILA; `decoder_config`: Microsoft VibeVoice's language model.)
const TEXT_KEYS = ['text_config', 'llm_config', 'language_config', 'text_model_config', 'llm_cfg', 'decoder_config'];
/** Omni and speech checkpoints (Qwen2.5-Omni, Qwen3-ASR) nest the understanding model one level deeper. */
const THINKER_KEY = 'thinker_config';
const VISION_KEYS = ['vision_config', 'vision_tower_config', 'visual'];
/** When a text_config names no model_type: what its parent's type implies. */
const TEXT_TYPE_OF: Record<string, string> = {
  gemma3: 'gemma3_text',
  gemma3n: 'gemma3n_text',
  gemma4: 'gemma4_text',
  llama4: 'llama4_text',
  mistral3: 'mistral',
  llava: 'llama',
};
/** Older names of a model_type (Falcon's first checkpoints), read as the current one. */
const TYPE_ALIASES: Record<string, string> = {
  RefinedWebModel: 'falcon',
  RefinedWeb: 'falcon',
  'phi-msft': 'phi',
  'mixformer-sequential': 'phi',
  // EXAONE 4.5's first configs name its text model exaone4_5_text; Transformers reads it as exaone4.
  exaone4_5_text: 'exaone4',
  // The thinkers' language models are the family's own decoders (transformers models/qwen2_5_omni,
  // qwen3_omni_moe: Qwen2_5OmniThinkerTextModel is Qwen2's decoder, Qwen3-ASR's text model Qwen3's).
  qwen2_5_omni_text: 'qwen2',
  qwen3_asr_text: 'qwen3',
};
/**
 * Bidirectional encoders laid out like a decoder and read by readDecoder: EuroBERT (Llama blocks;
 * its configs untie the masked-LM head of EuroBertForMaskedLM, which the count keeps as before).
 */
const ENCODERS_OF_DECODER_LAYOUT = new Set(['eurobert']);
/** Fields a parent config holds for its text model when the sub-config does not repeat them. */
const INHERITED = ['torch_dtype', 'dtype', 'quantization_config', 'tie_word_embeddings'];

export function modelFromConfig(config: object | string, options: ModelFromConfigOptions = {}): ConfigModelInfo {
  const raw = typeof config === 'string' ? parseConfigText(config) : config;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    const got = Array.isArray(raw) ? 'an array' : typeof raw;
    throw new TypeError(`modelFromConfig expects a config.json object or its text, got ${got}`);
  }
  const outermost = raw as Json;
  const thinker = outermost[THINKER_KEY];
  const top: Json =
    thinker !== null && typeof thinker === 'object' && !Array.isArray(thinker)
      ? { ...(thinker as Json), _name_or_path: outermost._name_or_path }
      : outermost;
  const topType =
    typeof top.model_type === 'string' && top.model_type
      ? top.model_type
      : (typeFromArchitecture(top.architectures) ?? '');
  const textKey = TEXT_KEYS.find(k => top[k] !== null && typeof top[k] === 'object');
  const visionKey = VISION_KEYS.find(k => top[k] !== null && typeof top[k] === 'object');
  let text: Json = top;
  if (textKey) {
    text = { ...(top[textKey] as Json) };
    for (const k of INHERITED) if (text[k] === undefined && top[k] !== undefined) text[k] = top[k];
  }
  // DBRX nests its attention and FFN settings.
  for (const k of ['attn_config', 'ffn_config']) {
    const nested = text[k];
    if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) {
      text = { ...(nested as Json), ...text };
    }
  }
  const declared =
    typeof text.model_type === 'string' && (textKey === undefined || text.model_type !== topType)
      ? text.model_type
      : (TEXT_TYPE_OF[topType] ?? topType);
  const textType = TYPE_ALIASES[declared] ?? declared;
  const known = ENCODER_TYPES.has(textType) || FAMILY_RULES[textType] !== undefined;
  const unreadable = unreadableReason(top, textType, known);
  if (unreadable) throw new TypeError(unreadable);
  const f = new ConfigFields(text, textType);

  let spec: ArchSpec;
  let params: number;
  let active: number | undefined;
  let mtp = 0;
  let encoder: EncoderRead | undefined;
  if (ENCODER_TYPES.has(textType)) {
    encoder = readEncoder(f);
    spec = encoder.spec;
    params = encoder.params;
    active = encoder.active;
  } else {
    spec = readDecoder(f);
    if (textType === 'gemma3n_text') readGemma3n(f, spec);
    if (textType === 'gemma4_text') readGemma4(f, spec);
    const count = countParams(spec);
    params = count.total;
    active = count.active;
    mtp = count.mtp;
  }
  const vision = !visionKey
    ? 0
    : topType === 'gemma4'
      ? gemma4TowerParams(top, spec.hidden)
      : QWEN_VISION_TYPES.has(topType)
        ? qwenVisionParams(top[visionKey] as Json, spec.hidden, topType)
        : textKey
          ? visionTowerParams(top[visionKey] as Json, spec.hidden, topType)
          : 0;
  params += vision;
  if (active !== undefined) active += vision;

  const published = options.parameters ? sumParameters(options.parameters) : undefined;
  const named = typeof top._name_or_path === 'string' && top._name_or_path ? top._name_or_path : undefined;
  const id = options.id ?? named ?? (textType || 'config');
  const attention = spec.layers.filter(l => l.mixer === 'full' || l.mixer === 'sliding').length;
  const sliding = spec.layers.filter(l => l.mixer === 'sliding').length;
  const dense = spec.layers.find(l => l.ffn === 'dense');
  const outer = new ConfigFields(top, topType);
  const quant = releasedQuant(f) ?? releasedQuant(outer);

  const info: ConfigModelInfo = {
    id,
    name: id,
    family: spec.family as CatalogModel['family'],
    resolvedAs: 'config',
    modelType: textType || topType,
    params: published ?? params,
    // For MoE without dense layers the experts' width (as the catalog has always recorded it).
    layers: spec.layers.length,
    hiddenSize: spec.hidden,
    intermediateSize: dense?.ffnWidth ?? spec.moe?.width ?? spec.intermediate,
    attentionHeads: spec.heads,
    kvHeads: spec.kvHeads,
    headDim: spec.headDim,
    vocabSize: spec.vocab,
    tiedEmbeddings: spec.tied,
    contextLength: spec.context,
    nativeDtype: nativeDtype(f),
    source: '',
  };
  if (active !== undefined) info.activeParams = active;
  // NAS stacks (per-layer FFN widths, some layers without one): the estimator lays out one FFN
  // width for every layer, so it gets the mean over all layers (rounded down), which keeps the
  // FFN tensors' total at the model's own.
  if (spec.modelType === 'nemotron-nas') {
    const widths = spec.layers.map(l => (l.ffn === 'dense' ? l.ffnWidth : 0));
    info.intermediateSize = Math.floor(widths.reduce((a, b) => a + b, 0) / widths.length);
  }
  if (spec.attnBias !== 'none') info.attentionBias = true;
  if (!spec.gated) info.gatedFfn = false;
  if (spec.moe) {
    const m = spec.moe;
    Object.assign(info, { experts: m.experts, expertsPerToken: m.perToken, expertIntermediateSize: m.width });
    if (m.sharedWidth) {
      info.sharedExperts = m.sharedCount;
      info.sharedExpertIntermediateSize = m.sharedWidth / m.sharedCount;
    }
    if (m.latent) info.expertLatentSize = m.latent;
    const firstMoe = spec.layers.findIndex(l => l.ffn === 'moe');
    if (firstMoe > 0 && spec.layers.slice(firstMoe).every(l => l.ffn === 'moe')) info.denseLayers = firstMoe;
    const moeCount = spec.layers.filter(l => l.ffn === 'moe').length;
    if (firstMoe >= 0 && moeCount < spec.layers.length && info.denseLayers === undefined) {
      info.moeLayerStep = Math.round(spec.layers.length / moeCount);
    }
  }
  // Gemma 4, MiMo-V2: global layers of their own KV heads or width (the fields above are the
  // sliding ones').
  const globalLayer = spec.layers.find(l => l.mixer === 'full');
  if (
    sliding &&
    globalLayer &&
    ((globalLayer.headDim ?? spec.headDim) !== spec.headDim || globalLayer.kvHeads !== spec.kvHeads)
  ) {
    info.fullAttentionKvHeads = globalLayer.kvHeads;
    info.fullAttentionHeadDim = globalLayer.headDim ?? spec.headDim;
  }
  // Values narrower than keys outside MLA (MiMo-V2).
  if (!spec.mla && spec.vHeadDim !== spec.headDim) info.vHeadDim = spec.vHeadDim;
  if (spec.slidingWindow && sliding) {
    info.slidingWindow = spec.slidingWindow;
    info.slidingLayers = sliding;
  }
  if (spec.mla) {
    const mla = spec.mla;
    Object.assign(info, { kvLoraRank: mla.kvLoraRank, qkRopeHeadDim: mla.rope, qkNopeHeadDim: mla.nope });
    info.vHeadDim = mla.v;
    if (spec.mla.qLoraRank) info.qLoraRank = spec.mla.qLoraRank;
  }
  if (attention < spec.layers.length && spec.kvLayers === undefined) {
    info.linearAttentionLayers = spec.layers.length - attention;
    const state = recurrentStateBytes(spec);
    if (state) info.recurrentStateBytes = state;
  }
  if (spec.kvLayers !== undefined) info.kvLayers = spec.kvLayers;
  const blocks = layerBlocks(spec);
  if (blocks) info.layerBlocks = blocks;
  if (spec.perLayerEmbeddings) info.perLayerEmbeddings = spec.perLayerEmbeddings;
  if (vision) info.visionParams = vision;
  if (mtp) info.mtpParams = mtp;
  if (quant) info.releasedQuant = quant;
  if (encoder?.kind === 'encoder' || ENCODERS_OF_DECODER_LAYOUT.has(textType)) info.encoderOnly = true;
  if (encoder?.kind === 'encoder-decoder') {
    info.encoderDecoder = true;
    if (encoder.encoderTokens) info.encoderTokens = encoder.encoderTokens;
  }

  const parts = [`config.json (model_type ${JSON.stringify(textType || topType || 'none')})`];
  if (top !== outermost) parts.push(`read from its ${THINKER_KEY}: speech and talker parts not counted`);
  if (!known) {
    parts.push(`model_type ${JSON.stringify(textType)} is not one this reader knows: standard fields assumed`);
  }
  const computed = Math.round(params).toLocaleString('en-US');
  parts.push(
    published !== undefined
      ? `params from the checkpoint's safetensors count (${published.toLocaleString('en-US')}); computed ${computed}`
      : `params computed from the architecture (${computed})`,
  );
  if (vision) parts.push(`vision tower ${Math.round(vision).toLocaleString('en-US')} estimated from vision_config`);
  if (mtp) parts.push(`MTP layers (${Math.round(mtp).toLocaleString('en-US')}) not counted`);
  parts.push(...spec.notes);
  info.source = parts.join('; ');
  checkFinite(info);
  return info;
}

function sumParameters(p: Record<string, number>): number {
  if (p === null || typeof p !== 'object') {
    throw new TypeError('options.parameters must map dtypes to parameter counts');
  }
  let sum = 0;
  for (const [k, v] of Object.entries(p)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new TypeError(`options.parameters.${k} must be a count ≥ 0, got ${String(v)}`);
    }
    sum += v;
  }
  if (sum <= 0) throw new TypeError('options.parameters adds up to no parameters');
  return sum;
}

/** Never hand out NaN: a config whose numbers do not make a model is an error. */
function checkFinite(info: ConfigModelInfo): void {
  for (const [k, v] of Object.entries(info)) {
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new TypeError(`config does not describe a model: ${k} came out ${v}`);
    }
  }
  if (info.params <= 0) throw new TypeError('config does not describe a model: no parameters');
}

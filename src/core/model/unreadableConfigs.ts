// Configs this reader cannot size honestly, refused with a TypeError that says why instead of a
// count from the standard fields that would be wrong. Each reason names what the config lacks.
import type { Json } from './configFields';

const PAIRED = 'is two models in nested encoder / decoder configs, which this reader does not combine';

const REASONS: Record<string, string> = {
  // huggingface/transformers models/zamba, zamba2: Mamba blocks with one or two shared attention
  // blocks reused at several depths through per-use LoRA adapters; the standard fields (one
  // attention block per layer) would count the shared blocks once per use.
  zamba:
    'Zamba interleaves Mamba blocks with a shared attention block reused through LoRA adapters, ' +
    'which this reader does not lay out',
  zamba2:
    'Zamba2 interleaves Mamba-2 blocks with shared attention blocks reused through LoRA adapters, ' +
    'which this reader does not lay out',
  // Salesforce/codet5p-2b, -6b, -16b: CodeT5pEncoderDecoderModel, whose encoder and decoder are
  // CodeGen stacks described in nested encoder / decoder configs.
  codet5p:
    'CodeT5+ (2B and larger) pairs two CodeGen stacks as encoder and decoder through nested configs, ' +
    'which this reader does not lay out',
  // huggingface/transformers models/csm/modular_csm.py (CsmForConditionalGeneration): a Llama
  // backbone over summed embeddings of 32 audio codebooks, a depth decoder with a per-codebook
  // head, and a Mimi codec model built from codec_config, all in the one checkpoint.
  csm:
    'CSM holds a Llama backbone, a depth decoder over its audio codebooks and a Mimi codec in nested configs, ' +
    'which this reader does not lay out',
  'encoder-decoder': `a generic EncoderDecoderModel ${PAIRED}`,
  'speech-encoder-decoder': `a SpeechEncoderDecoderModel ${PAIRED}`,
  'vision-encoder-decoder': `a VisionEncoderDecoderModel ${PAIRED}`,
};

/**
 * Why a config cannot be read, or undefined when it can. `known`: the reader has rules for the
 * type; an encoder-decoder it has none for (is_encoder_decoder: true) is refused, because the
 * decoder-only reading of its fields would leave out one of its two stacks.
 */
export function unreadableReason(top: Json, modelType: string, known: boolean): string | undefined {
  const reason = REASONS[modelType];
  if (reason) return `model_type ${JSON.stringify(modelType)} cannot be sized from its config: ${reason}`;
  if (!known && top.is_encoder_decoder === true) {
    return (
      `model_type ${JSON.stringify(modelType)} cannot be sized from its config: an encoder-decoder ` +
      '(is_encoder_decoder) whose two stacks this reader does not lay out'
    );
  }
  // Zyphra's own configs of Zamba2 (github.com/Zyphra/Zamba2 config.json) name no model_type: a
  // layer_mapping of Mamba ("m") and shared-block ("g") positions with num_mem_blocks.
  if (Array.isArray(top.layer_mapping) && top.num_mem_blocks !== undefined) {
    return (
      'config cannot be sized: its layer_mapping and num_mem_blocks describe a Zamba hybrid (Mamba blocks and ' +
      `shared attention blocks reused through LoRA adapters), which this reader does not lay out`
    );
  }
  return undefined;
}

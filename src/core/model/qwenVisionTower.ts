// The vision encoders of Qwen's multimodal checkpoints and their merger into the language model,
// from huggingface/transformers models/qwen2_vl/modeling_qwen2_vl.py (Qwen2-VL),
// models/qwen2_5_vl/modeling_qwen2_5_vl.py (Qwen2.5-VL) and models/qwen3_vl/modeling_qwen3_vl.py
// (Qwen3-VL, Qwen3.5, which reuse it):
// - Qwen2-VL: a Conv3d patch embedding without bias, blocks with two LayerNorms, a biased fused
//   qkv and output projection and a biased two-matrix MLP (mlp_ratio × width); a merger of a
//   LayerNorm and a two-layer biased MLP over merge² patches.
// - Qwen2.5-VL: the same, with RMSNorms (weight only) and a biased gated MLP (intermediate_size).
// - Qwen3-VL: a biased Conv3d, a learned position table (num_position_embeddings), LayerNorm
//   blocks with a biased two-matrix MLP, the merger, and one more merger (normalised after the
//   patch shuffle) for each of the deepstack_visual_indexes.
// - EXAONE 4.5 (models/exaone4_5/modular_exaone4_5.py @0117d5f7): Qwen2.5-VL's tower with grouped
//   key/value heads (num_key_value_heads) in its biased qkv projection.
// A Qwen2.5-VL vision_config may omit fields (Qwen2.5-VL-32B-Instruct writes only widths): Transformers
// then takes Qwen2_5_VLVisionConfig's defaults (models/qwen2_5_vl/configuration_qwen2_5_vl.py
// @018c8e03: depth 32, num_heads 16, patch_size 14), and so does this reader.
import { ConfigFields, type Json } from './configFields';

/** Top-level model_types whose vision tower this file sizes. */
export const QWEN_VISION_TYPES = new Set([
  'qwen2_vl',
  'qwen2_5_vl',
  'qwen3_vl',
  'qwen3_vl_moe',
  'qwen3_5',
  'qwen3_5_moe',
  'exaone4_5',
]);

const QWEN2_5_VL_VISION_DEFAULTS = { depth: 32, heads: 16, patch: 14 };

export function qwenVisionParams(visionConfig: Json, textHidden: number, topModelType: string): number {
  const f = new ConfigFields(visionConfig, '');
  const defaults = topModelType === 'qwen2_5_vl' ? QWEN2_5_VL_VISION_DEFAULTS : undefined;
  const depth = f.num('depth', 'num_hidden_layers') ?? defaults?.depth ?? f.need('depth', 'num_hidden_layers');
  const channels = f.num('in_channels', 'in_chans') ?? 3;
  const patch = f.num('patch_size') ?? defaults?.patch ?? f.need('patch_size');
  const temporal = f.num('temporal_patch_size') ?? 2;
  const merge = f.num('spatial_merge_size') ?? 2;
  const out = f.num('out_hidden_size') ?? textHidden;
  const kernel = channels * temporal * patch * patch;
  if (topModelType === 'qwen2_vl') {
    const d = f.need('embed_dim');
    const inner = d * (f.num('mlp_ratio') ?? 4);
    const block = 4 * d + 3 * d * d + 3 * d + d * d + d + 2 * d * inner + inner + d;
    const merged = d * merge * merge;
    const merger = 2 * d + merged * merged + merged + merged * out + out;
    return kernel * d + depth * block + merger;
  }
  const d = f.need('hidden_size');
  const inner = f.need('intermediate_size');
  const merged = d * merge * merge;
  if (topModelType === 'qwen2_5_vl' || topModelType === 'exaone4_5') {
    const heads = f.num('num_heads') ?? defaults?.heads ?? f.need('num_heads');
    const kvWidth = ((f.num('num_key_value_heads') ?? heads) * d) / heads;
    const qkv = d + 2 * kvWidth;
    const block = 2 * d + d * qkv + qkv + d * d + d + 3 * d * inner + 2 * inner + d;
    const merger = d + merged * merged + merged + merged * out + out;
    return kernel * d + depth * block + merger;
  }
  const positions = f.num('num_position_embeddings') ?? 0;
  const block = 4 * d + 3 * d * d + 3 * d + d * d + d + 2 * d * inner + inner + d;
  const mlp = merged * merged + merged + merged * out + out;
  const deepstack = (f.list('deepstack_visual_indexes') ?? []).length;
  return kernel * d + d + positions * d + depth * block + 2 * d + mlp + deepstack * (2 * merged + mlp);
}

// Parameters of a vision tower described by a multimodal checkpoint's vision_config, and of the
// projector into the language model. ViT blocks as SigLIP/CLIP build them (biased q/k/v/o and
// fc1/fc2, two LayerNorms), Pixtral's as Mistral builds them (no biases, RMSNorm, gated FFN).
// An estimate from the config: the Hub's safetensors count, when given, is the exact figure.
import { ConfigFields, type Json } from './configFields';

export function visionTowerParams(visionConfig: Json, textHidden: number, topModelType: string): number {
  const f = new ConfigFields(visionConfig);
  const h = f.num('hidden_size', 'width', 'embed_dim') ?? 0;
  const layers = f.num('num_hidden_layers', 'depth', 'num_layers') ?? 0;
  if (!h || !layers) return 0;
  const inner = f.num('intermediate_size', 'mlp_dim') ?? 4 * h;
  const patch = f.num('patch_size') ?? 14;
  const image = f.num('image_size') ?? 224;
  const channels = f.num('num_channels') ?? 3;
  const pixtral = f.modelType === 'pixtral';
  if (f.modelType === 'mllama_vision_model') {
    return mllamaVision(f, h, layers, inner, patch, image, channels, textHidden);
  }
  const block = pixtral ? 4 * h * h + 3 * h * inner + 2 * h : 4 * (h * h + h) + 2 * h * inner + inner + h + 4 * h;
  const patchEmbed = channels * patch * patch * h + (pixtral ? 0 : h);
  // Pixtral: ln_pre; the others: a position table and a post-LayerNorm.
  const positions = pixtral ? h : Math.floor(image / patch) ** 2 * h + 2 * h;
  let projector: number;
  switch (topModelType) {
    case 'gemma3':
      projector = h * textHidden + h;
      break; // soft-embedding norm + projection
    case 'mistral3': {
      const merge = new ConfigFields(visionConfig).num('spatial_merge_size') ?? 2;
      projector = h + h * merge * merge * h + h * textHidden + textHidden * textHidden; // norm, merger, 2-layer MLP
      break;
    }
    default:
      projector = h * textHidden + textHidden * textHidden + 2 * textHidden; // LLaVA-style 2-layer MLP
  }
  return layers * block + patchEmbed + positions + projector;
}

/**
 * Llama 3.2 Vision (huggingface/transformers models/mllama/modeling_mllama.py): a ViT without
 * attention biases, with num_global_layers more layers (each with two scalar gates), a class
 * embedding, gated position embeddings per tile and aspect ratio, two tile embeddings, two
 * LayerNorms, and a biased projection of vision_output_dim into the text model.
 */
function mllamaVision(
  f: ConfigFields,
  h: number,
  layers: number,
  inner: number,
  patch: number,
  image: number,
  channels: number,
  textHidden: number,
): number {
  const global = f.num('num_global_layers') ?? 0;
  const tiles = f.num('max_num_tiles') ?? 4;
  const ratios = (f.list('supported_aspect_ratios')?.length ?? 8) + 1;
  const positions = Math.floor(image / patch) ** 2 + 1;
  const block = 4 * h * h + 2 * h * inner + inner + h + 4 * h;
  const embeddings =
    h +
    channels * patch * patch * h +
    positions * h +
    1 +
    ratios * tiles * positions * h +
    2 * (ratios * tiles * h + 1) +
    4 * h;
  const projector = (f.num('vision_output_dim') ?? h) * textHidden + textHidden;
  return (layers + global) * block + 2 * global + embeddings + projector;
}

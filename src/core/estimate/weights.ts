// Bytes of the weights as loaded: every tensor of the model at the type its format gives it.
// GGUF file types follow llama.cpp's per-tensor rules (quant/ggufMix.ts); the other formats
// convert the linear layers and keep embeddings, norms and routers in 16 bits, each as its own
// tooling does (docs/ESTIMATION.md sections 3.3 and 3.4).
import { bareWidthMix, type QuantFormat } from '../data/quantFormats';
import { ggmlBitsPerWeight, type GgmlTypeName } from '../data/ggmlTypes';
import { ggufTensorType, layerRuleClass, type MixContext } from '../quant/ggufMix';
import { exl3TensorBits, mlcTensorBits } from '../quant/formatTensorBits';
import { mergedTensorInventory, type InventoryShape, type Tensor } from './tensorInventory';
import { Memo } from '../memo';

export interface WeightsResult {
  bytes: number;
  /** Bytes over parameters, in bits. */
  bitsPerWeight: number;
  notes: string[];
  /** The same bytes by where engines place them (devices.ts splits them over GPUs and the CPU). */
  parts?: WeightsParts;
}

/** Weights bytes by placement role. */
export interface WeightsParts {
  /** Input token embeddings (and Gemma 3n's per-layer embeddings). */
  embeddings: number;
  /** The output projection when untied (tied models reuse the embeddings). */
  output: number;
  /** The repeating blocks, and matrices the config does not itemise. */
  layers: number;
  /** Norms and biases (replicated on every tensor-parallel rank). */
  norms: number;
  /** A vision tower counted in the weights. */
  vision: number;
  /** Of `layers`, the routed experts (what llama.cpp's --n-cpu-moe keeps in system RAM). */
  experts?: number;
}

/** Every part multiplied by `k` (a label blend, or parts scaled to a known total). */
export function scaleParts(p: WeightsParts, k: number): WeightsParts {
  return {
    embeddings: p.embeddings * k,
    output: p.output * k,
    layers: p.layers * k,
    norms: p.norms * k,
    vision: p.vision * k,
    ...(p.experts !== undefined ? { experts: p.experts * k } : {}),
  };
}

function addPart(parts: WeightsParts, t: Tensor, bytes: number): void {
  if (t.role === 'token_embd' || t.role === 'per_layer_embd') parts.embeddings += bytes;
  else if (t.role === 'output') parts.output += bytes;
  else if (t.role === 'vision') parts.vision += bytes;
  else if (t.role === 'small') parts.norms += bytes;
  else parts.layers += bytes;
  if (t.experts) parts.experts = (parts.experts ?? 0) + bytes;
}

const LINEAR = new Set<Tensor['role']>([
  'attn_q',
  'attn_k',
  'attn_v',
  'attn_output',
  'attn_qkv',
  'attn_q_a',
  'attn_q_b',
  'attn_kv_a',
  'attn_kv_b',
  'ffn_gate',
  'ffn_up',
  'ffn_down',
  'ffn_gate_exps',
  'ffn_up_exps',
  'ffn_down_exps',
  'ffn_gate_shexp',
  'ffn_up_shexp',
  'ffn_down_shexp',
  'other',
]);

/** Bits of one tensor in a non-GGUF format. */
function tensorBits(t: Tensor, f: QuantFormat, bits: number, moe: boolean): number {
  const linear = LINEAR.has(t.role);
  switch (f.family) {
    case 'float':
      return bits;
    case 'fp8':
      return linear ? 8 + 32 / (128 * 128) : 16; // fp32 scale per 128×128 block
    case 'gptq':
    case 'awq':
    case 'bnb':
      return linear ? bits : 16;
    case 'int':
      return linear ? f.effectiveBpw : 16; // group scales included
    case 'fp4':
      return t.experts || (linear && !moe) ? bits : 16; // gpt-oss: experts only
    case 'exl2':
      return linear ? bits : t.role === 'output' ? 6 : 16; // "h6" head
    case 'exl3':
      return exl3TensorBits(t, bits, linear);
    case 'mlc':
      return f.mlc ? mlcTensorBits(t, f.mlc, linear) : bits;
    case 'mlx':
      return linear || t.role === 'token_embd' || t.role === 'output' ? bits : 16;
    default:
      return bits;
  }
}

/** Results per model, format and bits (the hover and the panel ask for the same ones repeatedly). */
const priced = new Memo<WeightsResult>(500);

/**
 * The model's tensors with alike layers merged (quant/ggufMix.ts layerRuleClass), so that pricing
 * a format visits a few dozen tensors instead of every layer's. Remembered per model.
 */
const grouped = new Memo<Tensor[]>(200);
function tensorGroups(model: InventoryShape, key: string): Tensor[] {
  // Keyed by the caller's model key too: two ModelInfo objects may share size and width.
  return grouped.get(`${key}|${model.family}|${model.params}|${model.layers}|${model.hiddenSize}`, () =>
    mergedTensorInventory(model, layerRuleClass),
  );
}

/**
 * Weights of `model` (a catalog model, or a template scaled to a label's size) in format `f`.
 * `bits` is the label's own bits per weight (EXL2 "4.65bpw"); `key` identifies the model for caching.
 */
export function weightsBytes(
  model: InventoryShape,
  f: QuantFormat,
  bits: number,
  key: string,
  visionInFile = false,
): WeightsResult {
  const scale = model.elementScale ?? 1;
  if (scale !== 1) {
    // Every tensor of a scaled template grows alike, so the bytes scale too: price the template
    // once per format and share it between all the size labels that borrow it.
    const base = weightsBytes(
      { ...model, elementScale: 1 },
      f,
      bits,
      `${model.family}|${model.params}|${model.layers}`,
      visionInFile,
    );
    const parts = base.parts && scaleParts(base.parts, scale);
    return { bytes: base.bytes * scale, bitsPerWeight: base.bitsPerWeight, notes: base.notes, parts };
  }
  return priced.get(`${key}|${f.name}|${bits}|${visionInFile}`, () => price(model, f, bits, visionInFile, key));
}

function price(model: InventoryShape, f: QuantFormat, bits: number, visionInFile: boolean, key: string): WeightsResult {
  const tensors = tensorGroups(model, key);
  const params = tensors.reduce((sum, t) => sum + t.elements, 0);
  let total = 0;
  const notes: string[] = [];
  const parts: WeightsParts = { embeddings: 0, output: 0, layers: 0, norms: 0, vision: 0 };
  if (f.family === 'gguf') {
    const ctx: MixContext = {
      fileType: genericFileType(f.name),
      layers: model.layers,
      gqa: Math.max(1, Math.round(model.attentionHeads / model.kvHeads)),
      experts: model.experts ?? 0,
      family: model.family,
      is70B: model.layers === 80 && model.family === 'llama',
      hasImatrix: /^IQ[123]/.test(f.name),
    };
    // Elements per storage type; the bytes follow from each type's block size.
    const byType = new Map<GgmlTypeName | 'vision', number>();
    // Ollama converts models itself: its blobs carry the vision projector in F16 (Gemma 3n's
    // build is text-only but keeps the per-layer embeddings in F16; its 5.6 and 7.5 GB downloads
    // match only that).
    const ollamaGemma3n = visionInFile && model.family === 'gemma3n';
    // Gemma 4's E2B/E4B downloads (7.2 and 9.6 GB) likewise match only per-layer embeddings in F16.
    const ollamaF16Ple = visionInFile && (model.perLayerEmbeddings ?? 0) > 0;
    if (visionInFile && !ollamaGemma3n) {
      const vision = tensors.find(t => t.role === 'vision');
      if (vision) {
        total += vision.elements * 2;
        parts.vision += vision.elements * 2;
      }
    }
    // A checkpoint released with MXFP4 experts (gpt-oss) converts to GGUF with the experts still in
    // MXFP4, and llama-quantize does not requantize them: every file type keeps them.
    const mxfp4Experts = model.releasedQuant === 'MXFP4';
    for (const t of tensors) {
      if (t.role === 'vision') {
        byType.set('vision', (byType.get('vision') ?? 0) + t.elements);
        continue;
      }
      const type =
        mxfp4Experts && t.experts
          ? 'MXFP4'
          : ollamaF16Ple && t.role === 'per_layer_embd'
            ? 'F16'
            : ggufTensorType(t, ctx, model.tiedEmbeddings);
      byType.set(type, (byType.get(type) ?? 0) + t.elements);
      addPart(parts, t, (t.elements * ggmlBitsPerWeight(type)) / 8);
    }
    for (const [type, n] of byType) if (type !== 'vision') total += (n * ggmlBitsPerWeight(type)) / 8;
    const mix = [...byType]
      .filter(([type]) => type !== 'vision')
      .sort((a, b) => b[1] - a[1])
      .map(([type, n]) => `${type} ${percent(n / params)}`)
      .join(', ');
    notes.push(`${f.name} per tensor as llama.cpp's quantizer assigns it: ${mix}`);
    if (byType.has('vision')) {
      notes.push(
        visionInFile && !ollamaGemma3n
          ? 'the vision tower is included in F16, as Ollama ships it with the model'
          : 'the vision tower ships as a separate mmproj GGUF and is not counted (add it when images are used)',
      );
    }
    if (mxfp4Experts) notes.push('the experts stay in MXFP4 as released; uploads that requantize them are larger');
  } else {
    const moe = (model.experts ?? 0) > 0;
    // gpt-oss exists only with MXFP4 experts: a 16-bit upload of it converts the other tensors.
    const keepMxfp4 = model.releasedQuant === 'MXFP4' && f.family === 'float';
    for (const t of tensors) {
      const bytes = (t.elements * (keepMxfp4 && t.experts ? 4.25 : tensorBits(t, f, bits, moe))) / 8;
      total += bytes;
      addPart(parts, t, bytes);
    }
    if (keepMxfp4) notes.push(`the experts stay in MXFP4 as released; the other tensors are ${f.name}`);
    if (f.family !== 'float') {
      notes.push(
        f.family === 'fp4'
          ? `${f.name}: expert weights at ${bits} bits; attention, embeddings and everything else in BF16`
          : f.family === 'mlc' || f.family === 'exl3'
            ? formatNote(f, bits)
            : `${f.name}: linear layers at ${Number(bits.toFixed(3))} bits per weight; ` +
              `embeddings${f.family === 'mlx' ? '' : ', output'} and norms stay at 16 bits`,
      );
    }
  }
  return { bytes: total, bitsPerWeight: (8 * total) / params, notes, parts };
}

/** What an MLC or EXL3 estimate assumed of each kind of tensor. */
function formatNote(f: QuantFormat, bits: number): string {
  const m = f.mlc;
  if (!m) {
    return (
      `${f.name}: linear layers at ${Number(bits.toFixed(3))} bits per weight, the output layer at 6 ` +
      '(exllamav3 defaults); embeddings and norms 16-bit (ExLlamaV3 keeps the embeddings in system RAM)'
    );
  }
  const float = m.floatBits === 32 ? 'float32' : 'float16';
  // MLC runs the whole model in its float type, KV cache included (web-llm's vram_required_MB for
  // Llama-3.1-8B: q4f32_1 needs 1,100 MB more than q4f16_1 at 4,096 tokens, 479 MB of it weights).
  const kv = m.floatBits === 32 ? '; MLC also keeps the KV cache in float32, twice the F16 cache priced here' : '';
  if (m.kind === 'none') return `${f.name}: every tensor in ${f.name.includes('bf16') ? 'bfloat16' : float}${kv}`;
  return (
    `${f.name} (MLC LLM / WebLLM): linear layers at ${Number(f.typeBpw.toFixed(3))} bits per weight with their ` +
    `scales; embeddings and output ${m.quantizeEmbedding ? 'quantized too' : `in ${float}`}; norms in ${float}` +
    kv
  );
}

function percent(share: number): string {
  return `${(100 * share).toFixed(share < 0.01 ? 1 : 0)}%`;
}

/** "Q4" alone: the most common mix of that width (the quant table says which). */
function genericFileType(name: string): string {
  return bareWidthMix(name) ?? name;
}

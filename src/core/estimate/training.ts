// Memory for fine-tuning (ESTIMATION.md section 6). The sequence length is the estimate's
// contextTokens and the micro-batch its batch; gradient checkpointing and bf16 mixed precision are
// assumed, as in the common recipes (PEFT, Unsloth, LLaMA-Factory).
import type { Mode } from '../types';
import { embeddingParams, type Architecture } from './architecture';

/** LoRA defaults: rank 16 on every attention and MLP projection. */
export const LORA_RANK = 16;
/** Bytes per trainable parameter with mixed-precision AdamW: bf16 weight and gradient, fp32 master, m and v. */
const ADAMW_BYTES = 2 + 2 + 4 + 4 + 4;

export interface TrainingResult {
  /** Frozen or trained weights as held during training. */
  weightsBytes: number;
  /** Gradients, optimizer state and activations. */
  trainingBytes: number;
  notes: string[];
}

export function loraTrainableParams(a: Architecture, rank = LORA_RANK): number {
  const q = a.attentionHeads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  const perLayer = (a.hiddenSize + q) * 2 + (a.hiddenSize + kv) * 2 + (a.hiddenSize + a.intermediateSize) * 3;
  return a.layers * rank * perLayer;
}

/** Activations kept for the backward pass, with gradient checkpointing (layer inputs + one layer's working set + logits). */
export function activationBytes(a: Architecture, seq: number, batch: number): number {
  const tokens = seq * batch;
  const layerInputs = a.layers * tokens * a.hiddenSize * 2;
  const oneLayer = tokens * (16 * a.hiddenSize + 8 * a.intermediateSize);
  const logits = tokens * a.vocabSize * (2 + 4);   // bf16 logits and their fp32 upcast for the loss
  return layerInputs + oneLayer + logits;
}

export function trainingBytes(mode: Exclude<Mode, 'inference'>, params: number, a: Architecture, seq: number, batch: number): TrainingResult {
  const activations = activationBytes(a, seq, batch);
  const actNote = `activations for ${seq.toLocaleString('en-US')} tokens × ${batch} with gradient checkpointing, including the ${a.vocabSize.toLocaleString('en-US')}-token logits`;
  if (mode === 'full') {
    return {
      weightsBytes: params * 2,
      trainingBytes: params * (ADAMW_BYTES - 2) + activations,
      notes: ['full fine-tuning with mixed-precision AdamW: 16 bytes per parameter (bf16 weights and gradients, fp32 master copy and two moments)', actNote],
    };
  }
  const trainable = loraTrainableParams(a);
  const adapters = trainable * ADAMW_BYTES;
  const loraNote = `LoRA rank ${LORA_RANK} on all attention and MLP projections: ${(trainable / 1e6).toFixed(1)}M trainable parameters at 16 bytes each`;
  if (mode === 'lora') {
    return { weightsBytes: params * 2, trainingBytes: adapters + activations, notes: ['frozen base weights in bf16', loraNote, actNote] };
  }
  // QLoRA: NF4 with double quantization on the linear layers; embeddings stay bf16; a bf16 copy of
  // the largest layer is dequantized at a time.
  const embed = Math.min(embeddingParams(a), params * 0.5);
  const base = ((params - embed) * 4.127) / 8 + embed * 2;
  const dequant = Math.max(a.hiddenSize * a.intermediateSize, a.vocabSize * a.hiddenSize) * 2;
  return {
    weightsBytes: base,
    trainingBytes: adapters + activations + dequant,
    notes: ['frozen base in NF4 with double quantization (4.127 bits per weight) on linear layers, embeddings in bf16', loraNote, actNote],
  };
}

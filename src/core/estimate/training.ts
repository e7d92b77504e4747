// Memory for fine-tuning (docs/ESTIMATION.md section 6). The sequence length is the estimate's
// contextTokens and the micro-batch its batch; bf16 mixed precision with AdamW, as in the common
// recipes (PEFT, Unsloth, LLaMA-Factory).
import type { MemoryParts, Mode } from '../types';
import { embeddingParams, type Architecture } from './architecture';
import { formatInt } from '../units';

/** LoRA defaults: rank 16 on every attention and MLP projection. */
export const LORA_RANK = 16;
/** Optimizer state per trainable parameter with mixed-precision AdamW: fp32 master copy, m and v. */
const ADAMW_STATE_BYTES = 4 + 4 + 4;
/** bf16 gradient per trainable parameter. */
const GRAD_BYTES = 2;
/**
 * Bytes per token per vocabulary entry at the loss: bf16 logits (2), their fp32 upcast (4), the
 * fp32 log-softmax (4), and its gradient in fp32 and bf16 (4 + 2). With 128k–262k vocabularies
 * this is the largest activation of all.
 */
const LOSS_BYTES_PER_LOGIT = 16;
/** NF4 with double quantization (QLoRA paper §3): 4 + 0.127 bits. */
export const NF4_DQ_BITS = 4.127;

export interface TrainingResult {
  /** Frozen or trained weights as held during training. */
  weightsBytes: number;
  /** Gradients, optimizer state and activations. */
  trainingBytes: number;
  parts: MemoryParts;
  notes: string[];
}

export function loraTrainableParams(a: Architecture, rank = LORA_RANK): number {
  const q = a.attentionHeads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  const perLayer = (a.hiddenSize + q) * 2 + (a.hiddenSize + kv) * 2 + (a.hiddenSize + a.intermediateSize) * 3;
  return a.layers * rank * perLayer;
}

/**
 * Activations kept for the backward pass. With gradient checkpointing: every layer's input, one
 * layer's working set being recomputed, and the loss. Without it: every layer's working set.
 * A layer's working set in bf16 is about 16 values per hidden unit (attention with flash
 * attention, norms, residuals) plus 8 per MLP unit (gate, up, activation, product).
 */
export function activationBytes(a: Architecture, seq: number, batch: number, checkpointing: boolean): number {
  const tokens = seq * batch;
  const layerWorkingSet = tokens * (16 * a.hiddenSize + 8 * a.intermediateSize);
  const layers = checkpointing ? a.layers * tokens * a.hiddenSize * 2 + layerWorkingSet : a.layers * layerWorkingSet;
  return layers + tokens * a.vocabSize * LOSS_BYTES_PER_LOGIT;
}

export function trainingBytes(
  mode: Exclude<Mode, 'inference'>, params: number, a: Architecture, seq: number, batch: number, checkpointing: boolean,
): TrainingResult {
  const activations = activationBytes(a, seq, batch, checkpointing);
  const actNote = `activations for ${formatInt(seq)} tokens × ${batch} ${checkpointing ? 'with' : 'without'} gradient checkpointing, including the loss over a ${formatInt(a.vocabSize)}-token vocabulary`;
  if (mode === 'full') {
    const gradients = params * GRAD_BYTES;
    const optimizer = params * ADAMW_STATE_BYTES;
    return {
      weightsBytes: params * 2,
      trainingBytes: gradients + optimizer + activations,
      parts: { gradientsBytes: gradients, optimizerBytes: optimizer, activationsBytes: activations },
      notes: ['full fine-tuning with mixed-precision AdamW: 16 bytes per parameter (bf16 weights and gradients, fp32 master copy and two moments)', actNote],
    };
  }
  const trainable = loraTrainableParams(a);
  // Adapters train in fp32 beside the frozen base: weights 4, gradients 4, AdamW m and v 8 bytes.
  const gradients = trainable * 4;
  const optimizer = trainable * (4 + 8);
  const loraNote = `LoRA rank ${LORA_RANK} on all attention and MLP projections: ${(trainable / 1e6).toFixed(1)}M trainable parameters at 16 bytes each`;
  if (mode === 'lora') {
    return {
      weightsBytes: params * 2,
      trainingBytes: gradients + optimizer + activations,
      parts: { gradientsBytes: gradients, optimizerBytes: optimizer, activationsBytes: activations },
      notes: ['frozen base weights in bf16', loraNote, actNote],
    };
  }
  // QLoRA: NF4 with double quantization on the linear layers; embeddings stay bf16; one layer's
  // weights are dequantized to bf16 at a time.
  const embed = Math.min(embeddingParams(a), params * 0.5);
  const base = ((params - embed) * NF4_DQ_BITS) / 8 + embed * 2;
  const dequant = Math.max(a.hiddenSize * a.intermediateSize, a.vocabSize * a.hiddenSize) * 2;
  return {
    weightsBytes: base,
    trainingBytes: gradients + optimizer + activations + dequant,
    parts: { gradientsBytes: gradients, optimizerBytes: optimizer, activationsBytes: activations + dequant },
    notes: [`frozen base in NF4 with double quantization (${NF4_DQ_BITS} bits per weight) on linear layers, embeddings in bf16`, loraNote, actNote],
  };
}

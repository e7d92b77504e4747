// Activations a training step keeps for the backward pass, per token, in bf16 compute
// (ESTIMATION.md section 6). Counted tensor by tensor for a pre-norm decoder layer with gated MLP,
// as transformers implements Llama/Qwen/Mistral:
//   RMSNorm ×2   — upcasts to fp32 and keeps its fp32 input (4h), and its bf16 output (2h)
//                  only when the norm weight trains (mul saves the other factor)           → 8h or 12h
//   attention    — q and k after RoPE, v, and the attention output (2 bytes each)      → 4q + 4kv
//   gated MLP    — gate, act(gate), up and their product (2 bytes each)                → 8·ffn
// (Korthikanti et al., Reducing Activation Recomputation, arXiv:2205.05198 §4.1 counts the same
// tensors for a GPT layer: 34·h per token with a 4h MLP, plus 5·heads·seq without fused attention.)
import type { Architecture } from '../architecture';
import { projectionShape, type LoraTarget } from './loraAdapters';

export type AttentionKind = 'eager' | 'sdpa' | 'flash';

/** Width of the MLP a token passes through (MoE: the experts it visits plus shared experts). */
export function mlpWidth(a: Architecture): number {
  if (!a.experts) return a.intermediateSize;
  return (a.expertIntermediateSize ?? a.intermediateSize) * (a.expertsPerToken ?? 1)
    + (a.sharedExpertIntermediateSize ?? 0) * (a.sharedExperts ? 1 : 0);
}

/**
 * Bytes per token one decoder layer saves for its backward pass (memory-efficient attention).
 * `normsTrain`: full fine-tuning trains the norm weights, LoRA freezes them.
 */
export function layerActivationBytes(a: Architecture, normsTrain = true): number {
  const q = a.attentionHeads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  return (normsTrain ? 12 : 8) * a.hiddenSize + 4 * q + 4 * kv + 8 * mlpWidth(a);
}

/**
 * Without a memory-efficient kernel (eager attention) the layer also keeps the softmax of the
 * scores, once in fp32 and once cast back to bf16: 6 bytes × heads × sequence per token. SDPA
 * and FlashAttention 2 keep only a per-row log-sum-exp (Dao et al., FlashAttention,
 * arXiv:2205.14135 §3.1).
 */
export function eagerScoresBytes(a: Architecture, seq: number): number {
  return 6 * a.attentionHeads * seq;
}

/**
 * LoRA with fp32 adapters on a bf16 base (PEFT's default since autocast_adapter_dtype, peft
 * 0.12): each adapted projection casts its input to fp32 and keeps that copy for lora_A's
 * backward, 4·d_in bytes per token per adapted matrix.
 */
export function loraInputBytes(a: Architecture, targets: readonly LoraTarget[]): number {
  return targets.reduce((sum, t) => sum + 4 * projectionShape(a, t)[0], 0);
}

export interface ActivationSettings {
  seq: number;
  batch: number;
  checkpointing: boolean;
  attention: AttentionKind;
  loraTargets: readonly LoraTarget[];
  /** Full fine-tuning: the norm weights train too. */
  normsTrain: boolean;
}

/**
 * Activations kept for the backward pass, split into what stays for the whole step and what one
 * layer adds while it is being differentiated. With gradient checkpointing every layer keeps only
 * its input (2h per token) and one layer at a time is recomputed with its full set; without it
 * every layer keeps its full set. The layer being differentiated also holds the gradients of its
 * widest tensors, the gate and up projections (2 × 2·ffn per token).
 */
export function activationBytes(a: Architecture, s: ActivationSettings): { kept: number; layerPeak: number } {
  const tokens = s.seq * s.batch;
  const perLayer = layerActivationBytes(a, s.normsTrain) + loraInputBytes(a, s.loraTargets)
    + (s.attention === 'eager' ? eagerScoresBytes(a, s.seq) : 0);
  const backwardGrads = 4 * mlpWidth(a);
  return s.checkpointing
    ? { kept: tokens * a.layers * 2 * a.hiddenSize, layerPeak: tokens * (perLayer + backwardGrads) }
    : { kept: tokens * a.layers * perLayer, layerPeak: tokens * backwardGrads };
}

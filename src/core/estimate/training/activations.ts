// Activations a training step keeps for the backward pass, per token, in bf16 compute
// (docs/ESTIMATION.md section 6). Counted tensor by tensor for a pre-norm decoder layer with a gated MLP
// as transformers (and LitGPT, torchtune) implement Llama/Qwen/Mistral, from what each autograd
// node saves:
//   RMSNorm ×2  — computes in fp32 and keeps its fp32 input (4h); a trained norm weight also keeps
//                 the normalized bf16 tensor it multiplies (2h)                       → 8h (+4h)
//   attention   — SDPA/FlashAttention keep q and k after RoPE, v and the output     → 4q + 4kv
//   gated MLP   — SiLU keeps gate, the product keeps act(gate) and up               → 6·ffn
//   linear inputs — a linear layer keeps its input only when it needs it for a weight gradient
//                 (full fine-tuning) or when its kernel saves it anyway (bitsandbytes MatMul4Bit
//                 keeps A for the backward): norm outputs 2h twice, attention output 2q, MLP
//                 product 2·ffn. A frozen bf16 linear keeps nothing.
// (Korthikanti et al., Reducing Activation Recomputation, arXiv:2205.05198 §4.1 counts the same
// tensors for a GPT layer: 34·h per token with a 4h MLP, plus 5·heads·seq without fused attention.)
import type { Architecture } from '../architecture';
import { projectionShape, type LoraTarget } from './loraAdapters';

export type AttentionKind = 'eager' | 'sdpa' | 'flash';

/** Width of the MLP a token passes through (MoE: the experts it visits plus shared experts). */
export function mlpWidth(a: Architecture): number {
  if (!a.experts) return a.intermediateSize;
  return (
    (a.expertIntermediateSize ?? a.intermediateSize) * (a.expertsPerToken ?? 1) +
    (a.sharedExpertIntermediateSize ?? 0) * (a.sharedExperts ? 1 : 0)
  );
}

/** How the layer's weights train, which decides what its linear layers keep. */
export interface LayerTraining {
  /** Full fine-tuning: every weight, norms included, trains. */
  fullTraining: boolean;
  /** The frozen base is quantized and its matmul kernel keeps each input (bitsandbytes 4-bit). */
  kernelKeepsInputs: boolean;
  /** LoRA targets. */
  adapters: readonly LoraTarget[];
  /**
   * fp32 adapters on a bf16 base (PEFT's default since autocast_adapter_dtype, peft 0.12): each
   * adapted projection casts its input to fp32 and keeps that copy for lora_A's backward.
   */
  fp32Adapters: boolean;
}

/** The four inputs of a layer's linear projections and the projections that read each. */
const INPUTS: ReadonlyArray<{ readers: readonly LoraTarget[]; width: (a: Architecture) => number }> = [
  { readers: ['q_proj', 'k_proj', 'v_proj'], width: a => a.hiddenSize },
  { readers: ['o_proj'], width: a => a.attentionHeads * a.headDim },
  { readers: ['gate_proj', 'up_proj'], width: a => a.hiddenSize },
  { readers: ['down_proj'], width: a => mlpWidth(a) },
];

/** Bytes per token one decoder layer keeps for its backward pass (memory-efficient attention). */
export function layerActivationBytes(a: Architecture, t: LayerTraining): number {
  const q = a.attentionHeads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  let bytes = (t.fullTraining ? 12 : 8) * a.hiddenSize + 4 * q + 4 * kv + 6 * mlpWidth(a);
  for (const input of INPUTS) {
    const adapted = input.readers.some(r => t.adapters.includes(r));
    if (t.fullTraining || t.kernelKeepsInputs || (adapted && !t.fp32Adapters)) bytes += 2 * input.width(a);
  }
  if (t.fp32Adapters) bytes += loraInputBytes(a, t.adapters);
  return bytes;
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

/** fp32 copies of the adapted projections' inputs: 4·d_in bytes per token per adapted matrix. */
export function loraInputBytes(a: Architecture, targets: readonly LoraTarget[]): number {
  return targets.reduce((sum, t) => sum + 4 * projectionShape(a, t)[0], 0);
}

export interface ActivationSettings extends LayerTraining {
  seq: number;
  batch: number;
  checkpointing: boolean;
  attention: AttentionKind;
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
  const perLayer = layerActivationBytes(a, s) + (s.attention === 'eager' ? eagerScoresBytes(a, s.seq) : 0);
  const backwardGrads = 4 * mlpWidth(a);
  return s.checkpointing
    ? { kept: tokens * a.layers * 2 * a.hiddenSize, layerPeak: tokens * (perLayer + backwardGrads) }
    : { kept: tokens * a.layers * perLayer, layerPeak: tokens * backwardGrads };
}

// The logits and the cross-entropy loss: vocabulary × tokens, the largest single tensors of a
// training step for 128k–256k vocabularies.
import type { Architecture } from '../architecture';

export type LossPrecision = 'fp32' | 'bf16';

/**
 * Bytes per logit alive at the loss: four tensors of vocabulary × tokens — the logits, the copy
 * the loss computes on (shifted by one token, and upcast to fp32 where the framework does it), the
 * log-softmax F.cross_entropy saves for the backward pass, and the gradient it returns. In fp32
 * (transformers' loss_utils.ForCausalLMLoss `logits.float()`, or torch.autocast, which runs
 * cross_entropy in fp32): 2 + 3 × 4 + 2 ≈ 16 bytes. Without any upcast (model code that takes the
 * loss of bf16 logits outside autocast, e.g. under DeepSpeed's bf16 mode): 4 × 2 = 8 bytes.
 */
export const LOSS_BYTES_PER_LOGIT: Record<LossPrecision, number> = { fp32: 16, bf16: 8 };

export function lossBytes(a: Architecture, seq: number, batch: number, precision: LossPrecision = 'fp32'): number {
  return seq * batch * a.vocabSize * LOSS_BYTES_PER_LOGIT[precision];
}

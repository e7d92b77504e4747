// Activation memory of one prefill step, as the SGLang, TGI, MLX and transformers policies size
// it: per token, four hidden-size and two intermediate-size vectors in 16 bits; plus float32
// logits over the vocabulary for `logitRows` sequences at once. One formula, so the policies
// cannot drift apart; each passes its own chunk size and logit rows.
import type { PolicyArchitecture } from './policy';

export function prefillActivationBytes(a: PolicyArchitecture, tokens: number, logitRows: number): number {
  return tokens * (2 * a.intermediateSize + 4 * a.hiddenSize) * 2 + a.vocabSize * 4 * logitRows;
}

// A context longer than the model was trained for: said once, in the estimate's assumptions, and
// shown by the estimate panel as a warning. The native maximum is the model's own
// (max_position_embeddings in its config.json, or the documented native context in the catalog);
// a size-only label borrows a template's shape and has no maximum of its own, so it gets no warning.
// Engines refuse it or cap it: vLLM rejects a --max-model-len above the model's maximum unless
// VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 (https://docs.vllm.ai/en/v0.10.2/configuration/env_vars.html);
// llama.cpp logs "n_ctx_seq > n_ctx_train -- possible training context overflow"
// (ggml-org/llama.cpp src/llama-context.cpp) and llama-server caps each slot at the training context
// ("exceeds the training context of the model - capping", tools/server).
import { formatInt } from '../units';

export function contextWarning(contextTokens: number, nativeMax: number | undefined): string | undefined {
  if (nativeMax === undefined || !Number.isFinite(nativeMax) || nativeMax <= 0 || contextTokens <= nativeMax)
    return undefined;
  return (
    `${formatInt(contextTokens)} tokens exceed the model's native maximum of ${formatInt(nativeMax)}: ` +
    'without RoPE scaling (such as YaRN) engines refuse or cap it; memory is priced as asked'
  );
}

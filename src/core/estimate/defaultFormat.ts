// The weights format an estimate shows when its request names none. One rule for the hover's
// "to run it" line, the estimate panel and the estimate command.
import type { EstimateInput } from '../types';
import { DEFAULT_GGUF_FORMAT, DEFAULTS, ENGINE_TABLE } from '../options';
import { unlessInvalid } from '../errors';
import { resolveModel } from './resolveModel';

/**
 * The request's own format; for QLoRA, NF4 (the frozen base is loaded in bitsandbytes 4-bit: what
 * estimate/training.ts prices when no format is named); for LoRA and full fine-tuning, undefined
 * (training starts from the published weights); else the one its model's name carries
 * ("…-Q5_K_M.gguf") or an Ollama tag downloads; else, for an engine that loads GGUF files,
 * DEFAULT_GGUF_FORMAT; else undefined:
 * the engine loads the published weights. Undefined too when the model cannot be resolved.
 */
export function defaultWeightsFormat(
  req: Pick<EstimateInput, 'quant' | 'engine' | 'model' | 'params' | 'activeParams' | 'mode'>,
): string | undefined {
  if (req.quant) return req.quant;
  if (req.mode !== undefined && req.mode !== 'inference') return req.mode === 'qlora' ? 'NF4' : undefined;
  // A GGUF header's ModelInfo is priced from its own tensor types (exact): no format is assumed.
  if (isGgufModelInfo(req.model)) return undefined;
  // A bare size names no format; only a model name can (and resolving one costs a catalog lookup).
  if (req.model !== undefined) {
    const model = unlessInvalid(() => resolveModel(req));
    if (!model) return undefined;
    if (model.quantInName) return model.quantInName;
    if (model.ollamaDefault) return model.ollamaDefault;
  }
  return ENGINE_TABLE[req.engine ?? DEFAULTS.engine].weights === 'gguf' ? DEFAULT_GGUF_FORMAT : undefined;
}

/** A ModelInfo read from a GGUF header, with the tensor bytes an exact estimate prices. */
export function isGgufModelInfo(model: unknown): boolean {
  if (!model || typeof model !== 'object') return false;
  const m = model as { resolvedAs?: unknown; ggufTensorBytes?: unknown };
  return m.resolvedAs === 'gguf' && typeof m.ggufTensorBytes === 'number' && m.ggufTensorBytes > 0;
}

// The estimate request a label starts from when the file says how the model runs: the label's model
// and format, then the file's engine (else the user's, else the one that runs the format), format,
// context, sequences, mode and KV cache. No vscode import: unit-tested.
import type { EstimateRequest } from '../core/render/estimateView';
import type { Label, RunSettings } from '../core/types';
import { chooseEngine } from '../core/settings/chooseEngine';
import { KV_CACHE_FORMATS, LIMITS, type EngineSetting } from '../core/options';
import { requestFromLabel } from './estimateRequest';

export function requestAsConfigured(
  label: Label,
  file: RunSettings | undefined,
  userEngine?: EngineSetting,
): EstimateRequest {
  const request = requestFromLabel(label);
  const quant = file?.quant ?? request.quant;
  if (quant) request.quant = quant;
  const choice = chooseEngine(file?.engine, userEngine, quant);
  if (choice.from === 'file' || choice.from === 'format') request.engine = choice.policy;
  if (!file) return request;
  const training = file.mode !== undefined && file.mode !== 'inference';
  if (training) request.mode = file.mode;
  const context = training ? (file.seqLen ?? file.contextTokens) : file.contextTokens;
  if (context !== undefined && context <= LIMITS.maxContext) request.contextTokens = context;
  // vLLM-like engines reserve KV for all sequences together and llama-server's slots share -c:
  // their sequence counts do not multiply the KV (docs/run-settings.md)
  const multiplies =
    training || choice.policy === 'ollama' || choice.policy === 'transformers' || choice.policy === 'mlx';
  const batch = training ? file.trainBatch : file.batch;
  if (multiplies && batch !== undefined && batch <= LIMITS.maxBatch) request.batch = batch;
  if (file.kvCacheQuant && (KV_CACHE_FORMATS as readonly string[]).includes(file.kvCacheQuant))
    request.kvCacheQuant = file.kvCacheQuant;
  return request;
}

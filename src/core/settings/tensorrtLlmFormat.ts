// TensorRT-LLM's checkpoint conversion states the weights' format with flags that only mean
// something together: `--use_weight_only` quantizes the weights, `--weight_only_precision` says to
// what (default int8; without `--use_weight_only` it has no effect), `--use_fp8` stores FP8
// weights, and `--fp8_kv_cache` an FP8 KV cache. Source: NVIDIA/TensorRT-LLM
// examples/models/core/llama/convert_checkpoint.py @ fd96a08bdc489f41f139b295935b10ed43652fa1
// (parse_arguments, precision_to_config: int8 → W8A16, int4 → W4A16, int4_gptq → W4A16_GPTQ,
// int4_awq → W4A16_AWQ; args_to_quant_config). `int8_gptq` has no name in the format table and
// `--int8_kv_cache` no KV type of its own there: neither is read.
import type { OptionPair } from './optionPairs';
import { readBool, readText, type Resolve } from './readValue';

const WEIGHT_ONLY: Record<string, string> = { int8: 'INT8', int4: 'INT4', int4_gptq: 'GPTQ', int4_awq: 'AWQ' };

export interface TensorrtLlmFormat {
  quant?: { value: string; pair: OptionPair };
  kvCacheQuant?: { value: string; pair: OptionPair };
  /** The weights are quantized (even to a format not read): `--dtype` then names the activations only. */
  quantized: boolean;
}

export function tensorrtLlmFormat(pairs: OptionPair[], resolve: Resolve): TensorrtLlmFormat {
  const get = (key: string) => pairs.filter(p => p.key === key).pop();
  const on = (p?: OptionPair) => !!p && readBool(p.valueText ?? p.value?.text ?? 'true', resolve) === true;
  const out: TensorrtLlmFormat = { quantized: false };
  const weightOnly = get('use_weight_only');
  if (on(weightOnly)) {
    out.quantized = true;
    const precision = get('weight_only_precision');
    // a missing precision, or the flag with no value, is int8 (the option's default and const)
    const given = precision?.valueText ?? precision?.value?.text;
    const raw = given === undefined ? 'int8' : readText(given, resolve);
    const value = raw === undefined ? undefined : WEIGHT_ONLY[raw.toLowerCase()];
    if (value) out.quant = { value, pair: precision ?? weightOnly! };
  } else if (on(get('use_fp8'))) {
    out.quantized = true;
    out.quant = { value: 'FP8', pair: get('use_fp8')! };
  }
  if (on(get('fp8_kv_cache'))) out.kvCacheQuant = { value: 'FP8', pair: get('fp8_kv_cache')! };
  return out;
}

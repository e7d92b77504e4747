// The format a checkpoint ships in: its dtype (torch_dtype, or dtype in newer configs) and, when
// the weights are quantized, the method its quantization_config names (DeepSeek V3's fp8 blocks,
// gpt-oss's mxfp4 experts, AWQ, GPTQ, bitsandbytes, compressed-tensors, ModelOpt).
import type { ConfigFields, Json } from './configFields';

export type NativeDtype = 'BF16' | 'F16' | 'F32' | 'FP8' | 'MXFP4';

export function nativeDtype(f: ConfigFields): NativeDtype {
  const d = (f.str('torch_dtype', 'dtype') ?? '').toLowerCase();
  if (d === 'float16' || d === 'half') return 'F16';
  if (d === 'float32' || d === 'float') return 'F32';
  return 'BF16';
}

/** The weights format named by quantization_config, in the estimator's names; undefined for none. */
export function releasedQuant(f: ConfigFields): string | undefined {
  const q = f.obj('quantization_config');
  if (!q) return undefined;
  const method = String(q.quant_method ?? '').toLowerCase();
  const bits = typeof q.bits === 'number' ? q.bits : typeof q.w_bit === 'number' ? q.w_bit : undefined;
  switch (method) {
    case 'fp8':
    case 'fbgemm_fp8':
      return 'FP8';
    case 'mxfp4':
      return 'MXFP4';
    case 'awq':
      return 'AWQ';
    case 'gptq':
      return bits === 8 ? 'GPTQ-Int8' : 'GPTQ';
    case 'bitsandbytes':
      return q.load_in_8bit ? 'INT8' : 'NF4';
    case 'compressed-tensors':
      return compressedTensors(q);
    case 'modelopt':
      return /fp8/i.test(String(q.quant_algo ?? '')) ? 'FP8' : undefined;
    default:
      return undefined;
  }
}

function compressedTensors(q: Json): string | undefined {
  const format = String(q.format ?? '');
  if (/float-quantized|fp8/i.test(format)) return 'FP8';
  if (/pack-quantized|int-quantized/i.test(format)) {
    const groups = Object.values((q.config_groups ?? {}) as Record<string, Json>);
    const bits = (groups[0]?.weights as Json | undefined)?.num_bits;
    return bits === 8 ? 'INT8' : 'INT4';
  }
  return undefined;
}

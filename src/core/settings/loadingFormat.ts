// What a run file says about the weights' format and the fine-tuning method beyond the option
// table: bitsandbytes 4-bit and 8-bit loading (transformers, TRL, axolotl, LLaMA-Factory,
// Unsloth), and whether training uses an adapter (LoRA, QLoRA) or all weights (full).
// bitsandbytes' own default 4-bit type is fp4; TRL, LLaMA-Factory, axolotl (qlora) and Unsloth
// default to nf4 (sources in engineOptions.ts). fp4 has no name in the format table, so a 4-bit
// load whose type is fp4 leaves the format unread.
import type { OptionPair } from './optionPairs';
import { readBool, readInt, readText, type Resolve } from './readValue';
import type { Mode } from '../types';

export interface LoadingFormat {
  quant?: { value: string; pair: OptionPair };
  mode?: { value: Mode; pair?: OptionPair };
}

const LORA_CALLS = /(?:^|\.)(?:get_peft_model|LoraConfig|prepare_model_for_kbit_training)$/;
const NF4_DEFAULT_CALLS = /(?:^|\.)FastLanguageModel\.from_pretrained$|(?:^|\.)FastModel\.from_pretrained$/;

export function loadingFormat(
  pairs: OptionPair[],
  callees: string[],
  training: boolean,
  resolve: Resolve,
): LoadingFormat {
  const get = (key: string) => pairs.filter(p => p.key === key).pop();
  const bool = (p?: OptionPair) => (p ? readBool(p.valueText ?? p.value?.text ?? 'true', resolve) : undefined);
  const text = (p?: OptionPair) =>
    p ? readText(p.valueText ?? p.value?.text ?? '', resolve)?.toLowerCase() : undefined;
  const out: LoadingFormat = {};

  const four = get('load_in_4bit');
  const eight = get('load_in_8bit');
  const bits = get('quantization_bit');
  const method = text(get('quantization_method'));
  const type = text(get('bnb_4bit_quant_type') ?? get('quantization_type'));
  const adapterPair = get('adapter');
  const adapter = text(adapterPair);
  const bitCount = bits ? readInt(bits.valueText ?? bits.value?.text ?? '', resolve) : undefined;
  const bnb = method === undefined || method === 'bnb' || method === 'bitsandbytes';
  const nf4Default = training || callees.some(c => NF4_DEFAULT_CALLS.test(c));

  let fourBit: OptionPair | undefined;
  if (bool(four)) fourBit = four;
  else if (bits && bitCount === 4 && bnb) fourBit = bits;
  else if (adapter === 'qlora' && adapterPair) fourBit = adapterPair;
  if (fourBit) {
    if (type === 'nf4' || (type === undefined && nf4Default)) out.quant = { value: 'NF4', pair: fourBit };
  } else if (bool(eight)) out.quant = { value: 'INT8', pair: eight! };
  else if (bits && bitCount === 8 && bnb) out.quant = { value: 'INT8', pair: bits };

  // LLaMA-Factory's finetuning_type; ms-swift's train_type, later tuner_type (modelscope/ms-swift
  // swift/llm/argument/tuner_args.py: lora, full, …)
  const ft = get('finetuning_type') ?? get('train_type') ?? get('tuner_type');
  const ftType = text(ft);
  const peft = get('use_peft');
  let lora: OptionPair | undefined;
  if (ftType === 'lora' && ft) lora = ft;
  else if ((adapter === 'lora' || adapter === 'qlora') && adapterPair) lora = adapterPair;
  else if (peft && bool(peft)) lora = peft;
  const loraCall = callees.some(c => LORA_CALLS.test(c));
  if (lora || loraCall) out.mode = { value: fourBit ? 'qlora' : 'lora', pair: lora };
  else if (ftType === 'full' && ft) out.mode = { value: 'full', pair: ft };
  else if (training && !pairs.some(p => /^lora_|^peft/.test(p.key))) out.mode = { value: 'full' };
  return out;
}

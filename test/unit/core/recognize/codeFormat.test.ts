// Formats as code and tools write them (issue 12): dtypes, llama.cpp enum names, bitsandbytes and
// Unsloth switches, mistral.rs ISQ names, imatrix prefixes; and code that only looks like them.
import * as assert from 'assert';
import { findLabels } from '../../../../src/core/recognize/findLabels';

function one(text: string): { text: string; quant?: string; dtype?: boolean } {
  const labels = findLabels(text);
  assert.strictEqual(labels.length, 1, `${text} → ${JSON.stringify(labels.map(l => l.text))}`);
  return { text: labels[0].text, quant: labels[0].quant, dtype: labels[0].detail?.dtype };
}

suite('recognizer: formats written as code', () => {
  const cases: Array<[string, string, string]> = [
    ['torch_dtype=torch.float16', 'float16', 'F16'],
    ['gu = torch.empty((B, C), dtype=torch.bfloat16)', 'bfloat16', 'BF16'],
    ['acc = tl.zeros((M, N), dtype=tl.float32)', 'float32', 'F32'],
    ['fp32_model = convert(name, dtype=mx.float32)', 'float32', 'F32'],
    ['llm = LLM(model=m, dtype="bfloat16")', 'bfloat16', 'BF16'],
    ['"bf16": true', 'bf16', 'BF16'],
    ['dtype: half', 'half', 'F16'],
    ['model = load(load_in_8bit=True)', '8bit', 'INT8'],
    ['python generate.py --load_8bit', '8bit', 'INT8'],
    ['save_method = "merged_16bit"', 'merged_16bit', 'F16'],
    ['trained in 32-bit precision', '32-bit', 'F32'],
  ];
  for (const [text, label, quant] of cases) {
    test(`${text} → ${label} (${quant})`, () => {
      const l = one(text);
      assert.strictEqual(l.text, label);
      assert.strictEqual(l.quant, quant);
      assert.strictEqual(l.dtype, true, 'a dtype gets the brief hover');
    });
  }

  const names: Array<[string, string, string]> = [
    ['case GGML_TYPE_Q4_K:', 'GGML_TYPE_Q4_K', 'Q4_K_M'],
    ['FATTN_VEC_CASES(GGML_TYPE_Q5_1)', 'GGML_TYPE_Q5_1', 'Q5_1'],
    ['LLAMA_FTYPE_MOSTLY_Q4_K_M = 15,', 'LLAMA_FTYPE_MOSTLY_Q4_K_M', 'Q4_K_M'],
    ['#     LLAMA_FTYPE_MOSTLY_IQ3_XXS = 23,', 'LLAMA_FTYPE_MOSTLY_IQ3_XXS', 'IQ3_XXS'],
    ['# MOSTLY_Q8_0 = 7', 'MOSTLY_Q8_0', 'Q8_0'],
    ['["BNB_NF4", "x"]', 'BNB_NF4', 'NF4'],
    ['mistralrs run --isq q4k -m Qwen/Qwen3-4B', 'q4k', 'Q4_K_S'],
    ['quant: i1-IQ3_M', 'IQ3_M', 'IQ3_M'],
    ['use 4-bit quantization', '4-bit', 'INT4'],
  ];
  for (const [text, label, quant] of names) {
    test(`${text} → ${label} (${quant})`, () => {
      const l = findLabels(text).find(x => x.kind === 'quant');
      assert.ok(l, text);
      assert.strictEqual(l.text, label);
      assert.strictEqual(l.quant, quant);
    });
  }

  test('look-alikes in code stay silent', () => {
    for (const text of [
      'pos = torch.arange(0, t, dtype=torch.long)',
      'x = torch.zeros(n, dtype=torch.int32)',
      'logits (ctypes.c_int8)',
      'k = torch.randn(b, d, dtype=dtype).to(dtype)',
      'uint8_t info[20];',
      'half of the layers',
      'a 64-bit build',
      'ss << "FP16_VA = " << ggml_cpu_has_fp16_va();',
      'sum = Q6_Vqf32_vadd_Vqf32Vsf(sum, t);',
      'isq q4k',
      'bnb.optim.AdamW8bit',
    ])
      assert.deepStrictEqual(
        findLabels(text).map(l => l.text),
        [],
        text,
      );
  });
});

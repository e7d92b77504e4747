import * as assert from 'assert';
import { GGMLFileQuantizationType } from '@huggingface/tasks/gguf';
import { GGML_TYPES, ggmlBitsPerWeight, type GgmlTypeName } from '../../../../src/core/data/ggmlTypes';
import { QUANT_FORMATS, quantFormat } from '../../../../src/core/data/quantFormats';
import { parseQuant, findQuantInName } from '../../../../src/core/quant/parseQuant';

suite('quant formats: storage cost', () => {
  // Bits per weight stated in the comments of ggml-common.h and llama.cpp's PR #1684.
  const stated: Array<[GgmlTypeName, number]> = [
    ['Q8_0', 8.5],
    ['Q4_0', 4.5],
    ['Q4_1', 5],
    ['Q5_0', 5.5],
    ['Q5_1', 6],
    ['Q2_K', 2.625],
    ['Q3_K', 3.4375],
    ['Q4_K', 4.5],
    ['Q5_K', 5.5],
    ['Q6_K', 6.5625],
    ['IQ1_S', 1.5625],
    ['IQ1_M', 1.75],
    ['IQ2_XXS', 2.0625],
    ['IQ2_XS', 2.3125],
    ['IQ2_S', 2.5625],
    ['IQ3_XXS', 3.0625],
    ['IQ3_S', 3.4375],
    ['IQ4_XS', 4.25],
    ['IQ4_NL', 4.5],
    ['MXFP4', 4.25],
    ['TQ1_0', 1.6875],
    ['TQ2_0', 2.0625],
    ['F16', 16],
    ['BF16', 16],
    ['F32', 32],
  ];
  for (const [type, bpw] of stated) {
    test(`${type} costs ${bpw} bits per weight`, () => assert.strictEqual(ggmlBitsPerWeight(type), bpw));
  }

  test('every ggml type in the table is listed above', () => {
    assert.deepStrictEqual(Object.keys(GGML_TYPES).sort(), stated.map(s => s[0]).sort());
  });

  test('ik_llama.cpp types cost a whole number of bytes per block of 256 weights', () => {
    const ik = QUANT_FORMATS.filter(x => x.source.includes('ik_llama'));
    assert.ok(ik.length >= 10);
    for (const f of ik) assert.ok(Number.isInteger(f.typeBpw * 32) && f.effectiveBpw === f.typeBpw, f.name);
  });

  test('every GGUF format names a base type whose cost is its typeBpw', () => {
    for (const f of QUANT_FORMATS.filter(x => x.family === 'gguf' && !x.source.includes('ik_llama'))) {
      assert.ok(f.ggmlBase, f.name);
      assert.strictEqual(f.typeBpw, ggmlBitsPerWeight(f.ggmlBase!), f.name);
      assert.ok(f.effectiveBpw >= f.typeBpw, `${f.name}: a whole file never averages below its base type`);
    }
  });

  test('every full GGUF file type name is one the Hub lists, an uploader _L mix or an ik_llama.cpp type', () => {
    const hub = new Set(Object.keys(GGMLFileQuantizationType));
    for (const f of QUANT_FORMATS.filter(
      x => x.family === 'gguf' && !/^Q\d$/.test(x.name) && !/^Q\d_K_L$/.test(x.name) && !x.source.includes('ik_llama'),
    )) {
      assert.ok(hub.has(f.name), `${f.name} is not in @huggingface/tasks GGMLFileQuantizationType`);
    }
  });

  test('every format says where its figures come from', () => {
    for (const f of QUANT_FORMATS) assert.ok(f.source.length > 10 && f.describe.length > 5, f.name);
  });

  test('names are unique', () => {
    assert.strictEqual(new Set(QUANT_FORMATS.map(f => f.name)).size, QUANT_FORMATS.length);
  });
});

suite('quant formats: parsing', () => {
  const spellings: Array<[string, string]> = [
    ['q4_k_m', 'Q4_K_M'],
    ['Q4_K', 'Q4_K_M'],
    ['Q3_K', 'Q3_K_M'],
    ['q8_0', 'Q8_0'],
    ['fp16', 'F16'],
    ['float16', 'F16'],
    ['bfloat16', 'BF16'],
    ['fp8_e4m3', 'FP8'],
    ['gptq-int8', 'GPTQ-Int8'],
    ['GPTQ-Int4', 'GPTQ'],
    ['awq', 'AWQ'],
    ['nf4', 'NF4'],
    ['bnb-8bit', 'INT8'],
    ['mxfp4', 'MXFP4'],
    ['MXFP4_MOE', 'MXFP4_MOE'],
    ['mlx-8bit', 'MLX-8bit'],
    ['Q4_0_4_4', 'Q4_0_4_4'],
    ['IQ3_M', 'IQ3_M'],
    ['TQ1_0', 'TQ1_0'],
  ];
  for (const [text, name] of spellings) {
    test(`${text} → ${name}`, () => assert.strictEqual(parseQuant(text)?.format.name, name));
  }

  test('unknown or malformed formats are rejected', () => {
    for (const text of ['Q4_K_Z', 'Q9_0', 'IQ7_XS', 'fp12', '99bpw', '0.5bpw', 'GPTQ-Int3', '', 'x'.repeat(100)]) {
      assert.strictEqual(parseQuant(text), undefined, text);
    }
  });

  test('inside a name the last format wins and trailing words are dropped', () => {
    const q = findQuantInName('model-Q8_0-Q4_K_M_imatrix');
    assert.strictEqual(q?.parsed.format.name, 'Q4_K_M');
    assert.strictEqual('model-Q8_0-Q4_K_M_imatrix'.slice(q!.start, q!.end), 'Q4_K_M');
  });

  test('"AWQ-INT4" (hugging-quants) is AWQ with its group scales, not a bare INT4', () => {
    const q = findQuantInName('hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4');
    assert.strictEqual(q?.parsed.format.name, 'AWQ');
    assert.strictEqual(findQuantInName('Qwen2.5-7B-Instruct-GPTQ-Int4')?.parsed.format.name, 'GPTQ');
  });

  test('EXL2 takes its bits from the label', () => {
    assert.strictEqual(parseQuant('6.0bpw')?.bitsPerWeight, 6);
    assert.strictEqual(quantFormat('EXL2')?.family, 'exl2');
  });
});

suite('quant formats: EXL2 names', () => {
  test('"4.65bpw-h6-exl2" keeps the bits, not the bare format name', () => {
    const q = findQuantInName('Llama-3-70B-Instruct-4.65bpw-h6-exl2');
    assert.strictEqual(q?.parsed.format.name, 'EXL2');
    assert.strictEqual(q?.parsed.bitsPerWeight, 4.65);
  });
});

import * as assert from 'assert';
import { findLabels, labelAt } from '../../../../src/core/recognize/findLabels';
import type { Label } from '../../../../src/core/types';

function only(text: string): Label {
  const labels = findLabels(text);
  assert.strictEqual(labels.length, 1, `${JSON.stringify(text)} → ${JSON.stringify(labels)}`);
  return labels[0];
}

function near(actual: number | undefined, expected: number, tolerance = 0.005): void {
  assert.ok(
    actual !== undefined && Math.abs(actual / expected - 1) <= tolerance,
    `expected ≈${expected}, got ${actual}`,
  );
}

suite('recognizer: parameter counts', () => {
  const dense: Array<[string, number]> = [
    ['a 70B model', 70e9],
    ['the 7b checkpoint', 7e9],
    ['Llama 1.5B weights', 1.5e9],
    ['a 0.5B model', 0.5e9],
    ['405B parameters', 405e9],
    ['a 350M params model', 350e6],
    ['1T parameter model', 1e12],
    ['1.1b chat model', 1.1e9],
  ];
  for (const [text, params] of dense) {
    test(`reads ${text}`, () => {
      const l = findLabels(text).find(x => x.kind === 'params' || x.kind === 'model');
      assert.ok(l, text);
      near(l.params, params);
    });
  }

  test('spans are exact offsets into the text', () => {
    const text = 'pick a 70B or a 405B';
    const labels = findLabels(text);
    assert.deepStrictEqual(
      labels.map(l => [l.start, l.end, text.slice(l.start, l.end), l.text]),
      [
        [7, 10, '70B', '70B'],
        [16, 20, '405B', '405B'],
      ],
    );
  });

  test('8x7B is a mixture of experts of 46.7B total and about 12.9B active, never 56B', () => {
    const l = only('8x7B');
    near(l.params, 46.7e9);
    near(l.activeParams, 12.9e9);
    assert.strictEqual(l.detail?.experts, 8);
    assert.notStrictEqual(Math.round(l.params! / 1e9), 56);
  });

  test('8x22B keeps the expert count and size class', () => {
    const l = only('8x22B');
    assert.strictEqual(l.detail?.experts, 8);
    assert.strictEqual(l.detail?.expertSize, 22e9);
    assert.ok(l.params! < 176e9 && l.params! > 100e9);
  });

  test('30B-A3B and 235B-A22B give total and active', () => {
    const a = only('30B-A3B');
    assert.strictEqual(a.params, 30e9);
    assert.strictEqual(a.activeParams, 3e9);
    const b = only('235B-A22B');
    assert.strictEqual(b.params, 235e9);
    assert.strictEqual(b.activeParams, 22e9);
  });

  test('A3B alone is active parameters when the text is about models', () => {
    const l = only('the MoE A3B variant');
    assert.strictEqual(l.activeParams, 3e9);
    assert.strictEqual(l.params, undefined);
  });

  test('17Bx16E and 17B-16E are Llama 4 active × experts', () => {
    for (const text of ['17Bx16E', '17B-16E']) {
      const l = only(text);
      assert.strictEqual(l.activeParams, 17e9);
      assert.strictEqual(l.detail?.experts, 16);
    }
  });

  test('Gemma E2B/E4B are effective parameters; the catalog gives the raw count', () => {
    const bare = only('the E4B variant of gemma');
    assert.strictEqual(bare.params, 4e9);
    assert.strictEqual(bare.detail?.effective, true);
    const known = only('google/gemma-3n-E4B-it');
    assert.strictEqual(known.params, 7850135376);
    assert.strictEqual(known.detail?.effective, true);
  });

  test('a bare size with no model words is marked as a guess; with them it gives the reason', () => {
    const bare = only('70B');
    assert.strictEqual(bare.detail?.guessed, true);
    const withWord = only('llama 70B');
    assert.ok(withWord.kind === 'model' || withWord.detail?.reason);
  });
});

suite('recognizer: quantization and precision', () => {
  const cases: Array<[string, string, number?]> = [
    ['Q4_0', 'Q4_0', 4.5],
    ['Q4_K_M', 'Q4_K_M', 4.5],
    ['Q5_K_S', 'Q5_K_S', 5.5],
    ['Q6_K', 'Q6_K', 6.5625],
    ['Q8_0', 'Q8_0', 8.5],
    ['IQ2_XXS', 'IQ2_XXS', 2.0625],
    ['IQ4_XS', 'IQ4_XS', 4.25],
    ['UD-Q4_K_XL', 'Q4_K_M'],
    ['Q4_K_L', 'Q4_K_L'],
    ['FP16', 'F16', 16],
    ['BF16', 'BF16', 16],
    ['FP8', 'FP8', 8],
    ['FP32', 'F32', 32],
    ['NF4', 'NF4'],
    ['bnb-4bit', 'NF4'],
    ['AWQ', 'AWQ'],
    ['GPTQ', 'GPTQ'],
    ['GPTQ-Int4', 'GPTQ'],
    ['MXFP4', 'MXFP4', 4.25],
    ['EXL2', 'EXL2'],
    ['4.65bpw', 'EXL2', 4.65],
    ['MLX-4bit', 'MLX-4bit', 4.5],
  ];
  for (const [text, quant, bpw] of cases) {
    test(`reads ${text} as ${quant}`, () => {
      const l = only(text);
      assert.strictEqual(l.kind, 'quant');
      assert.strictEqual(l.quant, quant);
      if (bpw !== undefined) assert.strictEqual(l.bitsPerWeight, bpw);
    });
  }

  test('uploader recipes are flagged as not derivable from the name', () => {
    assert.match(only('UD-Q4_K_XL').detail?.recipe ?? '', /Unsloth/);
    assert.match(only('Q4_K_L').detail?.recipe ?? '', /Q8_0/);
  });

  const needContext: Array<[string, string]> = [
    ['INT8 quantized model', 'INT8'],
    ['INT4 weights', 'INT4'],
    ['int4 model', 'INT4'],
    ['4bit quant', 'INT4'],
    ['8-bit weights', 'INT8'],
    ['w4a16 checkpoint', 'INT4'],
    ['F16 gguf', 'F16'],
    ['Q4 gguf', 'Q4'],
  ];
  for (const [text, quant] of needContext) {
    test(`reads ${JSON.stringify(text)} from context`, () => {
      const l = findLabels(text).find(x => x.kind === 'quant');
      assert.strictEqual(l?.quant, quant);
      assert.ok(l?.detail?.reason, 'says why');
    });
  }

  test('everyday words that look like formats need model context', () => {
    for (const text of ['an 8-bit microcontroller', 'INT8 column', 'int4 in postgres', 'press F16']) {
      assert.deepStrictEqual(findLabels(text), [], text);
    }
  });
});

suite('recognizer: whole model identifiers', () => {
  test('Hugging Face id resolves to the catalog with its exact count', () => {
    const l = only('model = "meta-llama/Llama-3.1-70B-Instruct"');
    assert.strictEqual(l.kind, 'model');
    assert.strictEqual(l.text, 'meta-llama/Llama-3.1-70B-Instruct');
    assert.strictEqual(l.model, 'meta-llama/Llama-3.1-70B');
    assert.strictEqual(l.params, 70553706496);
  });

  test('Hugging Face id with a quant suffix carries the quant', () => {
    const l = only('Qwen/Qwen2.5-7B-Instruct-AWQ');
    assert.strictEqual(l.quant, 'AWQ');
    assert.strictEqual(l.model, 'Qwen/Qwen2.5-7B');
    const b = only('unsloth/llama-3-8b-bnb-4bit');
    assert.strictEqual(b.quant, 'NF4');
    near(b.params, 8.03e9);
  });

  test('huggingface.co URL: the label covers org/name only', () => {
    const text = 'https://huggingface.co/meta-llama/Llama-3.1-8B/tree/main';
    const l = only(text);
    assert.strictEqual(text.slice(l.start, l.end), 'meta-llama/Llama-3.1-8B');
  });

  test('GGUF file names, with shards', () => {
    const l = only('mistral-7b-instruct-v0.2.Q4_K_M.gguf');
    assert.strictEqual(l.kind, 'model');
    assert.strictEqual(l.quant, 'Q4_K_M');
    near(l.params, 7.24e9);
    const s = only('models/Llama-3.1-70B-Instruct-Q4_K_M-00001-of-00003.gguf');
    assert.strictEqual(s.text, 'Llama-3.1-70B-Instruct-Q4_K_M-00001-of-00003.gguf');
    assert.strictEqual(s.detail?.shard, 1);
    assert.strictEqual(s.detail?.shards, 3);
    assert.strictEqual(s.quant, 'Q4_K_M');
  });

  test('Ollama tags', () => {
    const a = only('ollama run llama3:70b');
    assert.strictEqual(a.text, 'llama3:70b');
    near(a.params, 70.55e9);
    const b = only('llama3.1:8b-instruct-q4_K_M');
    assert.strictEqual(b.quant, 'Q4_K_M');
    assert.strictEqual(b.model, 'meta-llama/Llama-3.1-8B');
    const c = only('qwen2.5:0.5b');
    near(c.params, 0.494e9, 0.01);
  });

  test('a size with "parameter" glued on, and three words of a name before a size', () => {
    assert.strictEqual(only('a 7B-parameter model').params, 7e9);
    assert.strictEqual(only('The model is Llama 4 Scout 17B-16E').model, 'meta-llama/Llama-4-Scout-17B-16E');
    assert.strictEqual(only('my llama-70b-chat finetune').params, 70e9);
  });

  test('plain names with spaces before a size', () => {
    const l = only('I run Llama 3.1 70B locally');
    assert.strictEqual(l.text, 'Llama 3.1 70B');
    assert.strictEqual(l.model, 'meta-llama/Llama-3.1-70B');
  });
});

suite('recognizer: no false alarms', () => {
  const lookalikes = [
    'x = 0x70B',
    'color: #70B0C4;',
    'commit 70b3f2a9c1d',
    'sha256:70b1c0ffee70b1c0ffee70b1c0ffee70b1c0ffee70b1c0ffee70b1c0ffee1234',
    'id 550e8400-e29b-41d4-a716-446655440000',
    'size: 512MB',
    'a 4B header field',
    'Q4 2024 revenue',
    'FY24 Q4 results',
    '1920x1080',
    'an A100 or H100',
    'version 1.2.3b',
    '$70B valuation',
    'localhost:8080',
    '12:30',
    'utf-8',
    'data:image/png;base64,' +
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==70B+',
    'see fig_3b.png and table-2b',
    'section_2b.md',
    'type-2b diabetes',
    'route-66b',
    'Trained on 15T tokens',
    'context window of 128k tokens and 1M tokens',
    'Revenue hit 1.5B in 2024.',
    'version 1.5b of the library',
    'The population is 8B people',
    'it costs 3M tokens',
    'data/70b.csv',
  ];
  for (const text of lookalikes) {
    test(`nothing in ${JSON.stringify(text.slice(0, 40))}`, () => {
      assert.deepStrictEqual(findLabels(text), []);
    });
  }
});

suite('recognizer: labelAt', () => {
  test('finds the label under an offset, including its last character and the position after it', () => {
    const text = 'use Llama-3.1-8B-Instruct here';
    for (const offset of [4, 10, 24, 25])
      assert.strictEqual(labelAt(text, offset)?.text, 'Llama-3.1-8B-Instruct', String(offset));
    assert.strictEqual(labelAt(text, 0), undefined);
    assert.strictEqual(labelAt(text, 28), undefined);
  });

  test('same answer inside a 10 MB one-line document, with offsets into that text', () => {
    const pad = '{"k":"v"},'.repeat(500_000);
    const text = `${pad}"model":"Qwen/Qwen2.5-7B-Instruct-AWQ",${pad}`;
    const offset = pad.length + 12;
    const l = labelAt(text, offset)!;
    assert.strictEqual(text.slice(l.start, l.end), 'Qwen/Qwen2.5-7B-Instruct-AWQ');
  });

  test('never throws on odd input', () => {
    for (const [t, o] of [
      ['', 0],
      ['70B', -1],
      ['70B', 99],
      ['70B', 1.5],
      ['\u0000\uFFFF70B', 3],
      ['a/'.repeat(5000), 5000],
    ] as const) {
      assert.doesNotThrow(() => labelAt(t, o));
    }
    assert.doesNotThrow(() => labelAt(undefined as unknown as string, 0));
    assert.deepStrictEqual(findLabels(null as unknown as string), []);
  });
});

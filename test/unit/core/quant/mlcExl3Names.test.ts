// Names of the MLC LLM, EXL3 and K-quant shorthand families as parseQuant and findQuantInName read them.
import * as assert from 'assert';
import { findQuantInName, parseGgufShorthand, parseQuant } from '../../../../src/core/quant/parseQuant';

const inName = (name: string) => {
  const q = findQuantInName(name);
  return q && [name.slice(q.start, q.end), q.parsed.format.name, q.parsed.bitsPerWeight];
};

suite('quant: MLC, EXL3 and shorthand names', () => {
  test('MLC names parse to their own rows; near misses do not', () => {
    assert.strictEqual(parseQuant('q4f16_1')?.format.name, 'q4f16_1');
    assert.strictEqual(parseQuant('Q4F32_1')?.format.name, 'q4f32_1');
    assert.strictEqual(parseQuant('q8f16_1')?.bitsPerWeight, 8.5);
    assert.strictEqual(parseQuant('q4f16_ft')?.format.family, 'mlc');
    for (const miss of ['q4f16', 'q4f16_awq', 'q5f16_1', 'q4f8_1', 'q4f16_11'])
      assert.strictEqual(parseQuant(miss), undefined, miss);
  });

  test('an MLC build name gives its format; a wasm library name too', () => {
    assert.deepStrictEqual(inName('Llama-3.1-8B-Instruct-q4f16_1-MLC'), ['q4f16_1', 'q4f16_1', 4.5]);
    assert.deepStrictEqual(inName('gemma-2-2b-it-q4f32_1-MLC-1k'), ['q4f32_1', 'q4f32_1', 5]);
    assert.deepStrictEqual(inName('Llama-3_1-8B-Instruct-q4f16_1_cs1k-webgpu.wasm'), ['q4f16_1', 'q4f16_1', 4.5]);
    assert.deepStrictEqual(inName('SmolLM2-360M-Instruct-q0f32-MLC'), ['q0f32', 'q0f32', 32]);
  });

  test('EXL3: the format word, and bits per weight beside it', () => {
    assert.strictEqual(parseQuant('exl3')?.format.name, 'EXL3');
    // the word alone names no bitrate, and says so
    assert.match(parseQuant('exl3')?.recipe ?? '', /4\.0 assumed/);
    assert.deepStrictEqual(inName('Llama-3.1-70B-Instruct-exl3-3.75bpw'), ['3.75bpw', 'EXL3', 3.75]);
    assert.deepStrictEqual(inName('Qwen3-32B-EXL3-3.50bpw'), ['3.50bpw', 'EXL3', 3.5]);
    // without exl3 in the name the bits stay EXL2's, and "exl2" never turns into EXL3
    assert.deepStrictEqual(inName('Llama-2-70B-4.65bpw-h6-exl2'), ['4.65bpw', 'EXL2', 4.65]);
    assert.deepStrictEqual(inName('foo-7b-exl3'), ['exl3', 'EXL3', 4]);
  });

  test('K-quant and i-quant shorthand reads as the llama.cpp type; other letter runs do not', () => {
    const name = (s: string) => parseGgufShorthand(s)?.format.name;
    assert.strictEqual(name('q4k'), 'Q4_K_M'); // llama-quantize: Q4_K is an alias of Q4_K_M
    assert.strictEqual(name('q2k'), 'Q2_K');
    assert.strictEqual(name('Q5KS'), 'Q5_K_S');
    assert.strictEqual(name('q3kl'), 'Q3_K_L');
    assert.strictEqual(name('q6k'), 'Q6_K');
    assert.strictEqual(name('iq4nl'), 'IQ4_NL');
    assert.strictEqual(name('iq2xxs'), 'IQ2_XXS');
    for (const miss of ['q7k', 'q4kx', 'qk4', 'q4kk', 'iq5nl'])
      assert.strictEqual(parseGgufShorthand(miss), undefined, miss);
    assert.ok(parseGgufShorthand('q4k')!.ambiguous);
    // in a file name it needs .gguf or a size beside it
    assert.deepStrictEqual(inName('gemma4-12b-q4km.gguf'), ['q4km', 'Q4_K_M', 4.5]);
    assert.deepStrictEqual(inName('qwen3.5-4b-q4km'), ['q4km', 'Q4_K_M', 4.5]);
    assert.strictEqual(inName('local_flux_q4km'), undefined);
    assert.strictEqual(inName('https://hf/q4k'), undefined);
  });
});

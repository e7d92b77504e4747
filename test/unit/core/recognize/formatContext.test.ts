// The recognizer's readings that depend on the text around a token (recognize/formatContext.ts):
// EXL3 bits, K-quant shorthand, experts written with a star, Ollama tag parts.
import * as assert from 'assert';
import { findLabels, labelAt } from '../../../../src/core/recognize/findLabels';

const read = (text: string) => findLabels(text).map(l => `${l.text}=${l.quant ?? ''}${l.params ? `@${l.params}` : ''}`);

suite('recognize: formats read with their context', () => {
  test('"Nbpw" is EXL3 where exl3 or exllamav3 is written around it, EXL2 elsewhere', () => {
    assert.deepStrictEqual(read('exl3/5.00bpw'), ['exl3=EXL3', '5.00bpw=EXL3']);
    assert.deepStrictEqual(read('exllamav3 model at 4.0bpw'), ['4.0bpw=EXL3']);
    assert.deepStrictEqual(read('turboderp/Llama-3.1-8B-Instruct-exl2 4.0bpw'), [
      'turboderp/Llama-3.1-8B-Instruct-exl2=EXL2@8030261248',
      '4.0bpw=EXL2',
    ]);
    // "exl2" beside exl3 stays EXL2
    assert.deepStrictEqual(read('TabbyAPI loads exl2 and exl3 models'), ['exl2=EXL2', 'exl3=EXL3']);
  });

  test('K-quant shorthand needs llama.cpp words, a listed GGUF type or a size before it', () => {
    assert.deepStrictEqual(read('Support q2k, q3k, q5k dequant on gpu'), ['q2k=Q2_K', 'q3k=Q3_K_M', 'q5k=Q5_K_M']);
    assert.deepStrictEqual(read('the q4km gguf is smaller'), ['q4km=Q4_K_M']);
    assert.deepStrictEqual(read('Qwen3-8B q5km'), ['Qwen3-8B=@8190735360', 'q5km=Q5_K_M']);
    // query-to-key indices, identifiers, base64 and hashes
    assert.deepStrictEqual(read('q2k → k2q CSR indices'), []);
    assert.deepStrictEqual(read('var q4k, q8, first *hfapi.ModelFile'), []);
    assert.deepStrictEqual(read('sha=Zq4kP9 token q4k'), []);
    // mistral.rs in-situ quantization is its own reading: every linear layer at that type
    assert.deepStrictEqual(read('mistralrs serve --quant q4k'), ['q4k=Q4_K_S']);
  });

  test('"8\\*7B" (Markdown) and "8*7B" are the experts form; a product of bits is not', () => {
    const [m] = findLabels('Support new model: mixtral 8\\*7B and more');
    assert.strictEqual(m.text, 'mixtral 8\\*7B');
    assert.strictEqual(m.model, 'mistralai/Mixtral-8x7B-v0.1');
    assert.deepStrictEqual(read('For Mixtral 8*7B need newer cuda'), ['Mixtral 8*7B=@46702792704']);
    assert.deepStrictEqual(read('the 8*22B model'), ['8*22B=@146771428571.4286']);
    assert.deepStrictEqual(read('# so 4*32b = 128b'), []);
    assert.deepStrictEqual(read('x = 2*7B'), []);
    // hovering the size answers with the whole label
    const text = 'Mixtral 8\\*7B is a MoE';
    assert.strictEqual(labelAt(text, text.indexOf('7B') + 1)?.text, 'Mixtral 8\\*7B');
  });

  test("an Ollama tag's part after the colon is read as one size with its format", () => {
    assert.deepStrictEqual(read('    "7b-q3_K_S",'), ['7b-q3_K_S=Q3_K_S@7000000000']);
    assert.deepStrictEqual(read('- 13b-instruct-q4_0'), ['13b-instruct-q4_0=Q4_0@13000000000']);
    assert.deepStrictEqual(read('Tag: "7b-v2.6-dpo-laser-q6_K",'), ['7b-v2.6-dpo-laser-q6_K=Q6_K@7000000000']);
    const [tag] = findLabels('"13b-llama2-q5_K_S"');
    assert.strictEqual(tag.kind, 'model');
    assert.strictEqual(tag.bitsPerWeight, 5.5);
    // a format first and a size after is not a tag part: both stay labels of their own
    assert.deepStrictEqual(read('"q4_0-7b"').length, 2);
  });

  test('a relative path names a folder, not a Hub organisation', () => {
    assert.deepStrictEqual(read('--local-dir ./mlc-llm/Qwen2.5-0.5B-Instruct-q0f16-MLC'), [
      'Qwen2.5-0.5B-Instruct-q0f16-MLC=q0f16@494032768',
    ]);
  });
});

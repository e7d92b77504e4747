// Property-based tests (fast-check): the recognizer and the estimator on generated input.
import * as assert from 'assert';
import fc from 'fast-check';
import { findLabels, labelAt } from '../../../src/core/recognize/findLabels';
import { estimateMemory } from '../../../src/core/estimate/estimateMemory';
import { catalogModels } from '../../../src/core/catalog/lookupModel';
import type { EstimateInput } from '../../../src/core/types';

const RUNS = { numRuns: 300 };
const labelText = fc.constantFrom(
  '70B',
  '8x7B',
  '30B-A3B',
  'Q4_K_M',
  'IQ2_XXS',
  'AWQ',
  'meta-llama/Llama-3.1-70B-Instruct',
  'mistral-7b-instruct-v0.2.Q4_K_M.gguf',
  'llama3.1:8b-instruct-q4_K_M',
  'GPTQ-Int4',
  'bnb-4bit',
  'MXFP4',
  '4.65bpw',
);
const separator = fc.constantFrom(' ', '\n', '\t', '"', "'", ', ', '(', ')', '=', ': ', ' | ');

suite('properties: recognizer', () => {
  test('never throws, and every label lies inside the text with its exact text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), (text, n) => {
        const labels = findLabels(text);
        for (const l of labels) {
          assert.ok(l.start >= 0 && l.end <= text.length && l.start < l.end);
          assert.strictEqual(text.slice(l.start, l.end), l.text);
        }
        const at = labelAt(text, text.length ? n % (text.length + 1) : 0);
        if (at) assert.strictEqual(text.slice(at.start, at.end), at.text);
      }),
      { numRuns: 1000 },
    );
  });

  test('a label is read the same whatever plain text surrounds it', () => {
    // Plain words only: words that say what a token is ("tokens:", "size=", "timeout") are context
    // by design (issue 12), so random letters that happen to spell one are not plain text.
    const plain = fc
      .array(fc.constantFrom('see', 'the', 'we', 'pick', 'and', 'then', 'here', 'it', 'a'), { maxLength: 4 })
      .map(w => w.join(' '));
    fc.assert(
      fc.property(labelText, separator, separator, plain, (label, before, after, filler) => {
        const text = `${filler}${before}${label}${after}${filler}`;
        const start = filler.length + before.length;
        const found = labelAt(text, start + 1);
        const alone = labelAt(label, 1);
        assert.ok(alone, label);
        assert.ok(found, `${JSON.stringify(text)}`);
        assert.strictEqual(found.text, alone.text);
        assert.strictEqual(found.params, alone.params);
        assert.strictEqual(found.quant, alone.quant);
      }),
      RUNS,
    );
  });

  test('labelAt agrees with findLabels, also when the same words recur in other contexts', () => {
    // Words whose reading depends on their neighbours up to CONTEXT_CHARS (160) away ("Q4 2024" is
    // a quarter, "Q4 gguf" a format, a bare "7B" needs a model word nearby): labelAt remembers a
    // token's labels by its context, and must never carry one context's answer to another. Gaps of
    // up to 200 spaces put the deciding words on both sides of that distance.
    const word = fc.constantFrom(
      '70B',
      '7B',
      'Q4',
      'INT8',
      '4B',
      '2024',
      'revenue',
      'model',
      'gguf',
      'header',
      'bytes',
      'FY24',
      'llama3.1:8b',
      'Q4_K_M',
      'Llama',
      '3.1',
      '8x7B',
      '$',
      'ollama run',
      'version',
      'tokens',
    );
    const gap = fc.tuple(separator, fc.nat(200)).map(([sep, n]) => sep + ' '.repeat(n));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 10 }), parts => {
        const text = parts.map(([w, g]) => w + g).join('');
        const labels = findLabels(text);
        for (const l of labels) {
          const at = labelAt(text, l.start);
          assert.ok(at, `${JSON.stringify(text)} at ${l.start}`);
          assert.deepStrictEqual(
            [at.start, at.end, at.kind, at.params, at.quant, at.model, at.detail?.guessed, at.detail?.reason],
            [l.start, l.end, l.kind, l.params, l.quant, l.model, l.detail?.guessed, l.detail?.reason],
            JSON.stringify(text),
          );
        }
        for (let offset = 0; offset < text.length; offset += 3) {
          const at = labelAt(text, offset);
          if (at)
            assert.ok(
              labels.some(l => l.start === at.start && l.end === at.end),
              `${JSON.stringify(text)} at ${offset}: ${at.text}`,
            );
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a label from labelAt is a copy: changing it changes no later answer', () => {
    const text = 'run the Q4 gguf model with 7B weights';
    const first = labelAt(text, 9)!;
    assert.strictEqual(first.text, 'Q4');
    const { quant, detail } = structuredClone(first);
    first.detail!.reason = 'changed';
    first.quant = 'changed';
    const again = labelAt(text, 9)!;
    assert.strictEqual(again.quant, quant);
    assert.deepStrictEqual(again.detail, detail);
  });

  test('no label in random hex, UUIDs, CSS colours or base64', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{8,64}$/);
    const uuid = fc.uuid();
    const colour = fc.stringMatching(/^#[0-9A-Fa-f]{6}$/);
    const base64 = fc.uint8Array({ minLength: 48, maxLength: 400 }).map(a => Buffer.from(a).toString('base64'));
    fc.assert(
      fc.property(fc.oneof(hex, uuid, colour, base64), text => {
        assert.deepStrictEqual(findLabels(text), [], text);
      }),
      { numRuns: 1000 },
    );
  });
});

const catalogIds = catalogModels().map(m => m.id);
const engine = fc.constantFrom('llama.cpp', 'ollama', 'vllm', 'transformers') as fc.Arbitrary<EstimateInput['engine']>;

suite('properties: estimator', () => {
  test('figures are finite and non-negative, and the total covers the weights', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogIds),
        fc.integer({ min: 1, max: 262144 }),
        fc.integer({ min: 1, max: 8 }),
        engine,
        fc.constantFrom('Q4_K_M', 'Q8_0', 'F16', 'IQ2_XXS', 'AWQ', 'FP8', 'NF4'),
        (model, contextTokens, batch, eng, quant) => {
          const e = estimateMemory({ model, contextTokens, batch, engine: eng, quant });
          for (const v of [e.weightsBytes, e.kvCacheBytes, e.overheadBytes, e.totalBytes])
            assert.ok(Number.isFinite(v) && v >= 0);
          assert.ok(e.totalBytes >= e.weightsBytes);
        },
      ),
      RUNS,
    );
  });

  test('monotone in parameters, context and bits', () => {
    const bits = ['IQ2_XXS', 'Q3_K_M', 'Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0', 'F16', 'F32'];
    fc.assert(
      fc.property(
        fc.double({ min: 1e8, max: 1e12, noNaN: true }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 100000 }),
        fc.integer({ min: 0, max: bits.length - 2 }),
        (params, factor, context, b) => {
          const base = estimateMemory({ params, contextTokens: context, quant: bits[b] });
          const bigger = estimateMemory({
            params: Math.min(params * factor, 2e13),
            contextTokens: context,
            quant: bits[b],
          });
          assert.ok(bigger.weightsBytes >= base.weightsBytes);
          assert.ok(
            estimateMemory({ params, contextTokens: context * 2, quant: bits[b] }).totalBytes >= base.totalBytes,
          );
          assert.ok(
            estimateMemory({ params, contextTokens: context, quant: bits[b + 1] }).weightsBytes > base.weightsBytes,
          );
        },
      ),
      RUNS,
    );
  });

  test('invalid input is always a RangeError or TypeError with a message that names the field', () => {
    const bad = fc.oneof(
      fc.record({
        params: fc.oneof(
          fc.constant(NaN),
          fc.constant(-1),
          fc.constant(0),
          fc.constant(Infinity),
          fc.double({ min: 1e14, max: 1e300 }),
        ),
      }),
      fc.record({
        params: fc.constant(7e9),
        contextTokens: fc.oneof(fc.constant(0), fc.constant(-5), fc.constant(1e9), fc.constant(1.5)),
      }),
      fc.record({ params: fc.constant(7e9), quant: fc.stringMatching(/^[A-Z]{1,3}[0-9]{2}_Z$/) }),
      fc.record({
        params: fc.constant(7e9),
        engine: fc
          .string({ minLength: 1, maxLength: 10 })
          .filter(s => !['llama.cpp', 'ollama', 'vllm', 'transformers'].includes(s)),
      }),
      fc.record({ model: fc.integer() }),
      fc.record({ params: fc.string() }),
    );
    fc.assert(
      fc.property(bad, input => {
        assert.throws(
          () => estimateMemory(input as EstimateInput),
          (e: Error) =>
            (e instanceof RangeError || e instanceof TypeError) &&
            /params|contextTokens|quant|format|engine|model/.test(e.message),
        );
      }),
      RUNS,
    );
  });
});

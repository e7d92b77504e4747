import * as assert from 'assert';
import { fileMentions } from '../../../../src/core/workspace/fileMentions';
import { fitFindings } from '../../../../src/core/workspace/fitDiagnostics';
import { priceMention } from '../../../../src/core/workspace/priceMention';

const compose = (model: string, ctx: number, extra = '') =>
  [
    'services:',
    '  vllm:',
    '    image: vllm/vllm-openai:latest',
    '    command: >',
    `      --model ${model}`,
    `      --max-model-len ${ctx}${extra}`,
    '',
  ].join('\n');

function apply(text: string, e: { start: number; end: number; newText: string }): string {
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

suite('workspace/fitDiagnostics', () => {
  test(
    'a vLLM compose file over one 24 GiB card: on the context, by how much, fixed to the largest context that ' +
      'fits',
    () => {
      const text = compose('meta-llama/Llama-3.1-8B-Instruct', 131072);
      const found = fitFindings(text, fileMentions(text, 'yaml'), { units: 'GiB', gpusGiB: [24] });
      assert.strictEqual(found.length, 1);
      const f = found[0];
      assert.strictEqual(text.slice(f.start, f.end), '--max-model-len 131072');
      assert.match(
        f.message,
        /needs ≈ [\d.]+ GiB: [\d.]+ GiB more than the 21\.6 GiB vLLM reserves on your GPU \(0\.9 × 24 GiB\)/,
      );
      const fix = f.fixes.find(x => x.kind === 'context')!;
      assert.ok(fix, 'a context fix');
      const fixed = apply(text, fix.edit);
      const ctx = Number(/--max-model-len (\d+)/.exec(fixed)![1]);
      assert.strictEqual(ctx, f.largestContext);
      assert.ok(ctx > 0 && ctx < 131072 && ctx % 256 === 0);
      // the rewritten file fits, and 256 tokens more would not
      assert.deepStrictEqual(fitFindings(fixed, fileMentions(fixed, 'yaml'), { units: 'GiB', gpusGiB: [24] }), []);
      const m = fileMentions(fixed, 'yaml')[0];
      const over = priceMention(m.label, { ...m.settings, contextTokens: ctx + 256 }, { units: 'GiB', gpusGiB: [24] });
      assert.strictEqual(over?.verdict, 'no');
    },
  );

  test('a format that fits is named, and vLLM gets --quantization fp8 added', () => {
    const text = compose('meta-llama/Llama-3.1-8B-Instruct', 8192);
    const found = fitFindings(text, fileMentions(text, 'yaml'), { units: 'GiB', gpusGiB: [16] });
    assert.strictEqual(found.length, 1);
    // an 8-bit format is the most bits that fit; FP8 is the one a flag switches to at load time
    assert.match(found[0].fittingFormat!, /^(?:FP8|INT8)$/);
    assert.match(found[0].message, new RegExp(`${found[0].fittingFormat} weights fit at this context`));
    const fix = found[0].fixes.find(x => x.kind === 'format')!;
    assert.strictEqual(fix.title, 'Switch to FP8 weights, which fit');
    assert.match(apply(text, fix.edit), /--max-model-len 8192 --quantization fp8\n/);
  });

  test('a GGUF file name gets the smaller quant written in its own case', () => {
    const text = 'llama-server -m Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf -c 8192 -ngl 99\n';
    const found = fitFindings(text, fileMentions(text, 'shellscript'), { units: 'GiB', gpusGiB: [40] });
    assert.strictEqual(found.length, 1);
    const fix = found[0].fixes.find(x => x.kind === 'format');
    assert.ok(fix);
    assert.match(apply(text, fix.edit), /Meta-Llama-3\.1-70B-Instruct-(?:IQ4_XS|Q3_K_M|IQ2_XXS)\.gguf/);
  });

  test('never on a guess: no context stated, no engine, an unknown model, a fine-tuning run, no GPU', () => {
    const opts = { units: 'GiB' as const, gpusGiB: [8] };
    for (const text of [
      'vllm serve meta-llama/Llama-3.1-70B-Instruct\n', // context not stated
      'model: meta-llama/Llama-3.1-70B-Instruct\ncontext: 131072\n', // no engine named
      'vllm serve acme/Custom-70B-Instruct --max-model-len 131072\n', // not a catalog model
      'llama-server -m Llama-3.1-70B-Instruct.gguf -c 8192\n', // GGUF with no format in it
    ]) {
      const lang = text.startsWith('model') ? 'yaml' : 'shellscript';
      assert.deepStrictEqual(fitFindings(text, fileMentions(text, lang), opts), [], text);
    }
    const fits = compose('meta-llama/Llama-3.1-8B-Instruct', 131072);
    assert.deepStrictEqual(fitFindings(fits, fileMentions(fits, 'yaml'), { units: 'GiB' }), []);
  });

  test('a GPU the file names stands in when the user set none; a bare L4 in prose does not', () => {
    const text = `# runs on an NVIDIA L4\n${compose('meta-llama/Llama-3.1-8B-Instruct', 131072)}`;
    const found = fitFindings(text, fileMentions(text, 'yaml'), { units: 'GiB' });
    assert.strictEqual(found.length, 1);
    assert.match(found[0].message, /the L4 this file names/);
    const prose = `# table L4 row\n${compose('meta-llama/Llama-3.1-8B-Instruct', 131072)}`;
    assert.deepStrictEqual(fitFindings(prose, fileMentions(prose, 'yaml'), { units: 'GiB' }), []);
  });

  test('bad input is a TypeError', () => {
    assert.throws(() => fitFindings(42 as unknown as string, [], { units: 'GiB' }), TypeError);
  });
});

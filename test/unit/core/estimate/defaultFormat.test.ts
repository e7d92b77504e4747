import * as assert from 'assert';
import { defaultWeightsFormat } from '../../../../src/core/estimate/defaultFormat';
import { buildEstimateView } from '../../../../src/core/render/estimateView';
import { renderHover } from '../../../../src/core/render/hoverMarkdown';
import { labelAt } from '../../../../src/core/recognize/findLabels';
import { ENGINES, ENGINE_TABLE } from '../../../../src/core/options';
import { escapeMarkdown } from '../../../../src/core/render/markdown';

suite('the default weights format: one rule for the hover and the estimate', () => {
  test('a named format wins; a GGUF engine assumes Q4_K_M; a server engine the published weights', () => {
    assert.strictEqual(defaultWeightsFormat({ params: 7e9, quant: 'AWQ', engine: 'llama.cpp' }), 'AWQ');
    assert.strictEqual(defaultWeightsFormat({ params: 7e9, engine: 'llama.cpp' }), 'Q4_K_M');
    assert.strictEqual(defaultWeightsFormat({ params: 7e9, engine: 'ollama' }), 'Q4_K_M');
    assert.strictEqual(defaultWeightsFormat({ params: 7e9, engine: 'vllm' }), undefined);
    assert.strictEqual(defaultWeightsFormat({ params: 7e9 }), 'Q4_K_M');
  });

  test("a format in the model's name, or an Ollama tag's download, wins over the engine's", () => {
    assert.strictEqual(defaultWeightsFormat({ model: 'Llama-3.1-8B-Instruct-Q5_K_M.gguf', engine: 'vllm' }), 'Q5_K_M');
    assert.strictEqual(defaultWeightsFormat({ model: 'llama3.1:8b', engine: 'transformers' }), 'Q4_K_M');
    assert.strictEqual(defaultWeightsFormat({ model: 'no size here at all', engine: 'llama.cpp' }), undefined);
  });

  test('the hover and the estimate view name the same format for every engine', () => {
    const line = 'serve Llama-3.1-70B here and a 13B model';
    for (const needle of ['Llama-3.1-70B', '13B']) {
      const label = labelAt(line, line.indexOf(needle) + 2)!;
      assert.ok(label, needle);
      for (const engine of ENGINES) {
        const request = label.model ? { model: label.model } : { params: label.params };
        const format = defaultWeightsFormat({ ...request, engine });
        const hover = renderHover(label, { units: 'GiB', engine });
        const view = buildEstimateView({ ...request, engine }, 'GiB');
        assert.strictEqual(view.request.quant, format ?? '', `${needle} on ${engine}`);
        const shown = format ? escapeMarkdown(format) : 'its published format';
        const runLine = `To run it on ${engine} at 8,192 tokens (${shown}`;
        assert.ok(hover.includes(runLine), `${needle} on ${engine}: ${hover}`);
        assert.strictEqual(format !== undefined, ENGINE_TABLE[engine].weights === 'gguf');
      }
    }
  });
});

suite('the default weights format under fine-tuning', () => {
  test('QLoRA: NF4 whatever the engine; LoRA and full: the published weights', () => {
    for (const engine of ['llama.cpp', 'vllm', 'transformers'] as const) {
      assert.strictEqual(defaultWeightsFormat({ model: 'Qwen/Qwen2.5-7B', engine, mode: 'qlora' }), 'NF4', engine);
      assert.strictEqual(defaultWeightsFormat({ model: 'Qwen/Qwen2.5-7B', engine, mode: 'lora' }), undefined, engine);
    }
    assert.strictEqual(defaultWeightsFormat({ params: 7e9, quant: 'INT8', mode: 'qlora' }), 'INT8');
  });

  test('the panel header and its assumptions agree under QLoRA (NF4, not Q4_K_M)', () => {
    const v = buildEstimateView({ model: 'Qwen/Qwen2.5-7B', mode: 'qlora', engine: 'llama.cpp' }, 'GiB');
    assert.match(v.subtitle, / · NF4 · /);
    assert.strictEqual(v.request.quant, 'NF4');
    assert.ok(
      v.assumptions.some(a => /frozen base in NF4/.test(a)),
      v.assumptions.join('\n'),
    );
    assert.ok(!`${v.subtitle} ${v.assumptions.join(' ')}`.includes('Q4_K_M'));
  });
});

import * as assert from 'assert';
import { parseEstimateInputs, parseEstimateView, parseGpuList, parseToEstimate } from '../../../src/webview/messages';
import { buildEstimateView } from '../../../src/core/render/estimateView';
import { ENGINES, KV_CACHE_FORMATS } from '../../../src/core/options';

// What the extension really sends, through the same JSON round trip postMessage makes.
const view = JSON.parse(JSON.stringify(buildEstimateView({ model: 'Llama-3.1-8B', gpusGiB: [24] }, 'GiB')));
const inputs = {
  model: 'Llama-3.1-8B',
  quant: 'Q4_K_M',
  contextTokens: 8192,
  batch: 1,
  engine: 'llama.cpp',
  mode: 'inference',
  kvCacheQuant: 'F16',
};
const strings = { total: 'Total' };

suite('estimate panel messages from the extension are checked before use', () => {
  test('a real view passes, for a server engine with no default format too', () => {
    assert.ok(parseToEstimate({ type: 'view', view, formats: ['Q4_K_M'], strings }));
    const vllm = JSON.parse(JSON.stringify(buildEstimateView({ model: 'Llama-3.1-8B', engine: 'vllm' }, 'GB')));
    assert.strictEqual(vllm.request.quant, '');
    assert.ok(parseEstimateView(vllm));
  });

  test('a view missing what the panel reads, or of the wrong type, is refused', () => {
    const broken = (change: Record<string, unknown>) => ({ ...view, ...change });
    for (const bad of [
      broken({ parts: undefined }),
      broken({ parts: [{ key: 'weights', label: 'W', text: '1 GiB', share: 'x' }] }),
      broken({ title: 7 }),
      broken({ fits: [{ label: 'x', text: 'y', verdict: 'maybe' }] }),
      broken({ assumptions: [1] }),
      broken({ request: { ...view.request, engine: 'nope' } }),
      broken({ largestContext: { target: 'x' } }),
      broken({ formats: [{ quant: 'Q4_K_M' }] }),
      null,
      [],
    ]) {
      const message = { type: 'view', view: bad, formats: [], strings };
      assert.strictEqual(parseToEstimate(message), undefined, JSON.stringify(bad));
    }
    assert.strictEqual(parseToEstimate({ type: 'view', view, formats: [1], strings }), undefined);
    assert.strictEqual(parseToEstimate({ type: 'view', view, formats: [], strings: { total: 1 } }), undefined);
    assert.strictEqual(parseToEstimate({ type: 'view', view, formats: [] }), undefined);
    assert.strictEqual(parseToEstimate({ type: 'other', view, formats: [], strings }), undefined);
  });

  test('an error message carries valid inputs, or is refused', () => {
    assert.ok(parseToEstimate({ type: 'error', message: 'batch must be…', inputs, strings }));
    const badInputs = { ...inputs, batch: 0 };
    assert.strictEqual(parseToEstimate({ type: 'error', message: 'x', inputs: badInputs, strings }), undefined);
    assert.strictEqual(parseToEstimate({ type: 'error', message: 5, inputs, strings }), undefined);
  });

  test('the panel takes every KV cache format the settings allow (BF16 was missing)', () => {
    for (const kvCacheQuant of KV_CACHE_FORMATS) {
      assert.strictEqual(parseEstimateInputs({ ...inputs, kvCacheQuant })?.kvCacheQuant, kvCacheQuant);
    }
  });
});

suite('estimate panel messages: GPUs, tensor parallel, GPU layers', () => {
  test('GPU lists as people type them', () => {
    assert.deepStrictEqual(parseGpuList('24, 24'), [24, 24]);
    assert.deepStrictEqual(parseGpuList('2x24'), [24, 24]);
    assert.deepStrictEqual(parseGpuList('24 16'), [24, 16]);
    assert.deepStrictEqual(parseGpuList('80+80+80+80'), [80, 80, 80, 80]);
    for (const bad of ['', 'big', '24, -1', '0', '24,,x']) assert.strictEqual(parseGpuList(bad), undefined, bad);
  });

  const base = {
    model: 'Llama-3.1-70B',
    quant: 'Q4_K_M',
    contextTokens: 8192,
    batch: 1,
    engine: 'vllm',
    mode: 'inference',
    kvCacheQuant: 'F16',
  };

  test('optional multi-GPU fields pass through; invalid ones reject the message', () => {
    assert.deepStrictEqual(parseEstimateInputs(base), base);
    const full = { ...base, gpusGiB: [24, 24], tensorParallel: 2, gpuLayers: -1 };
    assert.deepStrictEqual(parseEstimateInputs(full), full);
    assert.strictEqual(parseEstimateInputs({ ...base, gpuLayers: 0 })?.gpuLayers, 0);
    assert.deepStrictEqual(parseEstimateInputs({ ...base, gpusGiB: [] }), base, 'an empty GPU list is none');
    const bads = [
      { gpusGiB: 'x' },
      { gpusGiB: [0] },
      { tensorParallel: 0 },
      { tensorParallel: 1.5 },
      { gpuLayers: -2 },
    ];
    for (const bad of bads) {
      assert.strictEqual(parseEstimateInputs({ ...base, ...bad }), undefined, JSON.stringify(bad));
    }
  });

  test('every engine the estimator knows can be chosen', () => {
    const all = ['llama.cpp', 'mlx', 'ollama', 'sglang', 'tgi', 'transformers', 'vllm'];
    assert.deepStrictEqual([...ENGINES].sort(), all);
  });

  test('a view with per-GPU bars passes; a broken bar is refused', () => {
    const split = JSON.parse(
      JSON.stringify(
        buildEstimateView({ model: 'Llama-3.1-70B', engine: 'vllm', tensorParallel: 2, gpusGiB: [80, 80] }, 'GiB'),
      ),
    );
    assert.strictEqual(split.devices.length, 2);
    assert.ok(parseToEstimate({ type: 'view', view: split, formats: [], strings: { total: 'Total' } }));
    const bad = { ...split, devices: [{ ...split.devices[0], parts: [{ key: 'weights', percent: 'x' }] }] };
    const refused = parseToEstimate({ type: 'view', view: bad, formats: [], strings: { total: 'Total' } });
    assert.strictEqual(refused, undefined);
  });
});

suite('estimate panel messages: clearing and warnings', () => {
  const strings = { total: 'Total' };
  const inputs = {
    model: 'nope',
    quant: 'Q4_K_M',
    contextTokens: 8192,
    batch: 1,
    engine: 'llama.cpp',
    mode: 'inference',
    kvCacheQuant: 'F16',
  };

  test('an error that clears the figures keeps its flag; any other value of it is dropped', () => {
    const m = parseToEstimate({ type: 'error', message: 'x', inputs, strings, clear: true });
    assert.strictEqual(m?.type === 'error' && m.clear, true);
    const n = parseToEstimate({ type: 'error', message: 'x', inputs, strings, clear: 'yes' });
    assert.strictEqual(n?.type === 'error' && n.clear, undefined);
  });

  test("a view's warnings must be strings", () => {
    const view = buildEstimateView({ model: 'mistralai/Mistral-7B-v0.3', contextTokens: 131072 }, 'GiB');
    assert.ok(parseEstimateView(view));
    assert.strictEqual(parseEstimateView({ ...view, warnings: [1] }), undefined);
  });
});

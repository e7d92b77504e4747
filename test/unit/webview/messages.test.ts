import * as assert from 'assert';
import { parseEstimateInputs, parseGpuList, ENGINE_CHOICES } from '../../../src/webview/messages';

suite('estimate panel messages: GPUs, tensor parallel, GPU layers', () => {
  test('GPU lists as people type them', () => {
    assert.deepStrictEqual(parseGpuList('24, 24'), [24, 24]);
    assert.deepStrictEqual(parseGpuList('2x24'), [24, 24]);
    assert.deepStrictEqual(parseGpuList('24 16'), [24, 16]);
    assert.deepStrictEqual(parseGpuList('80+80+80+80'), [80, 80, 80, 80]);
    for (const bad of ['', 'big', '24, -1', '0', '24,,x']) assert.strictEqual(parseGpuList(bad), undefined, bad);
  });

  const base = {
    model: 'Llama-3.1-70B', quant: 'Q4_K_M', contextTokens: 8192, batch: 1, engine: 'vllm', mode: 'inference',
    kvCacheQuant: 'F16',
  };

  test('optional multi-GPU fields pass through; invalid ones reject the message', () => {
    assert.deepStrictEqual(parseEstimateInputs(base), base);
    const full = { ...base, gpusGiB: [24, 24], tensorParallel: 2, gpuLayers: -1 };
    assert.deepStrictEqual(parseEstimateInputs(full), full);
    assert.strictEqual(parseEstimateInputs({ ...base, gpuLayers: 0 })?.gpuLayers, 0);
    const bads = [{ gpusGiB: 'x' }, { gpusGiB: [] }, { tensorParallel: 0 }, { tensorParallel: 1.5 }, { gpuLayers: -2 }];
    for (const bad of bads) {
      assert.strictEqual(parseEstimateInputs({ ...base, ...bad }), undefined, JSON.stringify(bad));
    }
  });

  test('every engine the estimator knows can be chosen', () => {
    const all = ['llama.cpp', 'mlx', 'ollama', 'sglang', 'tgi', 'transformers', 'vllm'];
    assert.deepStrictEqual([...ENGINE_CHOICES].sort(), all);
  });
});

import * as assert from 'assert';
import { buildEstimateView, estimateMarkdown } from '../../../../src/core/render/estimateView';

suite('estimate view: per-device bars', () => {
  test('two GPUs at tensor parallel 2: one bar each, parts in percent of the GPU', () => {
    const request = { model: 'meta-llama/Llama-3.1-70B', quant: 'AWQ', engine: 'vllm' as const };
    const v = buildEstimateView({ ...request, tensorParallel: 2, gpusGiB: [48, 48] }, 'GiB');
    assert.strictEqual(v.devices.length, 2);
    const d = v.devices[0];
    assert.match(d.text, /^[\d.]+ \/ 48 GiB$/);
    const used = d.parts.reduce((s, p) => s + p.percent, 0);
    assert.ok(used > 40 && used < 100, String(used));
    assert.ok(
      v.deviceNotes.some(n => /^The vLLM reservation leaves room for [\d,]+ tokens of KV cache/.test(n)),
      String(v.deviceNotes),
    );
    assert.match(estimateMarkdown(v), /Per GPU: GPU 0: [\d.]+ \/ 48 GiB · GPU 1/);
    assert.deepStrictEqual(v.request.gpusGiB, [48, 48]);
    assert.strictEqual(v.request.tensorParallel, 2);
  });

  test('llama.cpp on one small GPU: partial offload shows system RAM and the most layers that fit', () => {
    const request = { model: 'meta-llama/Llama-3.1-70B', quant: 'Q4_K_M' };
    const v = buildEstimateView({ ...request, gpusGiB: [24], gpuLayers: 40 }, 'GiB');
    assert.strictEqual(v.devices.length, 1);
    assert.ok(v.host && /GiB/.test(v.host));
    assert.ok(v.deviceNotes.some(n => /At most \d+ of 81 layers/.test(n)));
    assert.strictEqual(v.request.gpuLayers, 40);
  });

  test('more ranks than GPUs listed: bars without capacities, no error', () => {
    const request = { model: 'meta-llama/Llama-3.1-70B', engine: 'vllm' as const };
    const v = buildEstimateView({ ...request, tensorParallel: 4, gpusGiB: [80] }, 'GiB');
    assert.strictEqual(v.devices.length, 4);
    assert.ok(v.devices.every(d => d.fits === undefined && !/\//.test(d.text)));
  });
});

suite("estimate view: a context past the model's native maximum", () => {
  test('a warning in the view and the same words in its assumptions; none within the maximum', () => {
    const over = buildEstimateView({ model: 'mistralai/Mistral-7B-v0.3', contextTokens: 131072 }, 'GiB');
    assert.strictEqual(over.warnings.length, 1);
    assert.match(over.warnings[0], /131,072 tokens exceed the model's native maximum of 32,768/);
    assert.ok(over.assumptions.includes(over.warnings[0]));
    const within = buildEstimateView({ model: 'mistralai/Mistral-7B-v0.3', contextTokens: 32768 }, 'GiB');
    assert.deepStrictEqual(within.warnings, []);
  });

  test('your GPUs are labelled as picked, in GB', () => {
    const v = buildEstimateView({ model: 'meta-llama/Llama-3.1-8B', quant: 'Q4_K_M', gpusGiB: [24, 24] }, 'GB');
    assert.strictEqual(v.fits.find(f => f.mine)?.label, 'your 2 GPUs (2 × 24 GB)');
  });
});

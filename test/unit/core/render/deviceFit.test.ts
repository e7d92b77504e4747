import * as assert from 'assert';
import { deviceFitLine, offloadLine } from '../../../../src/core/render/deviceFit';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import type { MemoryEstimate } from '../../../../src/core/types';

const GiB = 2 ** 30;

suite('render: per-device fit line', () => {
  test('GPU i: used / capacity, one decimal, the unit once per entry', () => {
    const gpu = (label: string, totalBytes: number) => ({
      label,
      weightsBytes: 0,
      kvCacheBytes: 0,
      overheadBytes: 0,
      totalBytes,
      capacityBytes: 24 * GiB,
      fits: true,
    });
    const e = {
      weightsBytes: 40 * GiB,
      kvCacheBytes: 0,
      overheadBytes: 0,
      totalBytes: 0,
      basis: 'config',
      assumptions: [],
      devices: [gpu('GPU 0', 21.34 * GiB), gpu('GPU 1', 20.9 * GiB)],
    } as MemoryEstimate;
    assert.strictEqual(deviceFitLine(e, 'GiB'), 'GPU 0: 21.3 / 24 GiB · GPU 1: 20.9 / 24 GiB');
  });

  test('a real split: 70B on two 24 GiB GPUs with llama.cpp, what does not fit is marked', () => {
    const model = { model: 'meta-llama/Llama-3.1-70B', quant: 'Q4_K_M' };
    const e = estimateMemory({ ...model, gpus: [24 * GiB, 24 * GiB], contextTokens: 8192 });
    const line = deviceFitLine(e, 'GiB')!;
    assert.match(line, /^GPU 0: [\d.]+ \/ 24 GiB( ✗)? · GPU 1: [\d.]+ \/ 24 GiB( ✗)?/);
    const partial = estimateMemory({ ...model, gpus: [24 * GiB], gpuLayers: 40 });
    assert.match(deviceFitLine(partial, 'GiB')!, /system RAM [\d.]+ GiB/);
  });

  test('no split, no line', () => {
    const e: MemoryEstimate = {
      weightsBytes: 1,
      kvCacheBytes: 0,
      overheadBytes: 0,
      totalBytes: 1,
      basis: 'label',
      assumptions: [],
    };
    assert.strictEqual(deviceFitLine(e, 'GB'), undefined);
  });
});

suite('render: the hover shows the split over several GPUs', () => {
  test('two 24 GiB GPUs: one entry per GPU after the verdict', async () => {
    const { renderHover } = await import('../../../../src/core/render/hoverMarkdown');
    const { findLabels } = await import('../../../../src/core/recognize/findLabels');
    const label = findLabels('Llama-3.1-70B-Instruct-Q4_K_M.gguf')[0];
    const two = renderHover(label, { units: 'GiB', gpusGiB: [24, 24] });
    assert.match(two, /GPU 0: [\d.]+ \/ 24 GiB.* · GPU 1: [\d.]+ \/ 24 GiB/);
    const one = renderHover(label, { units: 'GiB', gpusGiB: [24] });
    assert.doesNotMatch(one, /GPU 0:/);
    assert.match(one, /Up to \d+ layers fit on the GPU \(-ngl \d+\); the rest takes [\d.]+ GiB of system RAM/);
    assert.doesNotMatch(renderHover(label, { units: 'GiB', gpusGiB: [80] }), /layers fit on the GPU/);
  });
});

suite('render: how many layers fit one GPU', () => {
  const GiB8 = 8 * 2 ** 30;
  test('a 13B model on an 8 GiB GPU with llama.cpp: a part of the layers', () => {
    const input = { model: 'meta-llama/Llama-2-13b-hf', quant: 'Q4_K_M', contextTokens: 4096 };
    const line = offloadLine(input, GiB8, 'GiB')!;
    const n = Number(/Up to (\d+) layers/.exec(line)![1]);
    assert.ok(n > 15 && n < 41, line);
  });
  test('no line when it fits whole or for a pre-allocating engine', () => {
    assert.strictEqual(offloadLine({ model: 'meta-llama/Llama-3.2-1B', quant: 'Q4_K_M' }, GiB8, 'GiB'), undefined);
    assert.strictEqual(offloadLine({ model: 'meta-llama/Llama-2-13b-hf', engine: 'vllm' }, GiB8, 'GiB'), undefined);
  });
});

// The per-device fields through the public bundle, as an outside caller of dist/core.js sees them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

function bundle(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, 'dist', 'core.js');
}

suite('public core API: per-device estimates (dist/core.js)', () => {
  type Estimate = {
    devices?: Array<{ label: string; totalBytes: number; capacityBytes?: number; fits?: boolean }>;
    hostBytes?: number;
    kvCapacityTokens?: number;
    maxGpuLayers?: number;
  };
  let estimateMemory: (input: object) => Estimate;

  suiteSetup(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, as an outside caller loads it
    estimateMemory = require(bundle()).estimateMemory;
  });

  test('tensor parallel, GPU sizes and utilization give devices and KV capacity', () => {
    const GiB = 2 ** 30;
    const e = estimateMemory({
      model: 'meta-llama/Llama-3.1-70B',
      engine: 'vllm',
      tensorParallel: 4,
      gpus: new Array(4).fill(80 * GiB),
      gpuMemoryUtilization: 0.9,
    });
    assert.strictEqual(e.devices?.length, 4);
    assert.ok(e.devices!.every(d => d.capacityBytes === 80 * GiB && d.fits === true));
    assert.ok((e.kvCapacityTokens ?? 0) > 100_000);
  });

  test('partial offload and a projector', () => {
    const mmproj = 'mmproj-gemma-3-27b-it-f16.gguf';
    const e = estimateMemory({ model: 'google/gemma-3-27b-it', quant: 'Q4_K_M', gpuLayers: 30, mmproj });
    assert.ok((e.hostBytes ?? 0) > 5e9);
    assert.throws(() => estimateMemory({ params: 7e9, gpuLayers: -5 }), RangeError);
    assert.throws(() => estimateMemory({ params: 7e9, engine: 'sglang', tensorParallel: 2, gpus: [24e9] }), RangeError);
  });
});

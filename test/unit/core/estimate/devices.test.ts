import * as assert from 'assert';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { compareDevices, withinDeviceTarget, relError } from '../../../accuracy/published';

const GiB = 2 ** 30;
const H100 = 79.22 * GiB;

suite('devices: published per-device figures', () => {
  const rows = compareDevices();
  const compared = rows.filter(r => r.estimate !== undefined);

  test('12+ configurations compared: TP 1/2/4/8, partial offload, tensor split, a projector', () => {
    const configs = new Set(compared.map(r => r.label.replace(/-(gpu\d|weights|kvpool|host)(?= \().*$/, '')));
    assert.ok(compared.length >= 12, `only ${compared.length} rows compared`);
    assert.ok(configs.size >= 10, [...configs].join(', '));
    for (const kind of ['tp1', 'tp2', 'tp4', 'tp8', 'ngl0', 'ngl10', '43of81', 'ts-10-6', 'mmproj']) {
      assert.ok(
        compared.some(r => r.label.includes(kind)),
        `no compared row for ${kind}`,
      );
    }
  });

  for (const r of rows) {
    test(`${r.label}: within max(10%, 0.5 GiB)`, function () {
      if (r.skipped) {
        assert.ok(r.skipped.length > 20, 'an excluded row says why');
        this.skip();
      }
      assert.ok(
        withinDeviceTarget(r.estimate!, r.published),
        `estimate ${(r.estimate! / GiB).toFixed(2)} GiB vs published ${(r.published / GiB).toFixed(2)} GiB` +
          ` (${relError(r.estimate!, r.published).toFixed(1)}%)`,
      );
    });
  }
});

suite('devices: tensor and pipeline parallel', () => {
  const base = { model: 'meta-llama/Llama-3.1-70B', engine: 'vllm' as const, contextTokens: 8192 };

  test('each rank holds 1/tp of the matrices and its own runtime; the split costs a little in total', () => {
    const one = estimateMemory(base);
    const four = estimateMemory({ ...base, tensorParallel: 4 });
    assert.strictEqual(four.devices!.length, 4);
    const d = four.devices![0];
    assert.ok(Math.abs(d.weightsBytes - one.weightsBytes / 4) / (one.weightsBytes / 4) < 0.01);
    assert.ok(Math.abs(d.kvCacheBytes - one.kvCacheBytes / 4) < 1, 'eight KV heads split 2 per rank');
    assert.ok(four.devices!.reduce((s, x) => s + x.totalBytes, 0) > one.devices![0].totalBytes);
    assert.ok(d.overheadBytes > one.devices![0].overheadBytes, 'communication buffers on each rank');
  });

  test('fewer KV heads than ranks: the KV cache is replicated, one head per rank', () => {
    const tp8 = estimateMemory({ ...base, tensorParallel: 8 });
    const tp16 = estimateMemory({ ...base, tensorParallel: 16 });
    assert.strictEqual(tp16.devices![0].kvCacheBytes, tp8.devices![0].kvCacheBytes);
    assert.ok(tp16.assumptions.some(a => /replicated/.test(a)));
  });

  test('MLA keeps its latent cache whole on every rank', () => {
    const e = estimateMemory({ model: 'deepseek-ai/DeepSeek-V3', quant: 'FP8', engine: 'vllm', tensorParallel: 8 });
    assert.ok(Math.abs(e.devices![0].kvCacheBytes - e.kvCacheBytes) < 1);
  });

  test('pipeline stages hold their layers; embeddings on the first, the output head on the last', () => {
    const e = estimateMemory({ ...base, pipelineParallel: 2 });
    const [first, last] = e.devices!;
    assert.ok(Math.abs(first.kvCacheBytes - e.kvCacheBytes / 2) < 1);
    assert.ok(first.weightsBytes > 0.45 * e.weightsBytes && last.weightsBytes > 0.45 * e.weightsBytes);
  });

  test('vLLM reserves utilization × each GPU; KV capacity is what weights and runtime leave', () => {
    const a = estimateMemory({ ...base, tensorParallel: 2, gpus: [H100, H100] });
    const b = estimateMemory({ ...base, tensorParallel: 2, gpus: [H100, H100], gpuMemoryUtilization: 0.95 });
    assert.ok(a.kvCapacityTokens! > 8192 && b.kvCapacityTokens! > a.kvCapacityTokens!);
    assert.ok(a.devices!.every(d => d.fits && d.capacityBytes === H100));
    const tight = estimateMemory({ ...base, tensorParallel: 2, gpus: [24 * GiB, 24 * GiB] });
    assert.ok(tight.devices!.every(d => d.fits === false));
    assert.strictEqual(tight.kvCapacityTokens, 0);
  });

  test('SGLang: the static share shrinks with the group size; TGI and MLX have their own budgets', () => {
    const s = (tp: number) =>
      estimateMemory({ ...base, engine: 'sglang', tensorParallel: tp, gpus: new Array(tp).fill(H100) });
    assert.ok(s(2).kvCapacityTokens! > 0 && s(8).kvCapacityTokens! > s(2).kvCapacityTokens!);
    const t = estimateMemory({ ...base, engine: 'tgi', tensorParallel: 4, gpus: new Array(4).fill(H100) });
    assert.ok(t.kvCapacityTokens! > 100_000);
    const m = estimateMemory({ model: 'Qwen/Qwen3-32B', quant: 'MLX-4bit', engine: 'mlx', gpus: [64 * GiB] });
    assert.strictEqual(m.devices![0].capacityBytes, 48 * GiB);
    assert.strictEqual(m.hostBytes, 0);
  });
});

suite('devices: llama.cpp and Ollama layer placement', () => {
  const base = { model: 'meta-llama/Llama-3.1-8B-Instruct', quant: 'Q4_K_M', contextTokens: 8192 };

  test('N of L layers: the rest, their KV cache and the input embeddings stay in system RAM', () => {
    const all = estimateMemory(base);
    const half = estimateMemory({ ...base, gpuLayers: 16 });
    assert.ok(half.devices![0].weightsBytes < 0.6 * all.devices![0].weightsBytes);
    assert.ok(Math.abs(half.devices![0].kvCacheBytes - all.kvCacheBytes / 2) < 1);
    assert.ok(half.hostBytes! > all.hostBytes! + 0.4 * all.weightsBytes);
    assert.ok(all.hostBytes! > 0, 'token embeddings on the CPU even with every layer on the GPU');
  });

  test('--tensor-split and the largest N that fits the GPUs given', () => {
    const split = estimateMemory({ ...base, tensorSplit: [3, 1] });
    assert.strictEqual(split.devices!.length, 2);
    assert.ok(split.devices![0].kvCacheBytes > 2.5 * split.devices![1].kvCacheBytes);
    const big = { ...base, model: 'meta-llama/Llama-3.1-70B', gpus: [24 * GiB] };
    const small = estimateMemory(big);
    assert.ok(small.maxGpuLayers! > 10 && small.maxGpuLayers! < 81, String(small.maxGpuLayers));
    const fit = estimateMemory({ ...big, gpuLayers: small.maxGpuLayers });
    assert.ok(fit.devices![0].fits);
    const over = estimateMemory({ ...big, gpuLayers: small.maxGpuLayers! + 1 });
    assert.strictEqual(over.devices![0].fits, false);
  });

  test('--tensor-split sets the number of GPUs even when tensorParallel says otherwise', () => {
    const e = estimateMemory({ ...base, tensorSplit: [1, 1], tensorParallel: 4 });
    assert.strictEqual(e.devices!.length, 2);
    assert.ok(e.devices!.every(d => Number.isFinite(d.totalBytes) && d.totalBytes > 0));
  });

  test('Ollama puts a model that fits one GPU on the largest one', () => {
    const e = estimateMemory({ ...base, engine: 'ollama', gpus: [12 * GiB, 24 * GiB] });
    assert.strictEqual(e.devices![0].totalBytes, 0);
    assert.ok(e.devices![1].totalBytes > 0 && e.devices![1].fits);
  });

  test('a draft model adds its weights and KV cache', () => {
    const plain = estimateMemory({ ...base, model: 'meta-llama/Llama-3.1-70B' });
    const draft = 'Llama-3.2-1B-Instruct-Q8_0.gguf';
    const spec = estimateMemory({ ...base, model: 'meta-llama/Llama-3.1-70B', draft });
    assert.ok(spec.weightsBytes - plain.weightsBytes > 1e9 && spec.kvCacheBytes > plain.kvCacheBytes);
    assert.strictEqual(spec.totalBytes, spec.weightsBytes + spec.kvCacheBytes + spec.overheadBytes);
  });
});

suite('devices: input validation', () => {
  const cases: Array<[object, RegExp]> = [
    [{ params: 7e9, tensorParallel: 0 }, /tensorParallel must be between 1 and 64/],
    [{ params: 7e9, tensorParallel: 1.5 }, /tensorParallel must be a whole number/],
    [{ params: 7e9, pipelineParallel: 100 }, /pipelineParallel must be between/],
    [{ params: 7e9, gpuLayers: -2 }, /gpuLayers must be between -1/],
    [{ params: 7e9, gpuMemoryUtilization: 1.2 }, /gpuMemoryUtilization must be between 0 and 1/],
    [{ params: 7e9, gpuMemoryUtilization: 0 }, /gpuMemoryUtilization must be above 0/],
    [{ params: 7e9, gpus: [] }, /gpus must list between 1 and 64/],
    [{ params: 7e9, gpus: [1000] }, /gpus\[0\] must be between/],
    [{ params: 7e9, gpus: [NaN] }, /gpus\[0\] must be a finite number/],
    [{ params: 7e9, tensorParallel: 4, gpus: [24e9, 24e9] }, /needs 4 GPUs, but gpus lists 2/],
    [{ params: 7e9, tensorSplit: [0, 0] }, /tensorSplit needs at least one share above 0/],
    [{ params: 7e9, gpus: [24e9], tensorSplit: [1, 1] }, /tensorSplit has 2 entries but gpus lists 1/],
    [
      { model: 'meta-llama/Llama-3.1-8B', engine: 'vllm', tensorParallel: 3 },
      /tensorParallel 3 must divide the model's 32 attention heads/,
    ],
    [{ params: 7e9, mmproj: { id: 'x' } }, /mmproj as an object needs params/],
  ];
  for (const [input, message] of cases) {
    test(`RangeError/TypeError for ${JSON.stringify(input)}`, () => {
      const clear = (err: Error) =>
        (err instanceof RangeError || err instanceof TypeError) && message.test(err.message);
      assert.throws(() => estimateMemory(input as never), clear);
    });
  }
  test('gpus as a string is a TypeError', () => {
    assert.throws(() => estimateMemory({ params: 7e9, gpus: '24' as never }), TypeError);
  });
});

suite('devices: properties', () => {
  // llama.cpp's rule (llama-model.cpp load_tensors): offloaded position j of act goes to the first
  // GPU whose cumulative split point exceeds j / act.
  function llamaCppLayers(layers: number, ngl: number, shares: number[]): number[] {
    const sum = shares.reduce((s, x) => s + x, 0);
    let acc = 0;
    const splits = shares.map(x => (acc += x) / sum);
    const start = Math.max(layers - ngl, 0);
    const act = Math.min(ngl, layers + 1);
    const counts = shares.map(() => 0);
    for (let il = start; il < layers && il - start < act; il++) {
      const k = splits.findIndex(s => s > (il - start) / act);
      counts[k < 0 ? shares.length - 1 : k]++;
    }
    return counts;
  }

  test("layers per GPU follow llama.cpp's split rule for any --tensor-split and -ngl", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const model = { model: 'Qwen/Qwen2.5-Coder-32B-Instruct', quant: 'Q8_0', contextTokens: 4096 };
    const whole = estimateMemory(model);
    const perLayer = whole.kvCacheBytes / 64;
    for (let trial = 0; trial < 40; trial++) {
      const shares = Array.from({ length: 1 + Math.floor(random() * 4) }, () => Math.round(random() * 10));
      if (!shares.some(x => x > 0)) shares[0] = 1;
      const ngl = Math.floor(random() * 70);
      const e = estimateMemory({ ...model, tensorSplit: shares, gpuLayers: ngl });
      const counts = e.devices!.map(d => Math.round(d.kvCacheBytes / perLayer));
      assert.deepStrictEqual(counts, llamaCppLayers(64, ngl, shares), `-ts ${shares.join(',')} -ngl ${ngl}`);
    }
  });

  test('tensor parallel: each rank at least 1/tp of the model, the ranks together at least the whole', () => {
    const models = [
      'meta-llama/Llama-3.1-70B',
      'Qwen/Qwen3-30B-A3B',
      'google/gemma-3-27b-pt',
      'mistralai/Mixtral-8x7B-v0.1',
    ];
    for (const model of models) {
      const one = estimateMemory({ model, engine: 'vllm' });
      for (const tp of [2, 4, 8]) {
        let e;
        try {
          e = estimateMemory({ model, engine: 'vllm', tensorParallel: tp });
        } catch {
          continue;
        }
        const w = e.devices!.map(d => d.weightsBytes);
        assert.ok(
          w.every(x => x >= one.weightsBytes / tp - 1),
          `${model} tp ${tp}`,
        );
        assert.ok(e.devices!.reduce((s, d) => s + d.totalBytes, 0) >= one.devices![0].totalBytes, `${model} tp ${tp}`);
        assert.ok(
          e.devices!.every(d => d.kvCacheBytes >= one.kvCacheBytes / tp - 1),
          `${model} tp ${tp}`,
        );
      }
    }
  });
});

suite('devices: random inputs never give NaN', () => {
  test('finite figures or a clear RangeError/TypeError, for 300 random multi-GPU inputs', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
    const engines = ['llama.cpp', 'ollama', 'vllm', 'sglang', 'tgi', 'transformers', 'mlx'] as const;
    const models = [
      'meta-llama/Llama-3.1-8B',
      'Qwen/Qwen3-30B-A3B',
      'google/gemma-3-27b-pt',
      'deepseek-ai/DeepSeek-V3',
      '13B',
    ];
    for (let i = 0; i < 300; i++) {
      const gpuCount = 1 + Math.floor(random() * 8);
      const input = {
        model: pick(models),
        engine: pick(engines),
        contextTokens: 256 + Math.floor(random() * 65536),
        batch: 1 + Math.floor(random() * 8),
        tensorParallel: pick([1, 2, 4, 8, 3]),
        pipelineParallel: pick([1, 1, 2]),
        gpuLayers: pick([-1, 0, 5, 40, 200]),
        gpuMemoryUtilization: pick([undefined, 0.5, 0.9, 0.98]),
        gpus: random() < 0.7 ? Array.from({ length: gpuCount }, () => pick([8, 16, 24, 48, 80]) * GiB) : undefined,
      };
      let e;
      try {
        e = estimateMemory(input);
      } catch (err) {
        assert.ok(err instanceof RangeError || err instanceof TypeError, `${JSON.stringify(input)}: ${err}`);
        continue;
      }
      const figures = [
        e.totalBytes,
        e.hostBytes ?? 0,
        e.kvCapacityTokens ?? 0,
        ...e.devices!.flatMap(d => [d.weightsBytes, d.kvCacheBytes, d.overheadBytes, d.totalBytes]),
      ];
      assert.ok(
        figures.every(x => Number.isFinite(x) && x >= 0),
        JSON.stringify(input),
      );
    }
  });
});

suite('devices: routed experts in system RAM (--n-cpu-moe)', () => {
  const base = {
    model: 'openai/gpt-oss-120b',
    engine: 'llama.cpp' as const,
    contextTokens: 8192,
    gpuLayers: -1,
    gpus: [24 * GiB],
  };

  test("--cpu-moe moves every layer's experts off the GPU, and they reappear in system RAM", () => {
    const all = estimateMemory(base);
    const cpu = estimateMemory({ ...base, cpuMoeLayers: -1 });
    const moved = all.devices![0].weightsBytes - cpu.devices![0].weightsBytes;
    // 36 layers × 128 experts × (gate, up, down) of 2,880 × 2,880 (config.json), in MXFP4 as
    // released: 4.25 bits a weight (32 four-bit values and one 8-bit scale per block)
    const experts = (36 * 128 * 3 * 2880 * 2880 * 4.25) / 8;
    assert.ok(Math.abs(moved - experts) < 1e6, `${moved} vs ${experts}`);
    assert.ok(Math.abs(cpu.hostBytes! - all.hostBytes! - moved) < 1e6);
    assert.strictEqual(cpu.devices![0].kvCacheBytes, all.devices![0].kvCacheBytes, 'the KV cache stays on the GPU');
    assert.strictEqual(cpu.devices![0].fits, true, 'attention and KV of a 120B MoE fit 24 GiB');
    assert.strictEqual(all.devices![0].fits, false);
  });

  test("--n-cpu-moe N moves the first N layers' experts; more N, less on the GPU; a dense model is unchanged", () => {
    const gpu = (n: number) => estimateMemory({ ...base, cpuMoeLayers: n }).devices![0].totalBytes;
    assert.ok(gpu(0) > gpu(10) && gpu(10) > gpu(20) && gpu(20) > gpu(36));
    assert.strictEqual(gpu(36), gpu(-1));
    assert.strictEqual(gpu(99), gpu(-1), 'beyond the layer count: every layer');
    const dense = { ...base, model: 'meta-llama/Llama-3.1-8B' };
    assert.strictEqual(
      estimateMemory({ ...dense, cpuMoeLayers: -1 }).devices![0].totalBytes,
      estimateMemory(dense).devices![0].totalBytes,
    );
  });

  test('with the GPUs given, the largest -ngl counts the experts left in RAM', () => {
    const none = estimateMemory({ ...base, gpus: [16 * GiB] });
    const cpu = estimateMemory({ ...base, gpus: [16 * GiB], cpuMoeLayers: -1 });
    assert.ok(cpu.maxGpuLayers! > none.maxGpuLayers!);
    assert.throws(() => estimateMemory({ ...base, cpuMoeLayers: -2 }), RangeError);
  });
});

// Shapes of run files met in held-out repositories (test/data/corpus/heldout-runs.jsonl, HELDOUT.md):
// each test is one family, written small, with the trap that made the reader miss it.
import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';
import type { RunSettings } from '../../../../src/core/types';

function at(text: string, label: string, lang?: string): Omit<RunSettings, 'read'> {
  const s: Partial<RunSettings> = runSettingsAt(text, text.indexOf(label), lang);
  delete s.read;
  return s;
}

suite('settings: run-file shapes', () => {
  test('Markdown: a fence indented inside a MkDocs tab or a list item is still code', () => {
    const t = '=== "vLLM"\n\n    ```bash\n    vllm serve org/M \\\n      --max-model-len 8192\n    ```\n';
    assert.deepStrictEqual(at(t, 'org/M', 'markdown'), { engine: 'vllm', contextTokens: 8192 });
  });

  test('Markdown: an indented code block is code; an indented paragraph is prose', () => {
    const yaml =
      'Service:\n\n    image: vllm/vllm-openai\n    commands:\n      - vllm serve org/M --max-model-len 4096\n';
    assert.deepStrictEqual(at(yaml, 'org/M', 'markdown'), { engine: 'vllm', contextTokens: 4096 });
    const prose = '1. Pick a model\n\n    We ran org/M with vllm, which was fast.\n';
    assert.deepStrictEqual(at(prose, 'org/M', 'markdown'), {});
  });

  test('YAML list: a flag and its value as separate items, quoted, with a trailing comment', () => {
    const t =
      'command:\n  - vllm\n  - serve\n  - org/M\n  - "--tensor-parallel-size"\n  - "2"\n' +
      '  - --max-model-len\n  - "12288" # keeps the KV cache in memory\n  - --dtype\n  - half\n';
    assert.deepStrictEqual(at(t, 'org/M', 'yaml'), {
      engine: 'vllm',
      tensorParallel: 2,
      contextTokens: 12288,
      quant: 'F16',
    });
  });

  test('several options in one quoted argument are read as the engine splits them', () => {
    const t = "vllm serve org/M --extra-args '--max-model-len 4096 --gpu-memory-utilization 0.8'";
    assert.deepStrictEqual(at(t, 'org/M', 'shellscript'), {
      engine: 'vllm',
      contextTokens: 4096,
      gpuMemoryUtilization: 0.8,
    });
    // one quoted option is one word, as before
    assert.deepStrictEqual(at('vllm serve org/M "--max-model-len" "2048"', 'org/M', 'shellscript'), {
      engine: 'vllm',
      contextTokens: 2048,
    });
  });

  test('`tp` sets tensor parallelism and names no engine; an option only vLLM has still does', () => {
    const t = 'args:\n  model_id: org/M\n  tp: 2\n  max_model_len: 16384\n';
    assert.deepStrictEqual(at(t, 'org/M', 'yaml'), { engine: 'vllm', tensorParallel: 2, contextTokens: 16384 });
    assert.deepStrictEqual(at('model: org/M\ntp: 4\n', 'org/M', 'yaml'), { tensorParallel: 4 });
  });

  test("grouped training flags are read by their last part (OpenRLHF's --train.micro_batch_size)", () => {
    const t =
      'deepspeed --module openrlhf.cli.train_sft \\\n  --model.model_name_or_path org/M \\\n' +
      '  --data.max_len 4096 --train.micro_batch_size 2 --train.batch_size 256 \\\n' +
      '  --ds.param_dtype bf16 --model.gradient_checkpointing_enable';
    assert.deepStrictEqual(at(t, 'org/M', 'shellscript'), {
      seqLen: 4096,
      trainBatch: 2,
      quant: 'BF16',
      gradientCheckpointing: true,
      mode: 'full',
    });
  });

  test("engines named by their entry points and environment: mlx_vlm, vLLM's VLLM_* variables", () => {
    assert.strictEqual(at('python -m mlx_vlm.generate --model org/M --max-tokens 100', 'org/M').engine, 'mlx');
    const k8s =
      'spec:\n  model:\n    uri: hf://org/M\n  replicas: 1\n  template:\n    containers:\n      - name: main\n' +
      '        env:\n          - name: VLLM_ADDITIONAL_ARGS\n            value: "--enable-log-requests"\n';
    assert.strictEqual(at(k8s, 'org/M', 'yaml').engine, 'vllm');
  });

  test('a dtype beside a model in a config with no engine is the weights format', () => {
    const t = 'model_parameters:\n  model_name: "org/M"\n  dtype: "float16"\n  compile: true\n';
    assert.deepStrictEqual(at(t, 'org/M', 'yaml'), { quant: 'F16' });
  });

  test('model arguments as comma-separated options in one argument, also behind a variable', () => {
    const t = 'lighteval accelerate --model_args "pretrained=org/M,dtype=bfloat16,vllm,max_model_length=4096"';
    assert.deepStrictEqual(at(t, 'org/M', 'shellscript'), { engine: 'vllm', quant: 'BF16', contextTokens: 4096 });
    const v =
      'ARGS="model_name=org/M,tensor_parallel_size=2,gpu_memory_utilization=0.7,generation_parameters={a:1,b:2}"\n' +
      'lighteval vllm "$ARGS" tasks.txt';
    assert.deepStrictEqual(at(v, 'org/M', 'shellscript'), {
      engine: 'vllm',
      tensorParallel: 2,
      gpuMemoryUtilization: 0.7,
    });
  });

  test("an engine's options passed through a wrapper with the engine's name in front (ms-swift)", () => {
    const t = 'swift infer --model org/M --infer_backend vllm --vllm_max_model_len 8192 --vllm_tensor_parallel_size 2';
    assert.deepStrictEqual(at(t, 'org/M', 'shellscript'), { engine: 'vllm', contextTokens: 8192, tensorParallel: 2 });
  });

  test("ms-swift's training type and attention implementation", () => {
    const t =
      'swift sft --model org/M --tuner_type lora --attn_impl flash_attn --per_device_train_batch_size 1 --lora_rank 8';
    assert.deepStrictEqual(at(t, 'org/M', 'shellscript'), {
      mode: 'lora',
      flashAttention: true,
      trainBatch: 1,
      loraRank: 8,
    });
  });

  test('tensor_parallel_size and pipeline_parallel_size mean the same in any config', () => {
    const t = 'model: org/M\ntensor_parallel_size: 4\npipeline_parallel_size: 2\n';
    assert.deepStrictEqual(at(t, 'org/M', 'yaml'), { tensorParallel: 4, pipelineParallel: 2 });
  });
});

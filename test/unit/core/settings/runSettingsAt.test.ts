import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';
import type { RunSettings } from '../../../../src/core/types';

function at(text: string, label: string, lang?: string): Omit<RunSettings, 'read'> & { read?: unknown } {
  const s: Partial<RunSettings> = runSettingsAt(text, text.indexOf(label), lang);
  delete s.read;
  return s;
}

suite('settings/runSettingsAt', () => {
  test('a multi-line vLLM command, the issue example', () => {
    const t =
      'vllm serve Qwen/Qwen2.5-32B-Instruct-AWQ \\\n  --max-model-len 32768 --tensor-parallel-size 2 \\\n' +
      '  --max-num-seqs 64 --gpu-memory-utilization 0.9';
    assert.deepStrictEqual(at(t, 'Qwen/', 'shellscript'), {
      engine: 'vllm',
      contextTokens: 32768,
      tensorParallel: 2,
      batch: 64,
      gpuMemoryUtilization: 0.9,
    });
  });
  test('a comment ends a continued command; a commented-out alternative is not read', () => {
    const t =
      'vllm serve m/A \\\n  --max-model-len 8192 \\\n  # --quantization awq \\\n  --max-num-seqs 4\n' +
      '# vllm serve m/A --max-model-len 99999';
    assert.deepStrictEqual(at(t, 'm/A', 'shellscript'), { engine: 'vllm', contextTokens: 8192 });
  });
  test('llama-server: short flags, KV types, flash attention with a value', () => {
    const t = 'llama-server -m model-Q4_K_M.gguf -c 16384 -ngl 20 --cache-type-k q8_0 -fa on -np 4';
    assert.deepStrictEqual(at(t, 'model-', 'shellscript'), {
      engine: 'llama.cpp',
      contextTokens: 16384,
      gpuLayers: 20,
      kvCacheQuant: 'Q8_0',
      flashAttention: true,
      batch: 4,
    });
  });
  test('a variable holding the model id, with a shell default', () => {
    const t = 'MODEL=meta-llama/Llama-3.1-8B\nCTX=${CTX:-8192}\n\nvllm serve "$MODEL" --max-model-len $CTX\n';
    assert.deepStrictEqual(at(t, 'meta-llama', 'shellscript'), { engine: 'vllm', contextTokens: 8192 });
  });
  test('compose: two services, each reads its own', () => {
    const t =
      'services:\n  a:\n    image: vllm/vllm-openai\n    command: --model org/A --max-model-len 4096\n' +
      '  b:\n    image: ollama/ollama\n    environment:\n      - OLLAMA_NUM_PARALLEL=4\n      - ' +
      'OLLAMA_CONTEXT_LENGTH=2048\n' +
      '    command: run org/B\n';
    assert.deepStrictEqual(at(t, 'org/A', 'dockercompose'), { engine: 'vllm', contextTokens: 4096 });
    assert.deepStrictEqual(at(t, 'org/B', 'dockercompose'), { engine: 'ollama', batch: 4, contextTokens: 2048 });
  });
  test('Kubernetes container args and env', () => {
    const t =
      'spec:\n  containers:\n  - name: vllm\n    image: vllm/vllm-openai:latest\n    args: ["--model", "org/M",' +
      ' "--tensor-parallel-size", "4"]\n    env:\n    - name: VLLM_X\n      value: "1"\n  - name: sidecar\n' +
      '    args: ["--max-model-len", "99"]\n';
    assert.deepStrictEqual(at(t, 'org/M', 'yaml'), { engine: 'vllm', tensorParallel: 4 });
  });
  test('Python: keyword arguments across lines, BitsAndBytesConfig through a variable', () => {
    const t =
      'from transformers import AutoModelForCausalLM, BitsAndBytesConfig\nimport torch\n' +
      'bnb = BitsAndBytesConfig(\n    load_in_4bit=True,\n    bnb_4bit_quant_type="nf4",\n)\n' +
      'model = AutoModelForCausalLM.from_pretrained(\n    "org/M",\n    quantization_config=bnb,\n' +
      '    torch_dtype=torch.bfloat16,\n    attn_implementation="flash_attention_2",\n)\n';
    assert.deepStrictEqual(at(t, 'org/M', 'python'), { engine: 'transformers', quant: 'NF4', flashAttention: true });
  });
  test('Python: two LLM(...) calls do not mix', () => {
    const t =
      'from vllm import LLM\na = LLM(model="org/A", max_model_len=2**15)\nb = LLM(model="org/B", ' +
      'tensor_parallel_size=2)\n';
    assert.deepStrictEqual(at(t, 'org/A', 'python'), { engine: 'vllm', contextTokens: 32768 });
    assert.deepStrictEqual(at(t, 'org/B', 'python'), { engine: 'vllm', tensorParallel: 2 });
  });
  test('llama-cpp-python and a Modelfile', () => {
    const t = 'from llama_cpp import Llama\nllm = Llama(model_path="m.gguf", n_ctx=4096, n_gpu_layers=-1)\n';
    assert.deepStrictEqual(at(t, 'm.gguf', 'python'), { engine: 'llama.cpp', contextTokens: 4096, gpuLayers: -1 });
    const mf = 'FROM llama3.1:8b\n# PARAMETER num_ctx 2048\nPARAMETER num_ctx 16384\n';
    assert.deepStrictEqual(at(mf, 'llama3.1', 'modelfile'), { engine: 'ollama', contextTokens: 16384 });
  });
  test('a training config: QLoRA from axolotl keys', () => {
    const t =
      'base_model: org/M\nload_in_4bit: true\nadapter: qlora\nlora_r: 16\nsequence_len: 2048\nmicro_batch_size: 2\n';
    assert.deepStrictEqual(at(t, 'org/M', 'yaml'), {
      quant: 'NF4',
      mode: 'qlora',
      loraRank: 16,
      seqLen: 2048,
      trainBatch: 2,
    });
  });
  test('Markdown: a fenced command is read, prose is not', () => {
    const t = 'Run org/M like this:\n\n```bash\nvllm serve org/M --max-model-len 8192\n```\n';
    assert.deepStrictEqual(at(t, 'org/M', 'markdown'), {});
    const s = runSettingsAt(t, t.lastIndexOf('org/M'), 'markdown');
    assert.strictEqual(s.contextTokens, 8192);
  });
  test('read says where each value came from', () => {
    const t = 'vllm serve org/M --max-model-len 8192';
    const s = runSettingsAt(t, 11, 'shellscript');
    const r = s.read.find(x => x.field === 'contextTokens')!;
    assert.strictEqual(t.slice(r.start, r.end), '--max-model-len 8192');
    assert.strictEqual(r.text, '--max-model-len 8192');
  });
  test('offsets are kept right when the window starts mid-file, and results are fresh objects', () => {
    const pad = 'x = 1\n'.repeat(2000);
    const t = `${pad}vllm serve org/M --max-model-len 8192\n`;
    const a = runSettingsAt(t, t.indexOf('org/M'), 'shellscript');
    const r = a.read.find(x => x.field === 'contextTokens')!;
    assert.strictEqual(t.slice(r.start, r.end), '--max-model-len 8192');
    a.read.length = 0;
    assert.ok(runSettingsAt(t, t.indexOf('org/M'), 'shellscript').read.length > 0);
  });
  test('bad input gets a clear error', () => {
    assert.throws(() => runSettingsAt(undefined as unknown as string, 0), TypeError);
    assert.throws(() => runSettingsAt('abc', 4), RangeError);
    assert.throws(() => runSettingsAt('abc', 1.5), RangeError);
  });
});

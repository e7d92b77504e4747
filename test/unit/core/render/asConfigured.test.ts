import * as assert from 'assert';
import { labelAt } from '../../../../src/core/recognize/findLabels';
import { renderHover, HOVER_LINE_BUDGET } from '../../../../src/core/render/hoverMarkdown';
import { asConfigured } from '../../../../src/core/render/asConfigured';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';
import type { Label, RunSettings } from '../../../../src/core/types';

function at(text: string, needle: string, lang: string): { label: Label; settings: RunSettings } {
  const i = text.indexOf(needle);
  const ls = text.lastIndexOf('\n', i - 1) + 1;
  const le = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
  const label = labelAt(text.slice(ls, le), i - ls)!;
  assert.ok(label, `no label at ${needle}`);
  return { label, settings: runSettingsAt(text, ls + label.start, lang) };
}

/** Lines as shown: paragraphs, and each table row. */
const shownLines = (md: string) => md.split('\n').filter(l => l.trim()).length;

const COMPOSE =
  'services:\n  vllm:\n    image: vllm/vllm-openai:latest\n    command: >\n' +
  '      --model Qwen/Qwen2.5-32B-Instruct-AWQ --max-model-len 32768 --tensor-parallel-size 2\n' +
  '      --max-num-seqs 64 --gpu-memory-utilization 0.9\n';

suite('render/asConfigured', () => {
  test('vLLM compose: the first line after the name answers as configured', () => {
    const { label, settings } = at(COMPOSE, 'Qwen/', 'dockercompose');
    const md = renderHover(label, { units: 'GiB', engine: 'llama.cpp', runSettings: settings, gpusGiB: [24, 24] });
    const lines = md.split('\n\n');
    assert.match(lines[1], /^\*\*As configured here:\*\* vLLM, 32,768-token context, 64 sequences, 2 GPUs at 0\.9 → /);
    assert.match(lines[1], /\*\*fits\*\* in 0\.9 of 2 × 24 GB = 43\.2 GiB/);
    assert.match(lines[2], /^Each GPU's 0\.9 share: GPU 0: [\d.]+ \/ 21\.6 GiB · GPU 1: [\d.]+ \/ 21\.6 GiB\.$/);
    assert.match(lines[3], /read here: --max-model-len 32768, --tensor-parallel-size 2/);
    assert.ok(!/llama\.cpp/.test(md), 'the user setting does not override the file');
    assert.ok(shownLines(md) <= HOVER_LINE_BUDGET, md);
  });
  test('vLLM prices one full-length sequence and tells the KV room, not 64 × 32k of KV', () => {
    const { label, settings } = at(COMPOSE, 'Qwen/', 'dockercompose');
    const c = asConfigured(label, settings, { units: 'GiB', gpusGiB: [24, 24] })!;
    assert.strictEqual(c.input.batch, 1);
    assert.strictEqual(c.input.contextTokens, 32768);
    const one = estimateMemory({ model: label.model, quant: 'AWQ', engine: 'vllm', contextTokens: 32768 });
    const need = one.weightsBytes + 2 * one.overheadBytes + one.kvCacheBytes;
    const room = Math.floor(
      (0.9 * 48 * 2 ** 30 - one.weightsBytes - 2 * one.overheadBytes) / (one.kvCacheBytes / 32768),
    );
    assert.ok(need < 0.9 * 48 * 2 ** 30);
    assert.match(c.lines[0], new RegExp(`room for ${room.toLocaleString('en-US')} tokens`));
  });
  test('llama-server: -ngl below the layer count splits GPU and RAM; -ctk alone leaves V at F16', () => {
    const t = 'llama-server -m Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf -c 16384 -ngl 20 --cache-type-k q8_0';
    const { label, settings } = at(t, 'Meta-Llama', 'shellscript');
    const c = asConfigured(label, settings, { units: 'GiB' })!;
    assert.match(
      c.lines[0],
      /llama\.cpp, 16,384-token context, Q8\\_0 K \/ F16 V cache → ≈ \*\*[\d.]+ GiB\*\* on the GPU \(20 of 80 layers\)/,
    );
    const k8 = estimateMemory({ ...c.input, kvCacheQuant: 'Q8_0' }).kvCacheBytes;
    const f16 = estimateMemory({ ...c.input, kvCacheQuant: 'F16' }).kvCacheBytes;
    assert.ok(Math.abs(c.estimate.kvCacheBytes - (k8 + f16) / 2) < 1);
  });
  test('Ollama multiplies num_ctx by OLLAMA_NUM_PARALLEL; llama-server shares -c across slots', () => {
    const o = at('FROM llama3.1:8b\nPARAMETER num_ctx 8192\n', 'llama3.1', 'modelfile');
    const c1 = asConfigured(o.label, { ...o.settings, batch: 4 }, { units: 'GiB' })!;
    assert.strictEqual(c1.input.batch, 4);
    const l = at('llama-server -m Llama-3.1-8B-Instruct-Q4_K_M.gguf -c 16384 -np 4', 'Llama', 'shellscript');
    const c2 = asConfigured(l.label, l.settings, { units: 'GiB' })!;
    assert.strictEqual(c2.input.batch, 1);
    assert.strictEqual(c2.input.contextTokens, 16384);
    assert.match(c2.lines[0], /4 slots sharing it/);
  });
  test('a QLoRA script: mode, sequence length and batch from the file', () => {
    const t =
      'model, tok = FastLanguageModel.from_pretrained(model_name = "unsloth/Meta-Llama-3.1-8B-bnb-4bit",' +
      ' max_seq_length = 2048, load_in_4bit = True)\nmodel = FastLanguageModel.get_peft_model(model, r = 16)\n' +
      'trainer = SFTTrainer(model = model, args = SFTConfig(per_device_train_batch_size = 2))\n';
    const { label, settings } = at(t, 'unsloth/', 'python');
    const c = asConfigured(label, settings, { units: 'GiB' })!;
    assert.deepStrictEqual(
      [c.input.mode, c.input.contextTokens, c.input.batch, c.input.quant],
      ['qlora', 2048, 2, 'NF4'],
    );
    assert.match(c.lines[0], /QLoRA \(NF4\), 2 × 2,048-token sequences, rank 16/);
    assert.strictEqual(c.input.loraRank, 16);
  });
  test('no context in the file: the engine default, and the hover says whose it is', () => {
    const v = at('vllm serve Qwen/Qwen3-8B --tensor-parallel-size 2', 'Qwen/', 'shellscript');
    const c = asConfigured(v.label, v.settings, { units: 'GiB', contextTokens: 8192 })!;
    assert.strictEqual(c.input.contextTokens, 40960); // Qwen3-8B config.json max_position_embeddings
    assert.match(c.lines[0], /40,960-token context \(vLLM's default\)/);
    const o = at('FROM llama3.1:8b\nPARAMETER temperature 0.2\n', 'llama3.1', 'modelfile');
    assert.strictEqual(
      asConfigured(o.label, o.settings, { units: 'GiB', contextTokens: 8192 })!.input.contextTokens,
      4096,
    );
  });
  test('SGLang: its own policy, a reservation of --mem-fraction-static', () => {
    const t =
      'python -m sglang.launch_server --model-path meta-llama/Llama-3.1-8B-Instruct --context-length 8192 ' +
      '--mem-fraction-static 0.8';
    const { label, settings } = at(t, 'meta-llama', 'shellscript');
    const c = asConfigured(label, settings, { units: 'GiB', gpusGiB: [24] })!;
    assert.strictEqual(c.engine, 'sglang');
    assert.strictEqual(c.input.engine, 'sglang');
    assert.match(
      c.lines[0],
      /SGLang, 8,192-token context at 0\.8 → needs ≈ .* \*\*fits\*\* in 0\.8 of 24 GB = 19\.2 GiB/,
    );
  });
  test('without settings the hover keeps its run line, on an engine that loads the format', () => {
    const line = 'Qwen/Qwen2.5-32B-Instruct-AWQ';
    const md = renderHover(labelAt(line, 0)!, { units: 'GiB', engine: 'llama.cpp' });
    assert.match(md, /To run it on vllm at 8,192 tokens \(AWQ\)/);
    assert.match(md, /AWQ does not run on llama\.cpp; priced on vLLM/);
    assert.ok(shownLines(md) <= HOVER_LINE_BUDGET);
  });
});

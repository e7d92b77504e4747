import * as assert from 'assert';
import { labelAt } from '../../../src/core/recognize/findLabels';
import { runSettingsAt } from '../../../src/core/settings/runSettingsAt';
import { requestAsConfigured } from '../../../src/shared/requestAsConfigured';

function request(text: string, needle: string, lang: string, user?: 'auto' | 'llama.cpp') {
  const i = text.indexOf(needle);
  const ls = text.lastIndexOf('\n', i - 1) + 1;
  const le = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
  const label = labelAt(text.slice(ls, le), i - ls)!;
  return requestAsConfigured(label, runSettingsAt(text, ls + label.start, lang), user);
}

suite('shared/requestAsConfigured: the estimate starts from the file', () => {
  test('vLLM: engine and context from the command; the sequence cap does not multiply the KV', () => {
    const r = request(
      'vllm serve Qwen/Qwen2.5-32B-Instruct-AWQ --max-model-len 32768 --max-num-seqs 64',
      'Qwen/',
      'shellscript',
      'llama.cpp',
    );
    assert.deepStrictEqual([r.engine, r.quant, r.contextTokens, r.batch], ['vllm', 'AWQ', 32768, undefined]);
  });
  test('Ollama: parallel requests multiply the context', () => {
    const t =
      'services:\n  o:\n    image: ollama/ollama\n    environment:\n      - OLLAMA_NUM_PARALLEL=4\n      - ' +
      'OLLAMA_CONTEXT_LENGTH=8192\n    command: run llama3.1:8b\n';
    const r = request(t, 'llama3.1', 'yaml');
    assert.deepStrictEqual([r.engine, r.contextTokens, r.batch], ['ollama', 8192, 4]);
  });
  test('a QLoRA config: mode, sequence length and micro-batch', () => {
    const t =
      'base_model: meta-llama/Llama-3.1-8B\nadapter: qlora\nload_in_4bit: true\nsequence_len: 4096\n' +
      'micro_batch_size: 2\n';
    const r = request(t, 'meta-llama', 'yaml', 'auto');
    assert.deepStrictEqual(
      [r.mode, r.quant, r.contextTokens, r.batch, r.engine],
      ['qlora', 'NF4', 4096, 2, 'transformers'],
    );
  });
  test('nothing stated: the label alone, on an engine that loads its format', () => {
    const r = request('model = "Qwen/Qwen2.5-7B-Instruct-AWQ"', 'Qwen/', 'python', 'llama.cpp');
    assert.deepStrictEqual([r.engine, r.quant, r.contextTokens], ['vllm', 'AWQ', undefined]);
  });
});

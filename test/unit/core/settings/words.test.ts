import * as assert from 'assert';
import { splitWords } from '../../../../src/core/settings/words';
import { normalizeName, optionPairs } from '../../../../src/core/settings/optionPairs';

const pairsOf = (s: string) =>
  optionPairs(splitWords(s, 0, s.length, 'hash')).map(p => [p.key, p.valueText ?? p.value?.text]);

suite('settings/words and optionPairs', () => {
  test('names are normalized across spellings', () => {
    assert.strictEqual(normalizeName('--max-model-len'), 'max_model_len');
    assert.strictEqual(normalizeName('maxModelLen'), 'max_model_len');
    assert.strictEqual(normalizeName('LLAMA_ARG_CTX_SIZE'), 'llama_arg_ctx_size');
    assert.strictEqual(normalizeName('-ngl'), '-ngl');
    assert.strictEqual(normalizeName('--tp'), 'tp');
  });
  test('flags with and without =, bare flags, negative values', () => {
    assert.deepStrictEqual(pairsOf('llama-server -c 4096 --flash-attn --ctx-size=8192 -ngl -1'), [
      ['-c', '4096'],
      ['flash_attn', undefined],
      ['ctx_size', '8192'],
      ['-ngl', '-1'],
    ]);
  });
  test('YAML, JSON, Python keywords, env, Modelfile, Kubernetes env', () => {
    assert.deepStrictEqual(pairsOf('maxModelLen: 4096\nextraArgs: ["--gpu-memory-utilization", "0.8"]'), [
      ['max_model_len', '4096'],
      ['extra_args', undefined],
      ['gpu_memory_utilization', '0.8'],
    ]);
    assert.deepStrictEqual(pairsOf('{"num_ctx": 1024, "num_gpu": 1}'), [
      ['num_ctx', '1024'],
      ['num_gpu', '1'],
    ]);
    assert.deepStrictEqual(pairsOf('LLM(model="x", max_model_len=8192,\n  tensor_parallel_size = 2)'), [
      ['model', 'x'],
      ['max_model_len', '8192'],
      ['tensor_parallel_size', '2'],
    ]);
    assert.deepStrictEqual(pairsOf('OLLAMA_NUM_PARALLEL=4 ollama serve'), [['ollama_num_parallel', '4']]);
    assert.deepStrictEqual(pairsOf('FROM llama3\nPARAMETER num_ctx 8192'), [['num_ctx', '8192']]);
    assert.deepStrictEqual(pairsOf('- name: VLLM_USE_V1\n  value: "1"'), [['vllm_use_v1', '1']]);
  });
  test('comments are skipped, quotes group, a # inside a word is kept', () => {
    assert.deepStrictEqual(pairsOf('--max-model-len 8192 # --max-num-seqs 64'), [['max_model_len', '8192']]);
    assert.deepStrictEqual(pairsOf("--speculative-model 'a b#c'"), [['speculative_model', 'a b#c']]);
  });
});

// TensorRT-LLM: its settings land on the common fields, and no engine is stated (it is not one of
// the contract's engines).
import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';

function at(text: string, label: string) {
  const s: Record<string, unknown> = { ...runSettingsAt(text, text.indexOf(label), 'shellscript') };
  delete s.read;
  return s;
}

const CONVERT = 'python tensorrt_llm/examples/models/core/llama/convert_checkpoint.py --model_dir ./org-M \\\n';

suite('settings/tensorrtLlmFormat', () => {
  test('trtllm-serve: batch, context, TP and PP; the KV fraction is not a gpu memory share', () => {
    const t =
      'trtllm-serve org/M --backend pytorch --max_batch_size 32 --max_num_tokens 8192 --max_seq_len 16384 ' +
      '--tp_size 2 --pp_size 2 --kv_cache_free_gpu_memory_fraction 0.6';
    assert.deepStrictEqual(at(t, 'org/M'), { batch: 32, contextTokens: 16384, tensorParallel: 2, pipelineParallel: 2 });
  });

  test('weight-only formats need --use_weight_only; int8 is its default', () => {
    const w = (flags: string) => at(`${CONVERT}  --output_dir ./ckpt --dtype float16 ${flags}`, 'org-M').quant;
    assert.strictEqual(w('--use_weight_only --weight_only_precision int4'), 'INT4');
    assert.strictEqual(w('--use_weight_only'), 'INT8');
    assert.strictEqual(w('--use_weight_only --weight_only_precision int4_awq'), 'AWQ');
    assert.strictEqual(w('--weight_only_precision int4'), 'F16');
    assert.strictEqual(w('--use_weight_only --weight_only_precision int8_gptq'), undefined);
    assert.strictEqual(w('--use_fp8'), 'FP8');
  });

  test('a converted checkpoint is followed to the build that reads it, not to other commands', () => {
    const t =
      `${CONVERT}  --output_dir \${CKPT} --dtype bfloat16 --tp_size 2\n\n` +
      'trtllm-build --checkpoint_dir ${CKPT} --output_dir ${ENGINE} --max_batch_size 64 --max_seq_len 4096\n' +
      'vllm serve org/Other --max-num-seqs 8\n';
    assert.deepStrictEqual(at(t, 'org-M'), { quant: 'BF16', tensorParallel: 2, batch: 64, contextTokens: 4096 });
    assert.deepStrictEqual(at(t, 'org/Other'), { engine: 'vllm', batch: 8 });
  });

  test('an option only another engine has does not name that engine inside a TensorRT-LLM command', () => {
    assert.deepStrictEqual(at('trtllm-serve org/M --pp_size 2', 'org/M'), { pipelineParallel: 2 });
  });
});

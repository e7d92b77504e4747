// Encoders keep no KV cache however they are named (catalog id, ModelInfo from a config); the
// decoder of an encoder-decoder keeps its own and the encoder output's (crossAttentionKv.ts).
import * as assert from 'assert';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { configText } from '../model/realConfigs';

suite('estimate: encoders and encoder-decoders', () => {
  test('a catalog encoder named by its Hugging Face id keeps no KV cache, and says why', () => {
    for (const id of [
      'microsoft/deberta-v3-base',
      'sentence-transformers/all-MiniLM-L6-v2',
      'google-bert/bert-base-uncased',
    ]) {
      const e = estimateMemory({ model: id, contextTokens: 512 });
      assert.strictEqual(e.kvCacheBytes, 0, id);
      assert.ok(
        e.assumptions.some(a => /^no KV cache: .*bidirectional encoder/.test(a)),
        id,
      );
    }
  });

  test('a ModelInfo read from an encoder config keeps none either; a decoder config keeps one', () => {
    const encoder = modelFromConfig(configText('jinaai--jina-embeddings-v2-base-en.json'));
    assert.strictEqual(estimateMemory({ model: encoder, contextTokens: 8192 }).kvCacheBytes, 0);
    const decoder = modelFromConfig(configText('Qwen--Qwen2.5-0.5B.json'));
    assert.strictEqual(decoder.encoderOnly, undefined);
    assert.ok(estimateMemory({ model: decoder, contextTokens: 8192 }).kvCacheBytes > 0);
  });

  test('an encoder-decoder prices the cross-attention cache and states the encoder length it assumed', () => {
    const t5 = estimateMemory({ model: 'google/flan-t5-base', contextTokens: 2048, engine: 'transformers' });
    assert.ok(t5.kvCacheBytes > 0);
    assert.ok(t5.assumptions.some(a => /assumed as long as the context/.test(a)));
    const whisper = estimateMemory({ model: 'openai/whisper-small', contextTokens: 448, engine: 'transformers' });
    assert.ok(whisper.assumptions.some(a => /1,500 output positions/.test(a)));
  });
});

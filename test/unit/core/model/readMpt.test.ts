// MosaicML MPT configs (readMpt.ts): the real mpt-7b-instruct config.json, and the attention and
// bias variants its config class allows, each checked against the tensors MPT's code builds.
import * as assert from 'assert';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { tensorInventory, type InventoryShape } from '../../../../src/core/estimate/tensorInventory';
import { configText } from './realConfigs';

const FILE = 'mosaicml--mpt-7b-instruct.json';
const raw = () => JSON.parse(configText(FILE)) as Record<string, unknown>;
const attn = (extra: Record<string, unknown>) => {
  const c = raw();
  c.attn_config = { ...(c.attn_config as Record<string, unknown>), ...extra };
  return c;
};

suite('modelFromConfig: MPT', () => {
  test('mpt-7b-instruct: 6,649,286,656 parameters, the checkpoint index total_size / 2 bytes (bfloat16)', () => {
    const m = modelFromConfig(configText(FILE));
    assert.strictEqual(m.params, 13_298_573_312 / 2);
    assert.deepStrictEqual(
      [m.modelType, m.layers, m.hiddenSize, m.intermediateSize, m.attentionHeads, m.kvHeads, m.headDim],
      ['mpt', 32, 4096, 16384, 32, 32, 128],
    );
    assert.deepStrictEqual(
      [m.tiedEmbeddings, m.gatedFfn, m.attentionBias, m.contextLength],
      [true, false, undefined, 2048],
    );
    assert.ok(!/not one this reader knows|untied assumed/.test(m.source), m.source);
  });

  test('the estimator lays out the same tensors the reader counted', () => {
    const m = modelFromConfig(configText(FILE));
    const total = tensorInventory(m as unknown as InventoryShape).reduce((s, t) => s + t.elements, 0);
    assert.ok(Math.abs(total - m.params) / m.params < 0.001, `${total} vs ${m.params}`);
  });

  test('multi-query attention keeps one KV head: k and v shrink to 128 wide each', () => {
    const base = modelFromConfig(configText(FILE));
    const mqa = modelFromConfig(attn({ attn_type: 'multiquery_attention' }));
    assert.strictEqual(mqa.kvHeads, 1);
    assert.strictEqual(base.params - mqa.params, 32 * 2 * 4096 * (4096 - 128));
  });

  test('grouped-query attention reads kv_n_heads', () => {
    const gqa = modelFromConfig(attn({ attn_type: 'grouped_query_attention', kv_n_heads: 8 }));
    assert.strictEqual(gqa.kvHeads, 8);
    assert.throws(() => modelFromConfig(attn({ attn_type: 'grouped_query_attention' })), TypeError);
  });

  test('without ALiBi a learned position table of max_seq_len × d_model is added', () => {
    const base = modelFromConfig(configText(FILE));
    assert.strictEqual(modelFromConfig(attn({ alibi: false })).params - base.params, 2048 * 4096);
  });

  test('no_bias false puts biases on every projection and norm', () => {
    const c = raw();
    c.no_bias = false;
    const biased = modelFromConfig(c);
    const base = modelFromConfig(configText(FILE));
    // per layer: Wqkv 3d + out d + up 4d + down d + two norm biases 2d = 11d; plus the final norm's d
    assert.strictEqual(biased.params - base.params, 32 * 11 * 4096 + 4096);
    assert.strictEqual(biased.attentionBias, true);
  });

  test('an expansion_ratio that gives no whole FFN width is a TypeError', () => {
    const c = raw();
    c.expansion_ratio = 4.00001;
    assert.throws(() => modelFromConfig(c), TypeError);
  });
});

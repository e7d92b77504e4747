import * as assert from 'assert';
import {
  loraTargetsOf,
  loraTrainableParams,
  LORA_TARGETS,
} from '../../../../../src/core/estimate/training/loraAdapters';
import { findCatalogModel } from '../../../../../src/core/catalog/lookupModel';

const model = (id: string) => findCatalogModel(id)!;

suite('training: LoRA adapters', () => {
  test('Llama-2-7B, rank 8 on every projection: 19,988,480 trainable parameters (as PEFT prints)', () => {
    assert.strictEqual(loraTrainableParams(model('meta-llama/Llama-2-7b-hf'), 8, LORA_TARGETS), 19_988_480);
  });

  test("Llama-3.2-3B counts match the num_trainable_params of PEFT's own runs (test/data/published)", () => {
    const m = model('meta-llama/Llama-3.2-3B');
    assert.strictEqual(loraTrainableParams(m, 32, loraTargetsOf(['q_proj', 'v_proj']).targets), 9_175_040);
    assert.strictEqual(loraTrainableParams(m, 64, loraTargetsOf(['q_proj', 'v_proj']).targets), 18_350_080);
    const mlp = loraTargetsOf(['gate_proj', 'up_proj', 'down_proj']).targets;
    assert.strictEqual(loraTrainableParams(m, 10, mlp), 9_461_760);
  });

  test('trainable parameters grow linearly with the rank', () => {
    const m = model('meta-llama/Llama-3.1-8B');
    assert.strictEqual(loraTrainableParams(m, 64, LORA_TARGETS), 4 * loraTrainableParams(m, 16, LORA_TARGETS));
  });

  test('target names of other families and groups resolve to the projections', () => {
    assert.deepStrictEqual(loraTargetsOf('all-linear').targets, [...LORA_TARGETS]);
    assert.deepStrictEqual(loraTargetsOf(['c_attn']).targets, ['q_proj', 'k_proj', 'v_proj']);
    assert.deepStrictEqual(loraTargetsOf(['model.layers.0.self_attn.q_proj', 'w2']).targets, ['q_proj', 'down_proj']);
    assert.deepStrictEqual(loraTargetsOf('attention').targets, ['q_proj', 'k_proj', 'v_proj', 'o_proj']);
    assert.deepStrictEqual(loraTargetsOf(['lm_head_x']).unknown, ['lm_head_x']);
  });
});

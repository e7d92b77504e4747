// Releases added for issue 17 (names people write that the catalog lacked): what the reader makes
// of their real configs.
import * as assert from 'assert';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { configSources, configText } from './realConfigs';

const SOURCES = configSources();
const read = (file: string) => modelFromConfig(configText(file), { id: SOURCES[file].model });

suite('modelFromConfig: Qwen2.5-VL vision_config with omitted fields', () => {
  test('32B writes only the tower widths: depth 32, 16 heads and 14-pixel patches are the defaults', () => {
    const written = JSON.parse(configText('Qwen--Qwen2.5-VL-32B-Instruct.json')) as Record<string, unknown>;
    const vision = written.vision_config as Record<string, unknown>;
    assert.strictEqual(vision.depth, undefined);
    const m = read('Qwen--Qwen2.5-VL-32B-Instruct.json');
    // The 72B writes the same tower in full (depth 32, 16 heads, patch 14, width 1280, MLP 3456): the
    // towers differ only in the merger's output width (5120 here, 8192 there).
    const full = read('Qwen--Qwen2.5-VL-72B-Instruct.json');
    const merger = (out: number) => 5120 * out + out;
    assert.strictEqual(m.visionParams! - merger(5120), full.visionParams! - merger(8192));
    assert.deepStrictEqual([m.layers, m.hiddenSize, m.vocabSize], [64, 5120, 152064]);
  });

  test('explicit fields still win over the defaults', () => {
    const cfg = JSON.parse(configText('Qwen--Qwen2.5-VL-32B-Instruct.json')) as Record<string, Record<string, unknown>>;
    const deeper = { ...cfg, vision_config: { ...cfg.vision_config, depth: 16 } };
    const a = modelFromConfig(cfg).visionParams!;
    const b = modelFromConfig(deeper).visionParams!;
    assert.ok(b < a, `${b} < ${a}`);
  });

  test('other Qwen vision towers still need their fields', () => {
    const cfg = JSON.parse(configText('Qwen--Qwen2.5-VL-32B-Instruct.json')) as Record<string, Record<string, unknown>>;
    assert.throws(() => modelFromConfig({ ...cfg, model_type: 'qwen3_vl' }), /depth|num_hidden_layers/);
  });
});

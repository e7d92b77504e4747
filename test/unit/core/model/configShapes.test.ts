// Config shapes met in the second held-out set (test/data/configs-heldout, sources in its
// SOURCES.json): BLOOM's field names, class defaults a config leaves out, language models nested
// under other keys.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { CONFIG_DIR } from './realConfigs';

const read = (file: string) =>
  modelFromConfig(fs.readFileSync(path.join(CONFIG_DIR, '..', 'configs-heldout', file), 'utf8'));

suite('modelFromConfig: held-out config shapes', () => {
  test("BLOOM: n_embed, ALiBi, biases everywhere and the embeddings' layer norm, to the Hub's count", () => {
    assert.strictEqual(read('bigscience--bloomz-560m.json').params, 559_214_592);
  });

  test('a class default the config leaves out: SmolLM3 ties its embeddings', () => {
    const m = read('HuggingFaceTB--SmolLM3-3B.json');
    assert.strictEqual(m.tiedEmbeddings, true);
    assert.ok(Math.abs(m.params - 3.08e9) < 0.01e9, String(m.params));
  });

  test('language models under llm_cfg (VILA), decoder_config (VibeVoice) and thinker_config (Qwen3-ASR)', () => {
    assert.strictEqual(read('Efficient-Large-Model--VILA1.5-3b.json').modelType, 'llama');
    assert.strictEqual(read('microsoft--VibeVoice-1.5B.json').modelType, 'qwen2');
    const asr = read('Qwen--Qwen3-ASR-0.6B.json');
    assert.strictEqual(asr.modelType, 'qwen3');
    assert.match(asr.source, /speech and talker parts not counted/);
  });
});

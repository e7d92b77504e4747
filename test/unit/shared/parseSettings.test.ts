import * as assert from 'assert';
import { parseSettings } from '../../../src/shared/parseSettings';
import { SETTINGS } from '../../../src/shared/settingsSchema';
import { KV_CACHE_FORMATS, LIMITS } from '../../../src/core/options';

const defaults = {
  hoverEnabled: true,
  excludedLanguages: [],
  units: 'GiB',
  contextTokens: 8192,
  engine: 'auto',
  gpusGiB: [],
  kvCacheQuant: 'F16',
  hubLookup: 'onDemand',
  fitSeverity: 'information',
  inlayHints: false,
};

suite('parseSettings: raw settings values, checked', () => {
  test('nothing set: the declared defaults', () => {
    assert.deepStrictEqual(parseSettings({}), defaults);
  });

  test('valid values pass unchanged', () => {
    const raw = {
      'hover.enabled': false,
      'hover.excludedLanguages': ['css'],
      units: 'GB',
      contextLength: 32768,
      engine: 'vllm',
      gpuMemoryGB: [24, 24],
      kvCacheQuant: 'Q8_0',
      'hub.lookup': 'always',
      'fitDiagnostics.severity': 'warning',
      'inlayHints.enabled': true,
    };
    assert.deepStrictEqual(parseSettings(raw), {
      hoverEnabled: false,
      excludedLanguages: ['css'],
      units: 'GB',
      contextTokens: 32768,
      engine: 'vllm',
      gpusGiB: [24, 24],
      kvCacheQuant: 'Q8_0',
      hubLookup: 'always',
      fitSeverity: 'warning',
      inlayHints: true,
    });
  });

  test('wrong types and out-of-range values fall back to the default', () => {
    for (const contextLength of [-5, 0, 1.5, LIMITS.maxContext + 1, '8192', NaN, Infinity, null]) {
      assert.strictEqual(parseSettings({ contextLength }).contextTokens, 8192, String(contextLength));
    }
    assert.strictEqual(parseSettings({ contextLength: LIMITS.maxContext }).contextTokens, LIMITS.maxContext);
    assert.strictEqual(parseSettings({ 'hover.enabled': 'no' }).hoverEnabled, true);
    assert.strictEqual(parseSettings({ units: 'MiB' }).units, 'GiB');
    assert.strictEqual(parseSettings({ engine: 'LLAMA.CPP' }).engine, 'auto'); // the default
    assert.strictEqual(parseSettings({ kvCacheQuant: 'q3' }).kvCacheQuant, 'F16');
    assert.strictEqual(parseSettings({ 'hub.lookup': 'yes' }).hubLookup, 'onDemand');
    assert.strictEqual(parseSettings({ 'hub.lookup': 'off' }).hubLookup, 'off');
  });

  test('every KV cache format the estimator prices is accepted, BF16 included', () => {
    for (const kv of KV_CACHE_FORMATS) assert.strictEqual(parseSettings({ kvCacheQuant: kv }).kvCacheQuant, kv);
  });

  test('lists keep only valid items, at most the declared number', () => {
    assert.deepStrictEqual(parseSettings({ gpuMemoryGB: [24, 0, -1, 'x', 8000, 80, NaN] }).gpusGiB, [24, 80]);
    assert.strictEqual(parseSettings({ gpuMemoryGB: Array(100).fill(24) }).gpusGiB.length, LIMITS.maxGpus);
    assert.deepStrictEqual(parseSettings({ gpuMemoryGB: 24 }).gpusGiB, []);
    assert.deepStrictEqual(parseSettings({ 'hover.excludedLanguages': ['css', 3, null] }).excludedLanguages, ['css']);
  });

  test('each declaration: its default passes its own check, and a value of another type does not', () => {
    for (const d of SETTINGS) {
      const parsed = parseSettings({ [d.key]: d.default }) as unknown as Record<string, unknown>;
      assert.deepStrictEqual(parsed[d.field], d.default, d.key);
      const wrong = parseSettings({ [d.key]: { not: 'a setting value' } }) as unknown as Record<string, unknown>;
      assert.deepStrictEqual(wrong[d.field], d.default, d.key);
    }
  });

  test('the result does not share the default lists (a caller may change its copy)', () => {
    const a = parseSettings({});
    a.gpusGiB.push(24);
    assert.deepStrictEqual(parseSettings({}).gpusGiB, []);
  });
});

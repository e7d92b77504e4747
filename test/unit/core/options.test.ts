import * as assert from 'assert';
import {
  COMPARISON_FORMATS,
  DEFAULTS,
  ENGINE_SETTINGS,
  ENGINES,
  KV_CACHE_FORMATS,
  LIMITS,
  MODES,
  WEIGHT_FORMAT_CHOICES,
} from '../../../src/core/options';
import { estimateMemory } from '../../../src/core/estimate/estimateMemory';
import { parseQuant } from '../../../src/core/quant/parseQuant';
import { formatsFor } from '../../../src/core/estimate/offeredFormats';

suite('options: one list of engines, modes, formats and limits', () => {
  test('every engine, mode and KV cache format is one the estimator takes', () => {
    for (const engine of ENGINES)
      for (const mode of MODES) {
        assert.ok(estimateMemory({ params: 7e9, engine, mode }).totalBytes > 0, `${engine} ${mode}`);
      }
    for (const kvCacheQuant of KV_CACHE_FORMATS) {
      assert.ok(estimateMemory({ params: 7e9, kvCacheQuant }).kvCacheBytes > 0, kvCacheQuant);
    }
  });

  test('BF16 KV cache is a choice, priced like F16 (both 2 bytes per element)', () => {
    assert.ok((KV_CACHE_FORMATS as readonly string[]).includes('BF16'));
    const f16 = estimateMemory({ params: 7e9, kvCacheQuant: 'F16' }).kvCacheBytes;
    assert.strictEqual(estimateMemory({ params: 7e9, kvCacheQuant: 'BF16' }).kvCacheBytes, f16);
  });

  test('every weight format offered is one the quant table reads', () => {
    const offered = [...Object.values(WEIGHT_FORMAT_CHOICES).flat(), ...COMPARISON_FORMATS];
    for (const f of offered) assert.ok(parseQuant(f), f);
    for (const engine of ENGINES) assert.ok(formatsFor(engine).length > 0, engine);
  });

  test('the engine setting lists every engine; the defaults are among the choices', () => {
    for (const e of ENGINES) assert.ok(ENGINE_SETTINGS.includes(e), e);
    assert.ok(ENGINES.includes(DEFAULTS.engine) && MODES.includes(DEFAULTS.mode));
    assert.ok((KV_CACHE_FORMATS as readonly string[]).includes(DEFAULTS.kvCacheQuant));
  });

  test('the estimator enforces the same limits', () => {
    assert.ok(estimateMemory({ params: 1e9, contextTokens: LIMITS.maxContext }).kvCacheBytes > 0);
    assert.throws(() => estimateMemory({ params: 1e9, contextTokens: LIMITS.maxContext + 1 }), RangeError);
    assert.ok(estimateMemory({ params: 1e9, batch: LIMITS.maxBatch }).kvCacheBytes > 0);
    assert.throws(() => estimateMemory({ params: 1e9, batch: LIMITS.maxBatch + 1 }), RangeError);
    assert.throws(() => estimateMemory({ params: 1e9, engine: 'exllama' as never }), /engine must be one of/);
  });
});

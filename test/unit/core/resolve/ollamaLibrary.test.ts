import * as assert from 'assert';
import { findOllamaTag, ollamaLibrary } from '../../../../src/core/resolve/ollamaLibrary';
import { resolveName } from '../../../../src/core/resolve/resolveName';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { median, ollamaSizeRows } from '../../../accuracy/ollamaSizes';

suite('resolve: Ollama library', () => {
  test('the table holds the most pulled models, each tag with a download size', () => {
    const models = ollamaLibrary();
    // The 150 most pulled models that have a download (cloud-only ones skipped), then the scrape's
    // other embedding models.
    const top = models.slice(0, 150);
    assert.ok(models.length >= 150 && top.every(m => m.tags.length > 0), `${models.length} models`);
    assert.ok(models.slice(150).every(m => m.capabilities.includes('embedding')));
    for (const m of models) {
      for (const t of m.tags) assert.ok(t.size > 1e7 && Number.isFinite(t.size), `${m.name}:${t.tag}`);
    }
    for (const name of [
      'nomic-embed-text',
      'mxbai-embed-large',
      'all-minilm',
      'bge-m3',
      'snowflake-arctic-embed',
      'bge-large',
      'mixtral',
      'phi3',
      'starcoder2',
      'deepseek-coder-v2',
      'dolphin-mixtral',
      'wizardlm2',
      'qwen2.5vl',
      'qwen3-coder',
      'mistral-small3.1',
      'magistral',
      'devstral',
    ]) {
      assert.ok(
        models.some(m => m.name === name),
        name,
      );
    }
  });

  test('latest is the size Ollama points it to', () => {
    assert.strictEqual(findOllamaTag('llama3.1')?.row.tag, '8b');
    assert.strictEqual(findOllamaTag('deepseek-r1')?.row.tag, '8b');
    assert.strictEqual(findOllamaTag('llama3.2:latest')?.row.tag, '3b');
  });

  test('formats: Q4_K_M by default, Q8_0 for some small tags, Q4_0 for older ones, a quant in the tag wins', () => {
    assert.strictEqual(resolveName('llama3.1:8b', true)?.format, 'Q4_K_M');
    assert.strictEqual(resolveName('llama3.2:1b', true)?.format, 'Q8_0');
    assert.strictEqual(resolveName('llama2:7b', true)?.format, 'Q4_0');
    assert.strictEqual(resolveName('llama3.1:8b-instruct-q8_0', true)?.format, 'Q8_0');
  });

  test('deepseek-v3 is priced as the Q4_K_M Ollama ships (about 404 GB), not its FP8 checkpoint', () => {
    const e = estimateMemory({ model: 'deepseek-v3', engine: 'ollama', contextTokens: 1 });
    assert.ok(Math.abs(e.weightsBytes / 404e9 - 1) < 0.03, `${e.weightsBytes / 1e9} GB`);
  });

  test('tags without a catalog model resolve to a size with the library format and say so', () => {
    // (starcoder2:3b was the example until the catalog took StarCoder2 from its real config.)
    const r = resolveName('deepseek-coder:6.7b', true);
    assert.strictEqual(r?.as, 'size');
    assert.strictEqual(r?.params, 6.7e9);
    assert.match(String(r?.how), /no catalog model has its architecture/);
    const e = estimateMemory({ model: 'deepseek-coder:6.7b' });
    assert.ok(e.assumptions.some(a => a.includes("Ollama's deepseek-coder:6.7b")));
  });

  test('a tag with no catalog architecture weighs its download (GGUF and projector), in its own format', () => {
    // (qwen2.5vl:7b and then minicpm-v:8b, once the examples here, are now catalog models:
    // Qwen/Qwen2.5-VL-7B-Instruct, openbmb/MiniCPM-V-2_6.) BakLLaVA 7B (Q4_0, 4.7 GB) has no catalog architecture.
    assert.strictEqual(estimateMemory({ model: 'bakllava:7b' }).weightsBytes, 4.7e9);
    assert.strictEqual(estimateMemory({ model: 'bakllava:7b', quant: 'Q4_0' }).weightsBytes, 4.7e9);
    assert.notStrictEqual(estimateMemory({ model: 'bakllava:7b', quant: 'Q8_0' }).weightsBytes, 4.7e9);
  });

  test('derivatives in the library resolve through their variant words', () => {
    assert.strictEqual(lookupModel('deepseek-r1:8b')?.baseModel, 'Qwen/Qwen3-8B'); // 8b-0528-qwen3
    assert.strictEqual(lookupModel('dolphin-mixtral:8x7b')?.baseModel, 'mistralai/Mixtral-8x7B-v0.1');
    assert.strictEqual(lookupModel('hermes3:8b')?.baseModel, 'meta-llama/Llama-3.1-8B');
  });

  test('published download sizes: median |error| within 3 %', () => {
    const rows = ollamaSizeRows();
    assert.ok(rows.length >= 60, `${rows.length} tags compared`);
    const m = median(rows.map(r => Math.abs(r.errorPct)));
    assert.ok(m <= 3, `median ${m.toFixed(2)}%`);
    // No tag lands on a model of another size (deepseek-coder:33b once took DeepSeek V3's 37B active).
    const far = rows.filter(r => Math.abs(r.errorPct) > 30).map(r => `${r.tag} ${r.errorPct.toFixed(0)}%`);
    assert.deepStrictEqual(far, []);
  });
});

import * as assert from 'assert';
import { resolveName } from '../../../../src/core/resolve/resolveName';
import { findBaseInName } from '../../../../src/core/resolve/baseInName';
import { nameWords } from '../../../../src/core/resolve/nameTokens';
import { findOllamaTag, ollamaLibrary } from '../../../../src/core/resolve/ollamaLibrary';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { findLabels } from '../../../../src/core/recognize/findLabels';
import { labelResolution } from '../../../../src/core/resolve/labelResolution';
import { effectiveSizeModel } from '../../../../src/core/resolve/effectiveSize';

// One suite per family of names the resolver reads; each case is a spelling found in real code.
suite('resolve: families of names', () => {
  test('a ".0" release is its whole version (IBM granite-4.0 = Ollama granite4)', () => {
    assert.deepStrictEqual(nameWords('ibm-granite/granite-4.0-h-1b').words, ['granite4', 'h']);
    assert.deepStrictEqual(nameWords('granite4:1b-h').words, ['granite4', 'h']);
    assert.deepStrictEqual(nameWords('Llama-3.1-8B').words, ['llama3.1']);
  });

  test('a size-class word may be left out only where an agreeing total is written', () => {
    // Ollama writes granite-4.0-h-small as granite4:32b-a9b-h.
    assert.strictEqual(findBaseInName('granite4-32b-a9b-h')?.model.id, 'ibm-granite/granite-4.0-h-small');
    // 7B total disagrees with h-small's 32B; its 9B active must not stand in for the written total.
    assert.strictEqual(findBaseInName('granite4-7b-a1b-h'), undefined);
    // No size written: the class word is required.
    assert.notStrictEqual(findBaseInName('granite-4.0-h')?.model.id, 'ibm-granite/granite-4.0-h-small');
  });

  test('Ollama tags: the tag as asked picks its own row and words', () => {
    assert.strictEqual(findOllamaTag('codellama:13b-code-q8_0')?.asked, '13b-code');
    assert.strictEqual(findOllamaTag('codellama:13b-code')?.row.tag, '13b-code');
    // "code" repeats CodeLlama's own word: the base code model itself.
    assert.strictEqual(lookupModel('codellama:13b-code')?.resolvedAs, 'catalog');
    assert.strictEqual(lookupModel('codellama:13b-python')?.resolvedAs, 'derivative');
    assert.strictEqual(findOllamaTag('granite4:7b-a1b-h')?.row.size, 4.2e9);
  });

  test('Ollama cloud tags serve the same weights', () => {
    const r = resolveName('ollama/deepseek-v3.1:671b-cloud');
    assert.strictEqual(r?.as, 'catalog');
    assert.strictEqual(r?.model?.id, 'deepseek-ai/DeepSeek-V3.1-Base');
  });

  test('size tags the scrape listed under another name (phi3 "medium", mixtral "latest")', () => {
    assert.strictEqual(findOllamaTag('phi3:14b')?.row.size, 7.9e9);
    assert.strictEqual(findOllamaTag('mixtral')?.row.tag, '8x7b');
    assert.strictEqual(lookupModel('mixtral')?.id, 'mistralai/Mixtral-8x7B-v0.1');
    assert.strictEqual(lookupModel('ollama/codegemma')?.baseModel, 'google/gemma-7b');
    assert.strictEqual(findOllamaTag('all-minilm:33m')?.row.size, 67e6);
  });

  test('hosted ids that spell a release another way', () => {
    assert.strictEqual(lookupModel('vertex_ai/codestral@2405')?.id, 'mistralai/Codestral-22B-v0.1');
    assert.strictEqual(lookupModel('meta.llama3-2-90b-instruct-v1:0')?.id, 'meta-llama/Llama-3.2-90B-Vision-Instruct');
  });

  test('an effective size tag ("e4b") weighs its download, not its effective count', () => {
    const r = resolveName('gemma4:e4b', true);
    if (r?.as === 'size') {
      assert.match(String(r.how), /E4B is an effective size: the download holds more/);
      assert.strictEqual(estimateMemory({ model: 'gemma4:e4b' }).weightsBytes, r.ollama?.row.size);
    } else assert.ok(r?.model && r.model.params > 6e9, 'a catalog Gemma 4 E4B holds its per-layer embeddings too');
  });
});

suite('resolve: embedding models', () => {
  test('the library gives every embedding row a parameter count, its release and a source', () => {
    const rows = ollamaLibrary().filter(m => m.capabilities.includes('embedding'));
    assert.ok(rows.length >= 8, `${rows.length}`);
    for (const m of rows.filter(x => x.name !== 'qwen3-embedding')) {
      for (const t of m.tags.filter(x => /^\d+m$|^latest$/.test(x.tag))) {
        assert.ok(t.params && t.hf && /^https:\/\//.test(String(t.source)), `${m.name}:${t.tag}`);
        // The F16 download is two bytes a parameter, within 6 %.
        if (t.format === 'F16') assert.ok(Math.abs(t.size / (2 * t.params) - 1) < 0.06, `${m.name}:${t.tag}`);
      }
    }
  });

  test('an embedding model is priced by its count and download, with no KV cache', () => {
    for (const name of ['nomic-embed-text', 'mxbai-embed-large', 'all-minilm', 'snowflake-arctic-embed', 'bge-m3']) {
      const e = estimateMemory({ model: name, contextTokens: 8192 });
      assert.strictEqual(e.kvCacheBytes, 0, name);
      assert.ok(
        e.assumptions.some(a => a.startsWith('no KV cache: an embedding model')),
        name,
      );
    }
    // nomic-embed-text ships nomic-ai/nomic-embed-text-v1.5, which the catalog reads from its config
    // (136,731,648 parameters): F16 weights within 0.5 % of the 274 MB download.
    const nomic = estimateMemory({ model: 'nomic-embed-text' });
    assert.ok(Math.abs(nomic.weightsBytes / 274e6 - 1) < 0.005, String(nomic.weightsBytes));
    const mxbai = estimateMemory({ model: 'mxbai-embed-large' });
    assert.ok(mxbai.assumptions.some(a => a.includes('335M parameters (https://huggingface.co/mixedbread-ai/')));
    // The same release named by its Hugging Face id keeps none either; a decoder embedder keeps one.
    assert.strictEqual(estimateMemory({ model: 'BAAI/bge-m3', contextTokens: 8192 }).kvCacheBytes, 0);
    assert.ok(estimateMemory({ model: 'Qwen/Qwen3-Embedding-0.6B', contextTokens: 8192 }).kvCacheBytes > 0);
    // A decoder keeps its cache.
    assert.ok(estimateMemory({ model: 'llama3.1', contextTokens: 8192 }).kvCacheBytes > 0);
  });
});

suite('resolve: effective sizes', () => {
  test('a bare "E4B" beside Gemma is the model that writes that size, priced by what it holds', () => {
    const [label] = findLabels('gemma E4B');
    assert.match(label.text, /E4B$/);
    const r = labelResolution(label);
    assert.ok(r?.model && r.model.params > 7e9, String(r?.model?.id));
    assert.match(String(r?.how), /^E4B is an effective size: (?:.*, )?Gemma 3n E4B 7\.85B/);
    assert.strictEqual(effectiveSizeModel('E9B'), undefined);
    assert.strictEqual(effectiveSizeModel('4B'), undefined);
    assert.strictEqual(effectiveSizeModel('E4B')?.model?.id, r?.model?.id);
    assert.strictEqual(effectiveSizeModel('gemma E2B')?.model?.id, 'google/gemma-3n-E2B');
  });
});

suite('resolve: fine-tunes that write no version or no base word', () => {
  test("a third party's Mistral-7B is built on the first release of that shape, and says so", () => {
    const r = resolveName('teknium/OpenHermes-2.5-Mistral-7B');
    assert.strictEqual(r?.as, 'derivative');
    assert.strictEqual(r?.model?.id, 'mistralai/Mistral-7B-v0.1');
    assert.match(String(r?.how), /no version written: the first release's \(.*v0\.3.*share its shape\)/);
    assert.strictEqual(resolveName('unsloth/mistral-7b-bnb-4bit')?.model?.id, 'mistralai/Mistral-7B-v0.1');
  });

  test('a family word alone never takes a single release, nor one by its active size', () => {
    assert.notStrictEqual(resolveName('deepseek-coder:33b', true)?.model?.id, 'deepseek-ai/DeepSeek-V3');
    assert.strictEqual(findBaseInName('acme/deepseek-33b'), undefined);
  });

  test('an active size counts only beside a word beyond the family, and only when close', () => {
    assert.notStrictEqual(findBaseInName('qwen3.5-4b')?.model.id, 'Qwen/Qwen3.5-35B-A3B');
    assert.strictEqual(findBaseInName('llama-4-maverick-17b')?.model.id, 'meta-llama/Llama-4-Maverick-17B-128E');
  });

  test("the maker's own or a hosted name without a version names no single release", () => {
    assert.strictEqual(resolveName('mistralai/mistral-7b-instruct'), undefined);
    assert.strictEqual(resolveName('openrouter/mistralai/mistral-7b-instruct'), undefined);
  });

  test('documented fine-tune families resolve to their base by the size written', () => {
    assert.strictEqual(lookupModel('allenai/tulu-2-dpo-70b')?.baseModel, 'meta-llama/Llama-2-70b-hf');
    assert.strictEqual(lookupModel('HuggingFaceH4/zephyr-7b-alpha')?.baseModel, 'mistralai/Mistral-7B-v0.1');
    assert.strictEqual(
      lookupModel('HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1')?.baseModel,
      'mistralai/Mixtral-8x22B-v0.1',
    );
    assert.strictEqual(lookupModel('jondurbin/airoboros-l2-13b-2.1')?.baseModel, 'meta-llama/Llama-2-13b-hf');
    // No size written: the family spans several sizes, so no single base.
    assert.strictEqual(lookupModel('allenai/tulu-2-dpo'), undefined);
  });

  test("Ollama's devstral and wizardlm2 resolve to the bases their cards name, priced near the download", () => {
    assert.strictEqual(lookupModel('devstral')?.baseModel, 'mistralai/Mistral-Small-24B-Base-2501');
    assert.strictEqual(lookupModel('wizardlm2')?.baseModel, 'mistralai/Mistral-7B-v0.1');
    assert.strictEqual(lookupModel('wizardlm2:8x22b')?.baseModel, 'mistralai/Mixtral-8x22B-v0.1');
    const e = estimateMemory({ model: 'devstral', engine: 'ollama', contextTokens: 1 });
    assert.ok(Math.abs(e.weightsBytes / 14e9 - 1) < 0.05, `${e.weightsBytes / 1e9} GB against 14 GB`);
  });

  test('more Ollama families built on a catalog base, by the size written', () => {
    assert.strictEqual(lookupModel('deepcoder:14b')?.baseModel, 'deepseek-ai/DeepSeek-R1-Distill-Qwen-14B');
    assert.strictEqual(lookupModel('cogito:14b')?.baseModel, 'Qwen/Qwen2.5-14B');
    assert.strictEqual(lookupModel('cogito:8b')?.baseModel, 'meta-llama/Llama-3.1-8B');
    assert.strictEqual(lookupModel('starling-lm')?.baseModel, 'mistralai/Mistral-7B-v0.1');
    assert.strictEqual(lookupModel('orca2:13b')?.baseModel, 'meta-llama/Llama-2-13b-hf');
    assert.strictEqual(lookupModel('meditron:70b')?.baseModel, 'meta-llama/Llama-2-70b-hf');
    // Cogito 3B downloads 9 % more than Llama 3.2 3B in the same format: not listed, so no base.
    assert.strictEqual(lookupModel('cogito:3b'), undefined);
  });

  test('a LLaVA build is a vision model of its own, not its language model', () => {
    // A LLaVA build the catalog lacks is not Vicuna or Mistral; one it holds is itself, vision tower included.
    assert.strictEqual(resolveName('llava-hf/llava-v1.6-vicuna-13b-hf'), undefined);
    const held = resolveName('llava-hf/llava-v1.6-mistral-7b-hf');
    assert.strictEqual(held?.model?.id, 'llava-hf/llava-v1.6-mistral-7b-hf');
    assert.ok((held?.model?.visionParams ?? 0) > 3e8);
  });
});

suite('resolve: Ollama sizes and names the library knows', () => {
  test('a size the model page does not list claims no model and says so', () => {
    const r = resolveName('gemma4:27b', true);
    assert.strictEqual(r?.model, undefined);
    assert.strictEqual(r?.params, 27e9);
    assert.match(String(r?.how), /^Ollama's gemma4 has no 27b tag \(its sizes: e2b, e4b, 12b, 26b, 31b;/);
    assert.strictEqual(resolveName('llama3.2:70b', true)?.model, undefined);
    // A listed size, or a tag without a size, is not refused.
    assert.notStrictEqual(resolveName('gemma4:26b', true)?.how?.includes('has no'), true);
    assert.ok(resolveName('phi3:medium', true)?.model);
  });

  test("a word tag of the same download takes that download's row", () => {
    assert.strictEqual(findOllamaTag('phi3:medium')?.row.tag, '14b');
    assert.strictEqual(resolveName('phi3:medium', true)?.format, 'Q4_0');
    assert.strictEqual(findOllamaTag('snowflake-arctic-embed:xs')?.row.tag, '22m');
  });

  test("a key may leave out its maker's name when two words remain", () => {
    // Ollama's nemotron-3-nano leaves NVIDIA's "NVIDIA-" out; so does a name like this one.
    assert.strictEqual(findBaseInName('R1-Distill-Qwen-7B')?.model.id, 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B');
    assert.strictEqual(findBaseInName('v3'), undefined); // deepseek-ai/DeepSeek-V3 keeps "deepseek"
  });
});

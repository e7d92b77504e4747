import * as assert from 'assert';
import { expandPath, hubCacheDir, readRef, repoFolderName } from '../../../src/sources/hfCacheLayout';
import {
  blobPath,
  manifestPath,
  MODEL_MEDIA_TYPE,
  ollamaModelsDir,
  parseOllamaName,
  PROJECTOR_MEDIA_TYPE,
  readManifest,
} from '../../../src/sources/ollamaStoreLayout';
import { shardFileNames } from '../../../src/sources/ggufShards';

const HOME = '/home/ada';

suite('sources: where huggingface_hub and Ollama keep models', () => {
  // The order of huggingface_hub's constants.py.
  test('HF cache folder: HF_HUB_CACHE, HUGGINGFACE_HUB_CACHE, HF_HOME/hub, XDG_CACHE_HOME, ~/.cache', () => {
    assert.strictEqual(hubCacheDir({}, HOME), '/home/ada/.cache/huggingface/hub');
    assert.strictEqual(hubCacheDir({ XDG_CACHE_HOME: '/xdg' }, HOME), '/xdg/huggingface/hub');
    assert.strictEqual(hubCacheDir({ XDG_CACHE_HOME: '/xdg', HF_HOME: '~/hf' }, HOME), '/home/ada/hf/hub');
    assert.strictEqual(hubCacheDir({ HF_HOME: '/hf', HUGGINGFACE_HUB_CACHE: '/legacy' }, HOME), '/legacy');
    assert.strictEqual(
      hubCacheDir({ HF_HOME: '/hf', HUGGINGFACE_HUB_CACHE: '/legacy', HF_HUB_CACHE: '$DATA/hub', DATA: '/d' }, HOME),
      '/d/hub',
    );
    assert.strictEqual(hubCacheDir({}, undefined), undefined);
    assert.strictEqual(hubCacheDir({ HF_HOME: '' }, HOME), '/home/ada/.cache/huggingface/hub');
    assert.strictEqual(expandPath('${NOPE}/x', {}, HOME), '${NOPE}/x');
  });

  test('repo folder names and refs', () => {
    assert.strictEqual(repoFolderName('Qwen/Qwen3-8B'), 'models--Qwen--Qwen3-8B');
    assert.strictEqual(repoFolderName('gpt2'), 'models--gpt2');
    for (const bad of ['../x', 'a/b/c', 'a--b/c', '/abs', '']) assert.throws(() => repoFolderName(bad), TypeError, bad);
    assert.strictEqual(
      readRef('0123456789abcdef0123456789abcdef01234567\n'),
      '0123456789abcdef0123456789abcdef01234567',
    );
    assert.throws(() => readRef('../../etc'), /does not hold a commit hash/);
  });

  test('Ollama store folder and names (envconfig Models, types/model/name.go)', () => {
    assert.strictEqual(ollamaModelsDir({}, HOME), '/home/ada/.ollama/models');
    assert.strictEqual(ollamaModelsDir({ OLLAMA_MODELS: '/data/ollama' }, HOME), '/data/ollama');
    assert.strictEqual(
      manifestPath(parseOllamaName('llama3.2:3b')),
      'manifests/registry.ollama.ai/library/llama3.2/3b',
    );
    assert.strictEqual(manifestPath(parseOllamaName('gemma3')), 'manifests/registry.ollama.ai/library/gemma3/latest');
    assert.strictEqual(manifestPath(parseOllamaName('me/tuned:v2')), 'manifests/registry.ollama.ai/me/tuned/v2');
    assert.strictEqual(
      manifestPath(parseOllamaName('hf.co/bartowski/X-GGUF:Q4_K_M')),
      'manifests/hf.co/bartowski/X-GGUF/Q4_K_M',
    );
    for (const bad of ['a/b/c/d', '../x:1', 'x:..', 'x:', ':x'])
      assert.throws(() => parseOllamaName(bad), TypeError, bad);
  });

  test('manifests: the model layer, projector layers, digests checked', () => {
    const sha = (c: string) => `sha256:${c.repeat(64)}`;
    const text = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest: sha('c'), size: 485 },
      layers: [
        { mediaType: MODEL_MEDIA_TYPE, digest: sha('a'), size: 2019377376 },
        { mediaType: PROJECTOR_MEDIA_TYPE, digest: sha('b'), size: 851251104 },
        { mediaType: 'application/vnd.ollama.image.template', digest: sha('d'), size: 1429 },
      ],
    });
    const m = readManifest(text);
    assert.deepStrictEqual(m.model, { digest: sha('a'), size: 2019377376 });
    assert.strictEqual(m.projectors.length, 1);
    assert.strictEqual(blobPath(sha('a')), `blobs/sha256-${'a'.repeat(64)}`);
    assert.throws(() => blobPath('sha256:../../etc/passwd'), /not a sha256 digest/);
    assert.throws(() => readManifest('{'), /not JSON/);
    assert.throws(() => readManifest('{"layers": []}'), /no application\/vnd.ollama.image.model layer/);
    assert.throws(
      () => readManifest(JSON.stringify({ layers: [{ mediaType: MODEL_MEDIA_TYPE, digest: 'md5:x' }] })),
      /not a sha256 digest/,
    );
  });

  test('split GGUF names: every shard from any one of them', () => {
    assert.deepStrictEqual(shardFileNames('Q-00002-of-00003.gguf'), [
      'Q-00001-of-00003.gguf',
      'Q-00002-of-00003.gguf',
      'Q-00003-of-00003.gguf',
    ]);
    assert.strictEqual(shardFileNames('plain.gguf'), undefined);
    assert.throws(() => shardFileNames('Q-00004-of-00003.gguf'), /not a valid split name/);
    assert.throws(() => shardFileNames('Q-00001-of-99999.gguf'), /more than the 256 read/);
  });
});

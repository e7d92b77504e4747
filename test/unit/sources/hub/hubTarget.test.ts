// What is sent to the Hub for a reference in a document (only text that names the Hub), the
// endpoint from HF_ENDPOINT, and Retry-After.
import * as assert from 'assert';

import { referenceAt } from '../../../../src/sources/referenceAt';
import { hubEndpoint, resolveUrl } from '../../../../src/sources/hub/hubEndpoint';
import { retryAfterMs } from '../../../../src/sources/hub/hubFetch';
import { hubTargetOf, hubTargetKey, parseHubTarget } from '../../../../src/sources/hub/hubTarget';

const at = (line: string, needle: string) => {
  const ref = referenceAt(line, line.indexOf(needle) + 1);
  return ref && hubTargetOf(ref);
};

suite('sources/hub: hubTargetOf, hubEndpoint, retryAfterMs', () => {
  test('ids, hf.co tags, GGUF repo tags and Hub file URLs are targets', () => {
    assert.deepStrictEqual(at('model = "XiaomiMiMo/MiMo-7B-Base"', 'Xiaomi'), { repo: 'XiaomiMiMo/MiMo-7B-Base' });
    assert.deepStrictEqual(at('ollama run hf.co/unsloth/Qwen3-8B-GGUF:UD-Q4_K_XL', 'hf.co'), {
      repo: 'unsloth/Qwen3-8B-GGUF',
      quant: 'UD-Q4_K_XL',
    });
    assert.deepStrictEqual(at('llama-server -hf bartowski/Llama-3.2-3B-Instruct-GGUF:Q8_0', 'bartowski'), {
      repo: 'bartowski/Llama-3.2-3B-Instruct-GGUF',
      quant: 'Q8_0',
    });
    assert.deepStrictEqual(at('ollama pull hf.co/org/x-GGUF:latest', 'hf.co'), { repo: 'org/x-GGUF' });
    assert.deepStrictEqual(at('wget https://huggingface.co/org/x-GGUF/resolve/main/x-Q4_K_M.gguf', 'https'), {
      repo: 'org/x-GGUF',
      file: 'x-Q4_K_M.gguf',
    });
  });

  test('local paths, Ollama library and user tags, and plain words are never sent', () => {
    assert.strictEqual(at('llama-cli -m ./models/x-Q4_K_M.gguf', './models'), undefined);
    assert.strictEqual(at('llama-cli -m models/org/x-Q4_K_M.gguf', 'models'), undefined);
    assert.strictEqual(at('ollama run llama3.1:8b', 'llama3'), undefined);
    assert.strictEqual(at('ollama run jmorgan/mymodel:latest', 'jmorgan'), undefined);
    assert.strictEqual(at('see the docs', 'docs'), undefined);
  });

  test('keys ignore the case of repository ids and quant tags', () => {
    assert.strictEqual(
      hubTargetKey({ repo: 'Org/X', quant: 'q4_k_m' }),
      hubTargetKey({ repo: 'org/x', quant: 'Q4_K_M' }),
    );
    assert.notStrictEqual(hubTargetKey({ repo: 'org/x', quant: 'Q4_K_M' }), hubTargetKey({ repo: 'org/x' }));
  });

  test('HF_ENDPOINT: a mirror URL without a trailing slash; anything else is the Hub', () => {
    assert.strictEqual(hubEndpoint({}), 'https://huggingface.co');
    assert.strictEqual(hubEndpoint({ HF_ENDPOINT: 'https://hf-mirror.com/' }), 'https://hf-mirror.com');
    assert.strictEqual(hubEndpoint({ HF_ENDPOINT: 'http://127.0.0.1:8080/hub/' }), 'http://127.0.0.1:8080/hub');
    assert.strictEqual(hubEndpoint({ HF_ENDPOINT: 'ftp://x' }), 'https://huggingface.co');
    assert.strictEqual(hubEndpoint({ HF_ENDPOINT: 'not a url' }), 'https://huggingface.co');
    assert.strictEqual(
      resolveUrl('https://h', 'o/n', 'abc', 'dir/a b.gguf'),
      'https://h/o/n/resolve/abc/dir/a%20b.gguf',
    );
  });

  test('Retry-After: seconds or an HTTP date', () => {
    assert.strictEqual(retryAfterMs('3'), 3000);
    assert.strictEqual(
      retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
      10_000,
    );
    assert.strictEqual(retryAfterMs('soon'), undefined);
    assert.strictEqual(retryAfterMs(null), undefined);
  });

  test('command arguments are untrusted: only well-formed targets pass', () => {
    assert.deepStrictEqual(parseHubTarget('org/name'), { repo: 'org/name' });
    assert.deepStrictEqual(parseHubTarget({ repo: 'org/name', quant: 'Q4_K_M' }), {
      repo: 'org/name',
      quant: 'Q4_K_M',
    });
    assert.strictEqual(parseHubTarget({ repo: '../etc/passwd' }), undefined);
    assert.strictEqual(parseHubTarget({ repo: 'o/n', file: '../x.gguf' }), undefined);
    assert.strictEqual(parseHubTarget(42), undefined);
    assert.strictEqual(parseHubTarget({ repo: 'o/n', quant: 'a b' }), undefined);
  });
});

import * as assert from 'assert';
import { referenceAt } from '../../../src/sources/referenceAt';

/** The reference at the first occurrence of `needle` in `line` (pointer 2 characters in). */
const at = (line: string, needle: string) => referenceAt(line, line.indexOf(needle) + 2);

suite('sources: referenceAt (which model file a line names)', () => {
  test('GGUF paths: quoted, bare, relative, absolute, home, Windows, file: URI', () => {
    const cases: Array<[string, string, string]> = [
      [
        'llm = Llama(model_path="models/Llama-3.1-8B-Instruct-Q4_K_M.gguf", n_ctx=8192)',
        'models/',
        'models/Llama-3.1-8B-Instruct-Q4_K_M.gguf',
      ],
      ['./llama-server -m ./models/tiny.gguf -c 4096', './models', './models/tiny.gguf'],
      ["MODEL='/srv/weights/qwen3-8b-q8_0.gguf'", '/srv', '/srv/weights/qwen3-8b-q8_0.gguf'],
      ['--model ~/models/x-00001-of-00003.gguf', '~/models', '~/models/x-00001-of-00003.gguf'],
      ['path: C:\\models\\x.GGUF', 'C:', 'C:\\models\\x.GGUF'],
      ['see file:///srv/models/a%20b.gguf.', 'file:', '/srv/models/a b.gguf'],
    ];
    for (const [line, needle, text] of cases) {
      const r = at(line, needle);
      assert.ok(r, line);
      assert.strictEqual(r.text, text, line);
      assert.deepStrictEqual(r.kinds, ['gguf'], line);
    }
  });

  test('the span is the path as written (for the hover range)', () => {
    const line = 'Llama(model_path="models/tiny.gguf")';
    const r = at(line, 'tiny')!;
    assert.strictEqual(line.slice(r.start, r.end), 'models/tiny.gguf');
  });

  test('checkpoint folders and Hub ids: a path is a folder; org/name is a folder first, then the Hub', () => {
    assert.deepStrictEqual(at('AutoModel.from_pretrained("./checkpoints/run-3")', './check')?.kinds, ['folder']);
    assert.strictEqual(
      at('AutoModel.from_pretrained("./checkpoints/run-3/config.json")', './check')?.text,
      './checkpoints/run-3',
    );
    const hub = at('AutoModelForCausalLM.from_pretrained("Qwen/Qwen3-8B", torch_dtype="auto")', 'Qwen/');
    assert.deepStrictEqual([hub?.text, hub?.kinds], ['Qwen/Qwen3-8B', ['folder', 'hf']]);
    assert.strictEqual(at('model: mistralai/Mistral-7B-v0.1', 'mistralai')?.text, 'mistralai/Mistral-7B-v0.1');
  });

  test('Ollama names: name:tag, namespace and host forms, a bare name after `ollama run`', () => {
    const cases: Array<[string, string, string]> = [
      ['ollama run llama3.2:3b', 'llama3', 'llama3.2:3b'],
      ['model="qwen3:30b-a3b-q4_K_M"', 'qwen3', 'qwen3:30b-a3b-q4_K_M'],
      [
        'ollama pull hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M',
        'hf.co',
        'hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M',
      ],
      ['ollama run gemma3', 'gemma3', 'gemma3'],
    ];
    for (const [line, needle, text] of cases) {
      const r = at(line, needle);
      assert.deepStrictEqual([r?.text, r?.kinds], [text, ['ollama']], line);
    }
  });

  test('look-alikes are not references', () => {
    for (const [line, needle] of [
      ['server: localhost:8080', 'localhost'],
      ['url = "https://huggingface.co/Qwen/Qwen3-8B"', 'https'],
      ['time 12:30', '12:30'],
      ['ratio 16/9 and 3/4', '16/9'],
      ['import x from "src/main.ts"', 'src/'],
      ['print("hello world")', 'hello'],
      ['just prose here', 'prose'],
    ]) {
      assert.strictEqual(at(line, needle), undefined, line);
    }
    // Words shaped like org/name (image/png) are looked up in the cache, silently: nothing shows unless a model is
    // there.
    assert.deepStrictEqual(at('data: image/png;base64', 'image')?.kinds, ['folder', 'hf']);
  });

  test('bounded: a token longer than the window, an offset off the line', () => {
    const long = `"${'a/'.repeat(2000)}x.gguf"`;
    assert.strictEqual(referenceAt(long, 1000), undefined);
    assert.strictEqual(referenceAt('x.gguf', 99), undefined);
    assert.strictEqual(referenceAt('', 0), undefined);
  });
});

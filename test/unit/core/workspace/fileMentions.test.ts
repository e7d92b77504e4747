import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  fileMentions,
  fileMentionSteps,
  MAX_FILE_CHARS,
  MAX_MENTIONS_PER_FILE,
  PIECE_CHARS,
} from '../../../../src/core/workspace/fileMentions';
import { findLabels } from '../../../../src/core/recognize/findLabels';

suite('workspace/fileMentions', () => {
  test('models only (not bare sizes or formats), with line, columns and the settings around them', () => {
    const text = 'We tried 70B at FP16.\nvllm serve Qwen/Qwen2.5-7B-Instruct --max-model-len 32768 -tp 2\n';
    const ms = fileMentions(text, 'shellscript');
    assert.strictEqual(ms.length, 1);
    const m = ms[0];
    assert.deepStrictEqual([m.line, m.start, m.end], [1, 11, 35]);
    assert.strictEqual(text.split('\n')[1].slice(m.start, m.end), 'Qwen/Qwen2.5-7B-Instruct');
    assert.strictEqual(m.key, 'Qwen/Qwen2.5-7B');
    assert.strictEqual(m.settings.engine, 'vllm');
    assert.strictEqual(m.settings.contextTokens, 32768);
    assert.strictEqual(m.settings.tensorParallel, 2);
    const read = m.settings.read.find(r => r.field === 'contextTokens')!;
    assert.strictEqual(text.slice(read.start, read.end), read.text);
  });
  test('a name the catalog does not know is grouped by its text, lower-cased', () => {
    const ms = fileMentions('ollama run acme/Custom-13B-Chat\n', 'shellscript');
    assert.strictEqual(ms.length, 1);
    assert.strictEqual(ms[0].label.model, undefined);
    assert.strictEqual(ms[0].key, ms[0].label.text.toLowerCase());
  });
  test('a notebook: code cells read together, Markdown cells as Markdown, lines counted in each cell', () => {
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'markdown', source: ['# Try\n', 'We serve Llama 3.1 8B.\n'] },
        { cell_type: 'raw', source: 'raw text' },
        { cell_type: 'code', source: 'from vllm import LLM\n' },
        {
          cell_type: 'code',
          source: ['x = 1\n', 'llm = LLM(model="meta-llama/Llama-3.1-8B-Instruct", max_model_len=4096)\n'],
        },
      ],
      nbformat: 4,
    });
    const ms = fileMentions(nb, 'jupyter');
    const code = ms.find(m => m.cell === 3)!;
    assert.ok(code, 'a mention in the fourth cell');
    assert.strictEqual(code.line, 1);
    assert.strictEqual(code.settings.engine, 'vllm');
    assert.strictEqual(code.settings.contextTokens, 4096);
    const md = ms.find(m => m.cell === 0)!;
    assert.ok(md, 'a mention in the Markdown cell');
    assert.strictEqual(md.line, 1);
    assert.deepStrictEqual(fileMentions('{not json', 'jupyter'), []);
  });
  test('bounded: an oversized file is not read; mentions per file are capped', () => {
    assert.deepStrictEqual(fileMentions(`Llama 3.1 8B ${' '.repeat(MAX_FILE_CHARS)}`, 'plaintext'), []);
    const many = Array.from({ length: MAX_MENTIONS_PER_FILE + 50 }, () => 'ollama pull llama3.1:8b').join('\n');
    assert.strictEqual(fileMentions(many, 'shellscript').length, MAX_MENTIONS_PER_FILE);
  });
  test('bad input is a TypeError', () => {
    assert.throws(() => fileMentions(null as unknown as string, 'python'), TypeError);
    assert.throws(() => fileMentions('x', 3 as unknown as string), TypeError);
  });
});

suite('workspace/fileMentions: piece by piece', () => {
  test('the labels of a long text read in pieces are the labels of the whole text', function () {
    // 80,000 characters read twice: 1.4 to 2.3 s on a loaded two-core machine (main as well).
    this.timeout(10_000);
    const dir = path.join(__dirname, '../../../../../test/data/corpus');
    const lines = fs
      .readdirSync(dir)
      .filter(f => f.endsWith('.jsonl'))
      .flatMap(f =>
        fs
          .readFileSync(path.join(dir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map(l => (JSON.parse(l) as { text: string }).text),
      );
    // every corpus, cut to about 80,000 characters (twenty pieces) to keep the test quick
    const text = lines.join('\n').slice(0, 80_000);
    assert.ok(text.length > 4 * PIECE_CHARS, `a corpus of ${text.length} characters`);
    const whole = findLabels(text)
      .filter(l => l.kind === 'model')
      .map(l => [l.start, l.end, l.model]);
    const pieces = fileMentions(text, 'plaintext')
      .map(m => m.label)
      .map(l => [l.start, l.end, l.model]);
    assert.ok(whole.length > 20);
    assert.deepStrictEqual(pieces, whole.slice(0, MAX_MENTIONS_PER_FILE));
  });
  test('steps: one per piece, the same result', () => {
    const text = Array.from({ length: 400 }, (_, i) => `line ${i}: ollama run llama3.1:8b`).join('\n');
    const steps = fileMentionSteps(text, 'shellscript');
    let n = 0;
    let r = steps.next();
    while (!r.done) {
      n++;
      r = steps.next();
    }
    assert.ok(n >= Math.floor(text.length / PIECE_CHARS) - 1, `${n} steps`);
    assert.deepStrictEqual(r.value, fileMentions(text, 'shellscript'));
  });
});

// The format families of formats17.jsonl (MLC LLM / WebLLM names, EXL3, K-quant shorthand, experts
// written with a star, Ollama tag parts): real lines, each read as labelled, look-alikes silent, and
// every format read priced on the engine that runs it at its bits per weight.
import * as assert from 'assert';
import * as path from 'path';
import { loadCorpus } from '../../../accuracy/recognizerScore';
import { findLabels } from '../../../../src/core/recognize/findLabels';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { chooseEngine } from '../../../../src/core/settings/chooseEngine';
import { quantFormat } from '../../../../src/core/data/quantFormats';

const FILE = path.join(__dirname, '..', '..', '..', '..', '..', 'test', 'data', 'corpus', 'formats17.jsonl');
type Gold = { start: number; end: number; text: string; params?: number; quant?: string; bitsPerWeight?: number };

suite('recognize: formats17 corpus of real lines', () => {
  const corpus = loadCorpus(FILE);
  const scored = corpus.filter(r => !r.debatable);

  test('at least 40 scored lines from real sources, look-alikes among them, every span exact', () => {
    assert.ok(scored.length >= 40, `${scored.length} lines`);
    assert.ok(scored.filter(r => r.negative).length >= 8);
    assert.ok(new Set(corpus.map(r => r.source.repo)).size >= 15);
    for (const r of corpus) {
      assert.match(r.source.commit ?? '', /^[0-9a-f]{40}$/, r.id);
      for (const l of r.labels ?? []) assert.strictEqual(r.text.slice(l.start, l.end), l.text, r.id);
    }
    for (const family of ['mlc-model', 'mlc-format', 'exl3-format', 'gguf-shorthand', 'ollama-tag-part']) {
      assert.ok(scored.filter(r => r.family === family).length >= 3, family);
    }
  });

  test('every line reads as labelled: spans, formats, bits per weight and sizes; look-alikes silent', () => {
    const wrong: string[] = [];
    for (const r of scored) {
      const found = findLabels(r.text);
      const gold = (r.labels ?? []) as Gold[];
      if (found.length !== gold.length) {
        wrong.push(`${r.id}: ${found.length} labels for ${gold.length}: ${found.map(l => l.text).join(', ')}`);
        continue;
      }
      gold.forEach((g, i) => {
        const f = found[i];
        if (f.start !== g.start || f.end !== g.end) wrong.push(`${r.id}: span "${f.text}" for "${g.text}"`);
        if (f.quant !== g.quant) wrong.push(`${r.id}: format ${f.quant} for "${g.text}" (${g.quant})`);
        if (g.bitsPerWeight !== undefined && f.bitsPerWeight !== g.bitsPerWeight) {
          wrong.push(`${r.id}: ${f.bitsPerWeight} bits per weight for "${g.text}" (${g.bitsPerWeight})`);
        }
        if (g.params !== undefined && !(Math.abs((f.params ?? 0) - g.params) <= 0.02 * g.params)) {
          wrong.push(`${r.id}: size ${f.params} for "${g.text}" (${g.params})`);
        }
      });
    }
    assert.deepStrictEqual(wrong, []);
  });

  test('each MLC and EXL3 label is priced on its own engine at its own bits per weight', () => {
    for (const r of scored) {
      for (const l of findLabels(r.text)) {
        const f = l.quant ? quantFormat(l.quant) : undefined;
        if (!f || (f.family !== 'mlc' && f.family !== 'exl3')) continue;
        const choice = chooseEngine(undefined, 'auto', l.quant);
        assert.strictEqual(choice.engine, f.family === 'mlc' ? 'mlc-llm' : 'exllamav3', l.text);
        assert.match(choice.notes.join(' '), /nearest one modelled/, l.text);
        const bits = l.bitsPerWeight!;
        const e = estimateMemory({
          ...(l.kind === 'model' && l.params !== undefined ? { model: l.text } : { params: 7e9 }),
          quant: f.family === 'exl3' ? `${bits}bpw` : l.quant,
          engine: choice.policy,
          contextTokens: 4096,
        });
        const bpw = e.bitsPerWeight!;
        const what = `${r.id} ${l.text}: ${bpw.toFixed(3)} bits per weight`;
        if (f.family === 'exl3') {
          // linear layers at the label's bits, the head at 6 and the embeddings at 16: a little above
          assert.ok(bpw > bits && bpw < bits + 2, what);
        } else if (f.mlc?.kind === 'none') {
          assert.strictEqual(bpw, f.typeBpw, what);
        } else if (f.mlc?.kind === 'ft') {
          // per-channel linear layers (4 bits and a scale per row), 32-wide groups elsewhere
          assert.ok(bpw > 4 && bpw < 4.5, what);
        } else {
          // every matrix at the group cost, only norms in float: within 2% of the type's bits
          assert.ok(Math.abs(bpw / f.typeBpw - 1) < 0.02, what);
        }
      }
    }
  });
});

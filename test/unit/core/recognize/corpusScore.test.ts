// The recognizer on the labelled corpus of real lines (test/data/corpus): the targets of issue 12,
// and the corpus's own consistency. `npm run bench:accuracy` prints the same figures in full.
import * as assert from 'assert';
import { loadCorpus, naiveRecognizer, paramLensRecognizer, rates, score } from '../../../accuracy/recognizerScore';

suite('recognizer on real lines (corpus)', () => {
  const corpus = loadCorpus();

  test('the corpus has the size and sources it claims, and every span is exact', () => {
    assert.ok(corpus.length >= 800, `${corpus.length} lines`);
    assert.ok(new Set(corpus.map(r => r.source.repo)).size >= 80);
    assert.ok(corpus.filter(r => r.negative && !r.debatable).length >= 250);
    const ids = new Set<string>();
    for (const r of corpus) {
      assert.ok(!ids.has(r.id), r.id);
      ids.add(r.id);
      assert.match(r.source.commit ?? '', /^[0-9a-f]{40}$/, r.id);
      assert.ok(!(r.negative && r.labels?.length), `${r.id}: a negative line has no labels`);
      for (const l of r.labels ?? []) assert.strictEqual(r.text.slice(l.start, l.end), l.text, r.id);
    }
  });

  test(
    'meets the targets: recall ≥ 97 %, exact spans ≥ 92 %, sizes ≥ 98 %, formats ≥ 95 %, ' + 'false alarms ≤ 2 %',
    () => {
      const r = rates(score(corpus, paramLensRecognizer));
      assert.ok(r.recall >= 97, `recall ${r.recall}`);
      assert.ok(r.exactSpans >= 92, `exact spans ${r.exactSpans}`);
      assert.ok(r.sizesRight >= 98, `sizes ${r.sizesRight}`);
      assert.ok(r.formatsRight >= 95, `formats ${r.formatsRight}`);
      assert.ok(r.falseAlarms <= 2, `false alarms ${r.falseAlarms}`);
    },
  );

  test('the scorer can fail: the naive two-regex rule misses the targets', () => {
    const r = rates(score(corpus, naiveRecognizer));
    assert.ok(r.recall < 97 && r.falseAlarms > 2, JSON.stringify(r));
  });
});

import * as assert from 'assert';
import { allGlossaryEntries, glossaryEntry } from '../../../../src/core/glossary/glossary';

suite('glossary', () => {
  const entries = allGlossaryEntries();
  const ids = new Set(entries.map(e => e.id));

  test('has at least 30 entries with unique kebab-case ids', () => {
    assert.ok(entries.length >= 30);
    assert.strictEqual(ids.size, entries.length);
    for (const e of entries) assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('summaries are one sentence; related ids and in-body links exist', () => {
    for (const e of entries) {
      assert.ok(e.summary.length <= 200 && /[.!?]$/.test(e.summary), e.id);
      for (const r of e.related) assert.ok(ids.has(r), `${e.id} → ${r}`);
      for (const m of e.body.matchAll(/\]\(#([a-z0-9-]+)\)/g)) assert.ok(ids.has(m[1]), `${e.id} links #${m[1]}`);
    }
  });

  test('worked examples are computed, not placeholders', () => {
    for (const e of entries) assert.ok(!e.body.includes('{{'), e.id);
    const body = glossaryEntry('parameter-count')!.body;
    assert.match(body, /\| Model \| FP16 \| Q8_0 \| Q4_K_M \|/);
    assert.match(body, /\| 70B \| 140 GB \|/);
  });

  test('closed models are only ever given as estimates', () => {
    for (const e of entries) {
      for (const m of e.body.matchAll(/GPT-4[^.]*\./g))
        assert.match(m[0], /estimat|not disclosed|undisclosed|never published|not published/i, `${e.id}: ${m[0]}`);
    }
  });

  test('unknown ids give undefined', () => {
    assert.strictEqual(glossaryEntry('nope'), undefined);
  });
});

// How the names of test/data/corpus/names.jsonl resolve: exactly (the catalog model, or the model a
// hosted id or Ollama tag serves), as a derivative of a catalog base, by their size label only, or
// not at all; and whether the model found is the one the corpus expects. Printed by
// `npm run bench:accuracy`.
import * as fs from 'fs';
import * as path from 'path';
import { lookupModel } from '../../src/core/catalog/lookupModel';
import { findLabels } from '../../src/core/recognize/findLabels';

export type NameOutcome = 'exact' | 'derivative' | 'size' | 'none';

export interface NameRow {
  id: string; family: string; name: string;
  expected: NameOutcome; expectedModel?: string;
  got: NameOutcome; gotModel?: string;
  /** Resolved to a model other than the expected one, or to a model where none is right. */
  wrong: boolean;
}

interface CorpusLabel { text: string; expect: NameOutcome; model?: string; base?: string }
interface CorpusRecord { id: string; family: string; labels: CorpusLabel[]; debatable?: string }

const CORPUS = path.join(__dirname, '../../../test/data/corpus/names.jsonl');

/** What the public lookup makes of one name. */
export function outcomeOf(name: string): { got: NameOutcome; model?: string } {
  const m = lookupModel(name);
  if (m?.resolvedAs === 'derivative') return { got: 'derivative', model: m.baseModel };
  if (m) return { got: 'exact', model: m.id };
  return findLabels(name).some(l => l.params !== undefined) ? { got: 'size' } : { got: 'none' };
}

export function nameRows(file = CORPUS): NameRow[] {
  const rows: NameRow[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CorpusRecord;
    if (r.debatable) continue;
    for (const l of r.labels) {
      const expectedModel = l.model ?? l.base;
      const { got, model } = outcomeOf(l.text);
      const resolved = got === 'exact' || got === 'derivative';
      const wrong = resolved && (expectedModel === undefined || model !== expectedModel);
      rows.push({
        id: r.id, family: r.family, name: l.text, expected: l.expect, expectedModel, got, gotModel: model, wrong,
      });
    }
  }
  return rows;
}

export function printNameResolution(): void {
  const rows = nameRows();
  const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)}%` : '—');
  const share = (of: NameRow[]) => {
    const n = of.length;
    const count = (o: NameOutcome) => of.filter(r => r.got === o && !r.wrong).length;
    const wrong = of.filter(r => r.wrong).length;
    return `exact ${pct(count('exact'), n)}  derivative ${pct(count('derivative'), n)}`
      + `  size only ${pct(count('size'), n)}`
      + `  none ${pct(count('none'), n)}  wrong model ${pct(wrong, n)}  (n=${n})`;
  };
  console.log('\nModel names (test/data/corpus/names.jsonl): how each resolves');
  console.log(`  all                       ${share(rows)}`);
  for (const family of [...new Set(rows.map(r => r.family))]) {
    console.log(`  ${family.padEnd(26)}${share(rows.filter(r => r.family === family))}`);
  }
  const ok = rows.filter(r => (r.got === 'exact' || r.got === 'derivative') && !r.wrong).length;
  const known = rows.filter(r => r.expected === 'exact' || r.expected === 'derivative');
  const knownOk = known.filter(r => (r.got === 'exact' || r.got === 'derivative') && !r.wrong).length;
  const right = rows.filter(r => !r.wrong && (r.got === r.expected
    || (r.expected !== 'exact' && r.expected !== 'derivative' && r.got === 'size'))).length;
  console.log(`  exact or derivative, right model: ${pct(ok, rows.length)} of all lines; `
    + `${pct(knownOk, known.length)} of the ${known.length} whose model or base is in the catalog (target 90%)`);
  console.log(`  outcome as expected: ${pct(right, rows.length)}`);
  const resolvable = (r: NameRow) => r.expected === 'exact' || r.expected === 'derivative';
  const misses = rows.filter(r => r.wrong || (resolvable(r) && r.got !== r.expected));
  if (misses.length) {
    console.log(`  misses (${misses.length}):`);
    for (const r of misses.slice(0, 60)) {
      console.log(`    ${r.name.padEnd(62)} expected ${r.expected} ${r.expectedModel ?? ''}`
        + ` got ${r.got} ${r.gotModel ?? ''}`);
    }
  }
}

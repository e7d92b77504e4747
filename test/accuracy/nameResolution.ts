// How the names of test/data/corpus/names.jsonl resolve: exactly (the catalog model, or the model a
// hosted id or Ollama tag serves), as a derivative of a catalog base, by their size label only, or
// not at all; and whether the model found is the one the corpus expects. Printed by
// `npm run bench:accuracy`.
//
// The corpus says what each name DENOTES (the original release, or null when no one model is meant)
// and the bases it keeps, nearest first; it never names the catalog. The expected outcome is judged
// here against the catalog of the build (test/data/corpus/names.md, "How a line is scored").
import * as fs from 'fs';
import * as path from 'path';
import { catalogModels, lookupModel } from '../../src/core/catalog/lookupModel';
import { normalizeName } from '../../src/core/catalog/normalizeName';
import { findLabels } from '../../src/core/recognize/findLabels';

export type NameOutcome = 'exact' | 'derivative' | 'size' | 'none';

export interface NameRow {
  id: string;
  family: string;
  name: string;
  expected: NameOutcome;
  expectedModel?: string;
  got: NameOutcome;
  gotModel?: string;
  /** Resolved to a model other than the expected one, or to a model where none is right. */
  wrong: boolean;
}

interface CorpusLabel {
  text: string;
  denotes: string | null;
  base?: string[];
}
interface CorpusRecord {
  id: string;
  family: string;
  labels: CorpusLabel[];
  debatable?: string;
}

const CORPUS = path.join(__dirname, '../../../test/data/corpus/names.jsonl');

let byKey: Map<string, string> | undefined;

/**
 * The catalog id of an original release, or undefined when the catalog does not hold it: by id or
 * alias (case-insensitive), else by the catalog's comparable key of an id or alias under the SAME
 * organisation (an instruct, chat or base release of the same weights by its own maker; a re-upload
 * by another organisation is a derivative, never the release). Ollama tags and display names are
 * not used: they are words of the resolver, not ids of releases.
 */
export function catalogIdOf(release: string): string | undefined {
  if (!byKey) {
    byKey = new Map();
    const models = catalogModels();
    for (const m of models)
      for (const n of [m.id, ...(m.aliases ?? [])]) {
        if (!byKey.has(n.toLowerCase())) byKey.set(n.toLowerCase(), m.id);
      }
    for (const m of models)
      for (const n of [m.id, ...(m.aliases ?? [])]) {
        const key = sameMakerKey(n);
        if (!byKey.has(key)) byKey.set(key, m.id);
      }
  }
  return byKey.get(release.toLowerCase()) ?? byKey.get(sameMakerKey(release));
}

function sameMakerKey(id: string): string {
  const slash = id.indexOf('/');
  return `${slash > 0 ? id.slice(0, slash).toLowerCase() : ''}~${normalizeName(id)}`;
}

/** The rule: exact when the denoted release is in the catalog, else derivative of its first catalog base. */
export function expectedOf(label: CorpusLabel): { expected: NameOutcome; model?: string } {
  const own = label.denotes ? catalogIdOf(label.denotes) : undefined;
  if (own) return { expected: 'exact', model: own };
  for (const b of label.base ?? []) {
    const id = catalogIdOf(b);
    if (id) return { expected: 'derivative', model: id };
  }
  return { expected: hasSize(label.text) ? 'size' : 'none' };
}

function hasSize(name: string): boolean {
  return findLabels(name).some(l => l.params !== undefined);
}

/** What the public lookup makes of one name. */
export function outcomeOf(name: string): { got: NameOutcome; model?: string } {
  const m = lookupModel(name);
  if (m?.resolvedAs === 'derivative') return { got: 'derivative', model: m.baseModel };
  if (m) return { got: 'exact', model: m.id };
  return hasSize(name) ? { got: 'size' } : { got: 'none' };
}

export function nameRows(file = CORPUS): NameRow[] {
  const rows: NameRow[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as CorpusRecord;
    if (r.debatable) continue;
    for (const l of r.labels) {
      const { expected, model: expectedModel } = expectedOf(l);
      const { got, model } = outcomeOf(l.text);
      const resolved = got === 'exact' || got === 'derivative';
      const wrong = resolved && (expectedModel === undefined || model !== expectedModel);
      rows.push({ id: r.id, family: r.family, name: l.text, expected, expectedModel, got, gotModel: model, wrong });
    }
  }
  return rows;
}

export function printNameResolution(details = false, file = CORPUS): void {
  const rows = nameRows(file);
  const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)}%` : '—');
  const share = (of: NameRow[]) => {
    const n = of.length;
    const count = (o: NameOutcome) => of.filter(r => r.got === o && !r.wrong).length;
    const wrong = of.filter(r => r.wrong).length;
    return (
      `exact ${pct(count('exact'), n)}  derivative ${pct(count('derivative'), n)}` +
      `  size only ${pct(count('size'), n)}` +
      `  none ${pct(count('none'), n)}  wrong model ${pct(wrong, n)}  (n=${n})`
    );
  };
  console.log(`\nModel names (test/data/corpus/${path.basename(file)}): how each resolves`);
  console.log(`  all                       ${share(rows)}`);
  for (const family of [...new Set(rows.map(r => r.family))]) {
    console.log(`  ${family.padEnd(26)}${share(rows.filter(r => r.family === family))}`);
  }
  const resolvable = (r: NameRow) => r.expected === 'exact' || r.expected === 'derivative';
  // Right model, and never a fine-tune passed off as its base itself (a re-upload resolved as a
  // derivative of the very release it copies is right: names.md).
  const isOk = (r: NameRow) =>
    (r.got === 'exact' || r.got === 'derivative') && !r.wrong && !(r.expected === 'derivative' && r.got === 'exact');
  const ok = rows.filter(isOk).length;
  const known = rows.filter(resolvable);
  const knownOk = known.filter(isOk).length;
  const right = rows.filter(r => !r.wrong && (r.got === r.expected || (!resolvable(r) && r.got === 'size'))).length;
  console.log(
    `  exact or derivative, right model: ${pct(ok, rows.length)} of all lines; ` +
      `${pct(knownOk, known.length)} of the ${known.length} whose model or base is in the catalog (target 90%)`,
  );
  console.log(`  outcome as expected: ${pct(right, rows.length)}`);
  const misses = rows.filter(r => r.wrong || (resolvable(r) && r.got !== r.expected));
  if (misses.length) {
    console.log(`  misses (${misses.length}):`);
    for (const r of misses.slice(0, 60)) {
      console.log(
        `    ${r.name.padEnd(62)} expected ${r.expected} ${r.expectedModel ?? ''}` +
          ` got ${r.got} ${r.gotModel ?? ''}`,
      );
    }
  }
  if (details) {
    // What the catalog would need next: the releases named here that it does not hold, most named first.
    const missing = new Map<string, number>();
    for (const r of rows.filter(r => !resolvable(r))) missing.set(r.name, (missing.get(r.name) ?? 0) + 1);
    console.log(`  not in the catalog, nor any base (${rows.filter(r => !resolvable(r)).length} lines):`);
    for (const [name, n] of [...missing].sort((a, b) => b[1] - a[1]))
      console.log(`    ${name}${n > 1 ? ` (${n})` : ''}`);
  }
}

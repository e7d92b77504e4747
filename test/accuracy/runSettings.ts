// Scores a run-settings reader on the corpus of real run files (test/data/corpus/runs.jsonl): for
// every setting a careful reader takes from the file, was it read right, read wrong, or missed; and
// what did the reader report that the file does not state (invented). Shared by the accuracy unit
// test and `npm run bench:accuracy`.
import * as fs from 'fs';
import * as path from 'path';

/** The corpus file, found upwards from the bundle (out/test/bench or out/test/unit/core/settings). */
function corpusPath(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test/data/corpus/runs.jsonl');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('test/data/corpus/runs.jsonl not found');
  }
}

export interface RunRecord {
  id: string;
  source: { repo: string; path: string; commit: string | null; url?: string };
  language: string;
  text: string;
  settings: { at: string | number } & Record<string, unknown>;
  family?: string;
  split?: 'held-out' | 'held-out-2';
  debatable?: string;
}

/** What a reader returns: the settings it found (extra keys such as `read` are ignored). */
export type SettingsReader = (text: string, offset: number, languageId?: string) => object;

export interface FieldOutcome {
  id: string;
  field: string;
  expected?: unknown;
  got?: unknown;
}
export interface RunScore {
  records: number;
  stated: number;
  right: FieldOutcome[];
  wrong: FieldOutcome[];
  missed: FieldOutcome[];
  invented: FieldOutcome[];
  /** Records whose excerpt states no setting at all, and what was invented on them. */
  silentRecords: number;
  inventedOnSilent: number;
}

/** Fields of RunSettings that are scored (everything but `read`). */
const IGNORED = new Set(['read', 'at']);

export function loadRuns(): RunRecord[] {
  return fs
    .readFileSync(corpusPath(), 'utf8')
    .split('\n')
    .filter(l => l.trim())
    .map(l => JSON.parse(l) as RunRecord);
}

export function offsetOf(r: RunRecord): number {
  const at = r.settings.at;
  if (typeof at === 'number') return at;
  const i = r.text.indexOf(at);
  if (i < 0) throw new Error(`${r.id}: "${at}" is not in the text`);
  return i;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  // lists (--tensor-split 3,1) are the same when every entry is
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

export function scoreRuns(read: SettingsReader, pick: (r: RunRecord) => boolean = () => true): RunScore {
  const score: RunScore = {
    records: 0,
    stated: 0,
    right: [],
    wrong: [],
    missed: [],
    invented: [],
    silentRecords: 0,
    inventedOnSilent: 0,
  };
  for (const r of loadRuns()) {
    if (r.debatable || !pick(r)) continue;
    score.records++;
    const got = read(r.text, offsetOf(r), r.language) as Record<string, unknown>;
    const expected = Object.entries(r.settings).filter(([k]) => !IGNORED.has(k));
    if (!expected.length) score.silentRecords++;
    for (const [field, value] of expected) {
      score.stated++;
      const g = got[field];
      const o = { id: r.id, field, expected: value, got: g };
      if (g === undefined) score.missed.push(o);
      else if (same(g, value)) score.right.push(o);
      else score.wrong.push(o);
    }
    for (const [field, g] of Object.entries(got)) {
      if (IGNORED.has(field) || g === undefined || field in r.settings) continue;
      score.invented.push({ id: r.id, field, got: g });
      if (!expected.length) score.inventedOnSilent++;
    }
  }
  return score;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** Lines for the benchmark report. */
export function describeScore(name: string, s: RunScore): string[] {
  const readFields = s.right.length + s.wrong.length + s.invented.length;
  return [
    `${name}: ${s.records} excerpts, ${s.stated} stated settings`,
    `  right ${s.right.length} (${pct(s.right.length, s.stated)})  wrong ${s.wrong.length}  missed ${s.missed.length}` +
      `  invented ${s.invented.length} (${pct(s.invented.length, readFields)} of what was read;` +
      ` ${s.inventedOnSilent} on the ${s.silentRecords} excerpts that state nothing)`,
  ];
}

// Scores the recognizer on the labelled corpus of real lines (test/data/corpus/lines.jsonl):
// recall, exact spans, sizes and formats of the labels found, and false alarms on look-alike
// negative lines; beside it the naive two-regex rule on the same lines. Shared by
// `npm run bench:accuracy` (prints) and the unit test (asserts the targets).
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { findLabels } from '../../src/core/recognize/findLabels';
import type { Label } from '../../src/core/types';

/** The corpus file, found from wherever this module was bundled to (out/test/…, any depth). */
function corpusFile(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const file = path.join(dir, 'test/data/corpus/lines.jsonl');
    if (fs.existsSync(file)) return file;
    dir = path.dirname(dir);
  }
  throw new Error('test/data/corpus/lines.jsonl not found above ' + __dirname);
}

export interface GoldLabel {
  start: number;
  end: number;
  text: string;
  kind: 'params' | 'quant' | 'model';
  params?: number;
  activeParams?: number;
  quant?: string;
  model?: string;
}
export interface CorpusRecord {
  id: string;
  source: { repo: string; path: string; commit: string | null; url?: string };
  language: string;
  text: string;
  labels?: GoldLabel[];
  negative?: boolean;
  family?: string;
  debatable?: string;
}

export function loadCorpus(file = corpusFile()): CorpusRecord[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(l => l.trim())
    .map(l => JSON.parse(l) as CorpusRecord);
}

/** A quarter of the repositories, chosen by hash, held out: the changes were not tuned on them. */
export function heldOut(repo: string): boolean {
  return crypto.createHash('sha1').update(repo).digest()[0] < 64;
}

export type Recognizer = (text: string) => Array<Pick<Label, 'start' | 'end' | 'params' | 'quant' | 'model'>>;

/** The rule a hurried reader would write: any number+B/M is a size, two GGUF shapes are formats. */
export const naiveRecognizer: Recognizer = text => {
  const out: ReturnType<Recognizer> = [];
  for (const m of text.matchAll(/\d+(\.\d+)?[BM]\b/gi)) {
    const unit = m[0].slice(-1).toLowerCase() === 'b' ? 1e9 : 1e6;
    out.push({ start: m.index!, end: m.index! + m[0].length, params: Number(m[0].slice(0, -1)) * unit });
  }
  for (const m of text.matchAll(/Q\d_K_[SML]|Q\d_\d/g))
    out.push({ start: m.index!, end: m.index! + m[0].length, quant: m[0] });
  return out;
};

export interface Score {
  lines: number;
  goldLabels: number;
  negatives: number;
  debatable: number;
  found: number;
  exact: number;
  sizedFound: number;
  sizesRight: number;
  formatFound: number;
  formatsRight: number;
  falseAlarmLines: number;
  strayLabels: number;
  misses: string[];
  wrong: string[];
  alarms: string[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Sizes agree: within 2 % of a catalog model's real count, or within 10 % of the nominal size a name
 * states ("Mistral-7B-OpenOrca" says 7B; its base model has 7.24e9 and either reading is right).
 */
const sameSize = (found: number, gold: GoldLabel) =>
  Math.abs(found - gold.params!) <= (gold.model ? 0.02 : 0.1) * Math.max(found, gold.params!);

export function score(records: CorpusRecord[], recognize: Recognizer): Score {
  const s: Score = {
    lines: 0,
    goldLabels: 0,
    negatives: 0,
    debatable: 0,
    found: 0,
    exact: 0,
    sizedFound: 0,
    sizesRight: 0,
    formatFound: 0,
    formatsRight: 0,
    falseAlarmLines: 0,
    strayLabels: 0,
    misses: [],
    wrong: [],
    alarms: [],
  };
  for (const r of records) {
    if (r.debatable) {
      s.debatable++;
      continue;
    }
    s.lines++;
    const found = recognize(r.text);
    if (r.negative) {
      s.negatives++;
      if (found.length) {
        s.falseAlarmLines++;
        s.alarms.push(`${r.id} [${r.family}] ${found.map(f => r.text.slice(f.start, f.end)).join(', ')}`);
      }
      continue;
    }
    const gold = r.labels ?? [];
    s.goldLabels += gold.length;
    s.strayLabels += found.filter(f => !gold.some(g => overlap(f, g) > 0)).length;
    for (const g of gold) {
      let best: (typeof found)[number] | undefined;
      for (const f of found) if (overlap(f, g) > 0 && (!best || overlap(f, g) > overlap(best, g))) best = f;
      if (!best) {
        s.misses.push(`${r.id}: "${g.text}"`);
        continue;
      }
      s.found++;
      if (best.start === g.start && best.end === g.end) s.exact++;
      else s.wrong.push(`${r.id}: span "${r.text.slice(best.start, best.end)}" for "${g.text}"`);
      if (g.params !== undefined) {
        s.sizedFound++;
        if (best.params !== undefined && sameSize(best.params, g)) s.sizesRight++;
        else s.wrong.push(`${r.id}: size ${best.params ?? 'none'} for "${g.text}" (${g.params})`);
      }
      if (g.quant !== undefined) {
        s.formatFound++;
        if (best.quant === g.quant) s.formatsRight++;
        else s.wrong.push(`${r.id}: format ${best.quant ?? 'none'} for "${g.text}" (${g.quant})`);
      }
    }
  }
  return s;
}

export const percent = (n: number, d: number) => (d ? (100 * n) / d : NaN);

export interface Rates {
  recall: number;
  exactSpans: number;
  sizesRight: number;
  formatsRight: number;
  falseAlarms: number;
}

export function rates(s: Score): Rates {
  return {
    recall: percent(s.found, s.goldLabels),
    exactSpans: percent(s.exact, s.found),
    sizesRight: percent(s.sizesRight, s.sizedFound),
    formatsRight: percent(s.formatsRight, s.formatFound),
    falseAlarms: percent(s.falseAlarmLines, s.negatives),
  };
}

export const paramLensRecognizer: Recognizer = text => findLabels(text);

/** The printed table: Param Lens beside the naive rule, on all lines and on the held-out quarter. */
export function report(records = loadCorpus()): string {
  const out: string[] = [];
  const repos = new Set(records.map(r => r.source.repo));
  const held = records.filter(r => heldOut(r.source.repo));
  out.push(
    `Recognizer on real lines (test/data/corpus/lines.jsonl): ${records.length} lines from ${repos.size} repositories`,
  );
  for (const [name, set] of [
    ['all lines', records],
    ['held-out quarter of repositories', held],
  ] as const) {
    const ours = score([...set], paramLensRecognizer);
    const naive = score([...set], naiveRecognizer);
    out.push(
      `\n${name}: ${ours.goldLabels} labels on ${ours.lines - ours.negatives} lines, ${ours.negatives} negative ` +
        `lines, ${ours.debatable} debatable left out`,
    );
    out.push(`${''.padEnd(34)}${'Param Lens'.padEnd(14)}naive two-regex rule`);
    const a = rates(ours);
    const b = rates(naive);
    const row = (label: string, x: number, y: number, note: string) =>
      out.push(`  ${label.padEnd(32)}${`${x.toFixed(1)}%`.padEnd(14)}${`${y.toFixed(1)}%`.padEnd(10)}${note}`);
    row('recall', a.recall, b.recall, `(${ours.found}/${ours.goldLabels})`);
    row('exact spans (of found)', a.exactSpans, b.exactSpans, `(${ours.exact}/${ours.found})`);
    row('sizes right (of found)', a.sizesRight, b.sizesRight, `(${ours.sizesRight}/${ours.sizedFound})`);
    row('formats right (of found)', a.formatsRight, b.formatsRight, `(${ours.formatsRight}/${ours.formatFound})`);
    row('false alarms (negative lines)', a.falseAlarms, b.falseAlarms, `(${ours.falseAlarmLines}/${ours.negatives})`);
    out.push(`  stray labels on labelled lines: ${ours.strayLabels} (naive ${naive.strayLabels})`);
  }
  return out.join('\n');
}

/** The misses, wrong readings and false alarms, for working on families. */
export function details(records = loadCorpus()): string {
  const s = score(records, paramLensRecognizer);
  return [
    `Misses (${s.misses.length}):`,
    ...s.misses,
    `Wrong (${s.wrong.length}):`,
    ...s.wrong,
    `False alarms (${s.alarms.length}):`,
    ...s.alarms,
  ].join('\n');
}

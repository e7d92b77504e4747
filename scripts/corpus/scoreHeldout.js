#!/usr/bin/env node
// Scores the built public core (dist/core.js) on the held-out corpora of split heldout-2026-12:
// test/data/corpus/heldout-lines.jsonl (recognizer: the matching rules of test/accuracy/recognizerScore.ts) and
// test/data/corpus/heldout-runs.jsonl (run settings: the rules of test/accuracy/runSettings.ts), and how the model
// names of both resolve through lookupModel (the outcomes of test/accuracy/nameResolution.ts).
// Usage: node esbuild.js && node scripts/corpus/scoreHeldout.js [--details] [--second]
// --second scores the second held-out split (heldout2-2026-12: heldout2-lines.jsonl, heldout2-runs.jsonl and the
// configs of test/data/configs-heldout, HELDOUT2.md) instead of the first.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const core = require(path.join(root, 'dist', 'core.js'));
const details = process.argv.includes('--details');
const second = process.argv.includes('--second');
const set = second ? 'heldout2' : 'heldout';
const load = name =>
  fs
    .readFileSync(path.join(root, 'test/data/corpus', name), 'utf8')
    .split('\n')
    .filter(l => l.trim())
    .map(l => JSON.parse(l));
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const overlap = (a, b) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
// within 2 % of a catalog count, 10 % of a nominal size (recognizerScore.ts)
const sameSize = (found, gold) =>
  Math.abs(found - gold.params) <= (gold.model ? 0.02 : 0.1) * Math.max(found, gold.params);

// ---- lines
const lines = load(`${set}-lines.jsonl`);
const s = { lines: 0, gold: 0, negatives: 0, debatable: 0, found: 0, exact: 0, sized: 0, sizesRight: 0 };
Object.assign(s, { formats: 0, formatsRight: 0, alarmLines: 0, stray: 0 });
const misses = [];
const wrong = [];
const alarms = [];
for (const r of lines) {
  if (r.debatable) {
    s.debatable++;
    continue;
  }
  s.lines++;
  const found = core.findLabels(r.text);
  if (r.negative) {
    s.negatives++;
    if (found.length) {
      s.alarmLines++;
      alarms.push(`${r.id} [${r.family}] ${found.map(f => JSON.stringify(r.text.slice(f.start, f.end))).join(', ')}`);
    }
    continue;
  }
  const gold = r.labels || [];
  s.gold += gold.length;
  s.stray += found.filter(f => !gold.some(g => overlap(f, g) > 0)).length;
  for (const g of gold) {
    let best;
    for (const f of found) if (overlap(f, g) > 0 && (!best || overlap(f, g) > overlap(best, g))) best = f;
    if (!best) {
      misses.push(`${r.id} [${r.language}] "${g.text}"`);
      continue;
    }
    s.found++;
    if (best.start === g.start && best.end === g.end) s.exact++;
    else wrong.push(`${r.id}: span "${r.text.slice(best.start, best.end)}" for "${g.text}"`);
    if (g.params !== undefined) {
      s.sized++;
      if (best.params !== undefined && sameSize(best.params, g)) s.sizesRight++;
      else wrong.push(`${r.id}: size ${best.params ?? 'none'} for "${g.text}" (${g.params})`);
    }
    if (g.quant !== undefined) {
      s.formats++;
      if (best.quant === g.quant) s.formatsRight++;
      else wrong.push(`${r.id}: format ${best.quant ?? 'none'} for "${g.text}" (${g.quant})`);
    }
  }
}
const repos = new Set(lines.map(r => r.source.repo)).size;
console.log(`Held-out lines (${set}-lines.jsonl): ${lines.length} lines from ${repos} repositories`);
console.log(
  `  ${s.gold} labels on ${s.lines - s.negatives} lines, ${s.negatives} negative lines, ` +
    `${s.debatable} debatable left out`,
);
console.log(`  recall                         ${pct(s.found, s.gold)} (${s.found}/${s.gold})`);
console.log(`  exact spans (of found)         ${pct(s.exact, s.found)} (${s.exact}/${s.found})`);
console.log(`  sizes right (of found)         ${pct(s.sizesRight, s.sized)} (${s.sizesRight}/${s.sized})`);
console.log(`  formats right (of found)       ${pct(s.formatsRight, s.formats)} (${s.formatsRight}/${s.formats})`);
console.log(`  false alarms (negative lines)  ${pct(s.alarmLines, s.negatives)} (${s.alarmLines}/${s.negatives})`);
console.log(`  stray labels on labelled lines: ${s.stray}`);

// ---- runs
const runs = load(`${set}-runs.jsonl`);
const IGNORED = new Set(['read', 'at']);
const same = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);
const rs = { records: 0, stated: 0, right: [], wrong: [], missed: [], invented: [], silent: 0, onSilent: 0 };
for (const r of runs) {
  if (r.debatable) continue;
  rs.records++;
  const at = typeof r.settings.at === 'number' ? r.settings.at : r.text.indexOf(r.settings.at);
  const got = core.runSettingsAt(r.text, at, r.language);
  const expected = Object.entries(r.settings).filter(([k]) => !IGNORED.has(k));
  if (!expected.length) rs.silent++;
  for (const [field, value] of expected) {
    rs.stated++;
    const o = `${r.id} ${field}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got[field])}`;
    if (got[field] === undefined) rs.missed.push(o);
    else if (same(got[field], value)) rs.right.push(o);
    else rs.wrong.push(o);
  }
  for (const [field, g] of Object.entries(got)) {
    if (IGNORED.has(field) || g === undefined || field in r.settings) continue;
    rs.invented.push(`${r.id} ${field}: ${JSON.stringify(g)}`);
    if (!expected.length) rs.onSilent++;
  }
}
const readFields = rs.right.length + rs.wrong.length + rs.invented.length;
console.log(`\nHeld-out run files (${set}-runs.jsonl): ${rs.records} excerpts scored, ${rs.stated} stated settings`);
console.log(
  `  right ${rs.right.length} (${pct(rs.right.length, rs.stated)})  wrong ${rs.wrong.length}  missed ` +
    `${rs.missed.length}  invented ${rs.invented.length} (${pct(rs.invented.length, readFields)} of what was read;` +
    ` ${rs.onSilent} on the ${rs.silent} excerpts that state nothing)`,
);

// ---- names: every model label of the lines and every run label, through lookupModel
const names = [];
for (const r of lines)
  if (!r.debatable) for (const g of r.labels || []) if (g.kind === 'model') names.push({ id: r.id, name: g.text, g });
for (const r of runs) if (typeof r.settings.at === 'string') names.push({ id: r.id, name: r.settings.at, g: {} });
const hasSize = n => core.findLabels(n).some(l => l.params !== undefined);
const counts = { exact: 0, derivative: 0, size: 0, none: 0 };
const otherBase = [];
const unresolved = [];
for (const n of names) {
  const m = core.lookupModel(n.name);
  const got = m ? (m.resolvedAs === 'derivative' ? 'derivative' : 'exact') : hasSize(n.name) ? 'size' : 'none';
  counts[got]++;
  const base = m && (m.resolvedAs === 'derivative' ? m.baseModel : m.id);
  if (m && n.g.model && base !== n.g.model) otherBase.push(`${n.id} "${n.name}" → ${base} (labelled ${n.g.model})`);
  if (!m) unresolved.push(`${n.id} "${n.name}" (${got})`);
}
console.log(`\nModel names through lookupModel: ${names.length} names (model labels of the lines + run labels)`);
console.log(
  `  exact ${counts.exact} (${pct(counts.exact, names.length)})  derivative ${counts.derivative} ` +
    `(${pct(counts.derivative, names.length)})  size only ${counts.size} (${pct(counts.size, names.length)})  none ` +
    `${counts.none} (${pct(counts.none, names.length)})`,
);
console.log(`  resolved to another catalog model than the label names: ${otherBase.length}`);

if (second) require('./scoreHeldoutConfigs.js')(core, root, details);

if (details) {
  const show = (title, xs) => console.log(`\n${title} (${xs.length}):\n${xs.map(x => `  ${x}`).join('\n')}`);
  show('Missed labels', misses);
  show('Wrong spans/sizes/formats', wrong);
  show('False alarms', alarms);
  show('Runs: wrong', rs.wrong);
  show('Runs: missed', rs.missed);
  show('Runs: invented', rs.invented);
  show('Names: other base', otherBase);
  show('Names: not resolved', unresolved);
}

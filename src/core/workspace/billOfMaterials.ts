// The Models view as Markdown: a "model bill of materials" for a README or a review: one row per
// model (formats, runs as configured, memory, fit), or one model with each of its mentions.
import { escapeMarkdown, table } from '../render/markdown';
import { formatBytes, type MemoryUnit } from '../units';
import type { Verdict } from '../fit/fit';
import type { ModelRow, PricedMention } from './modelTable';

const FIT_WORDS: Record<Verdict, string> = { fits: 'fits', tight: 'tight', no: 'does not fit' };

export function memoryRange(row: ModelRow, units: MemoryUnit): string {
  if (row.maxBytes === undefined) return '—';
  const lo = formatBytes(row.minBytes!, units);
  const hi = formatBytes(row.maxBytes, units);
  return lo === hi ? `≈ ${hi}` : `≈ ${lo} – ${hi}`;
}

export function fitWord(v: Verdict | undefined): string {
  return v ? FIT_WORDS[v] : '—';
}

export interface BomOptions {
  units: MemoryUnit;
  gpusGiB?: number[];
}

/** The whole table: one row per model. */
export function billOfMaterials(rows: readonly ModelRow[], o: BomOptions): string {
  const gpus = (o.gpusGiB ?? []).filter(g => g > 0);
  const lines = ['## Models in this workspace', ''];
  if (!rows.length) return [...lines, '_No model mentions found._', ''].join('\n');
  const header = [
    'Model',
    'Mentions',
    'Formats',
    'Runs as configured',
    `Memory (${o.units})`,
    gpus.length ? `Fit on ${gpus.join(' + ')} GiB` : 'Fit',
  ];
  lines.push(
    table(
      header,
      rows.map(r => [
        escapeMarkdown(r.name),
        String(r.mentions.length),
        escapeMarkdown(r.formats.join(', ')),
        escapeMarkdown(r.runs.join('; ') || 'not stated (defaults)'),
        memoryRange(r, o.units),
        gpus.length ? fitWord(r.verdict) : 'no GPU set',
      ]),
    ),
  );
  lines.push(
    '',
    '_Memory: what must sit in GPU memory for each mention as its file configures it; ' + 'estimated by Param Lens._',
    '',
  );
  return lines.join('\n');
}

/** One model: each mention with its file, line, run and memory. */
export function modelMarkdown(row: ModelRow, o: BomOptions): string {
  const lines = [`### ${escapeMarkdown(row.name)}`, ''];
  lines.push(
    table(
      ['File', 'Line', 'Format', 'Run as configured', 'Memory', 'Fit'],
      row.mentions.map(m => mentionCells(m, o)),
    ),
  );
  lines.push('');
  return lines.join('\n');
}

function mentionCells(m: PricedMention, o: BomOptions): string[] {
  return [
    escapeMarkdown(m.file) + (m.mention.cell !== undefined ? ` (cell ${m.mention.cell + 1})` : ''),
    String(m.mention.line + 1),
    escapeMarkdown(m.format),
    escapeMarkdown(m.stated ? (m.run ?? '—') : 'not stated (defaults)'),
    m.priced ? `≈ ${formatBytes(m.priced.gpuBytes, o.units)}` : '—',
    fitWord(m.priced?.verdict),
  ];
}

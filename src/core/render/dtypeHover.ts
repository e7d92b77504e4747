// The hover for a precision written as a dtype ("torch.float16", dtype="bfloat16", "bf16",
// load_in_8bit). Such words stand in every PyTorch file, so the hover stays at two lines: what one
// parameter costs in that precision, and where the glossary explains it. No model-sized tables.
import type { Label } from '../types';
import { quantFormat } from '../data/quantFormats';
import { glossarySummary, glossaryTerm } from '../glossary/glossary';
import { escapeMarkdown } from './markdown';

/** Whether a label is a dtype-style precision, which gets the brief hover. */
export function isDtypeLabel(label: Label): boolean {
  return label.kind === 'quant' && label.detail?.dtype === true && !!label.quant && !!quantFormat(label.quant);
}

/** Bytes per parameter, written plainly: 2, 4, 1, 0.56. */
function bytesPerParameter(bitsPerWeight: number): string {
  const bytes = bitsPerWeight / 8;
  return Number.isInteger(bytes) ? String(bytes) : bytes.toFixed(2).replace(/0$/, '');
}

/** Two lines of Markdown: the cost of one parameter, then the glossary link (when links are on). */
export function renderDtypeHover(label: Label, glossaryLink?: (id: string) => string): string {
  const f = quantFormat(label.quant!)!;
  const bpw = label.bitsPerWeight ?? f.typeBpw;
  const bytes = bytesPerParameter(bpw);
  const unit = bytes === '1' ? 'byte' : 'bytes';
  const first =
    `**${escapeMarkdown(label.text)}** — ${escapeMarkdown(f.name)}: ${bytes} ${unit} per parameter` +
    ` (${escapeMarkdown(f.describe)}).`;
  const term = glossarySummary(f.glossaryId) !== undefined ? glossaryTerm(f.glossaryId) : undefined;
  if (!glossaryLink || !term) return first;
  return `${first}\n\n$(book) Glossary: [${escapeMarkdown(term)}](${glossaryLink(f.glossaryId)})`;
}

// Every model a file's text mentions, with where it is and the run settings written around it:
// what the Models view, the fit diagnostics and the inlay hints share. Settings-independent (no
// GPU, unit or engine preference enters here), so a file is read once per change and its result
// kept until the file changes again. Bounded: files over MAX_FILE_CHARS are not read, and at most
// MAX_MENTIONS_PER_FILE mentions are kept per file.
import { findLabels } from '../recognize/findLabels';
import { runSettingsAt } from '../settings/runSettingsAt';
import type { Label, RunSettings } from '../types';
import { notebookCells } from './notebookCells';

export const MAX_FILE_CHARS = 1_000_000;
export const MAX_MENTIONS_PER_FILE = 200;

export interface Mention {
  /** Notebook cell index (code and Markdown cells counted together), when the file is a notebook. */
  cell?: number;
  /** Zero-based line and UTF-16 columns of the model name, in the file (or in its cell). */
  line: number;
  start: number;
  end: number;
  /** The recognizer's label (catalog id in `model` when the name is known). */
  label: Label;
  /** What the text around it says about the run (offsets in `read` are into the file or cell). */
  settings: RunSettings;
  /** The group key: the catalog id, else the name as written, lower-cased. */
  key: string;
}

/** The models mentioned in a file's text; `languageId` as VS Code names it ('jupyter' for .ipynb). */
export function fileMentions(text: string, languageId: string): Mention[] {
  if (typeof text !== 'string') throw new TypeError('fileMentions: text must be a string');
  if (typeof languageId !== 'string') throw new TypeError('fileMentions: languageId must be a string');
  if (text.length > MAX_FILE_CHARS) return [];
  if (languageId === 'jupyter') return notebookMentions(text);
  return mentionsIn(text, languageId, undefined, MAX_MENTIONS_PER_FILE);
}

/** A notebook: code cells are read together (a model loaded in one cell runs in the next). */
function notebookMentions(json: string): Mention[] {
  const cells = notebookCells(json);
  const out: Mention[] = [];
  const code = cells.map((c, i) => ({ ...c, i })).filter(c => c.kind === 'code');
  let joined = '';
  const starts: number[] = [];
  for (const c of code) {
    starts.push(joined.length);
    joined += `${c.text}\n`;
  }
  const inCode = mentionsIn(joined, 'python', undefined, MAX_MENTIONS_PER_FILE);
  for (const m of inCode) {
    let k = starts.length - 1;
    while (k > 0 && offsetOfLine(joined, m.line) < starts[k]) k--;
    const cellLine = countLines(joined, starts[k], offsetOfLine(joined, m.line));
    out.push({ ...m, cell: code[k].i, line: cellLine, settings: { ...m.settings, read: [] } });
  }
  cells.forEach((c, i) => {
    if (c.kind !== 'markdown' || out.length >= MAX_MENTIONS_PER_FILE) return;
    out.push(...mentionsIn(c.text, 'markdown', i, MAX_MENTIONS_PER_FILE - out.length));
  });
  return out;
}

function mentionsIn(text: string, languageId: string, cell: number | undefined, limit: number): Mention[] {
  const out: Mention[] = [];
  let lineStart = 0;
  let line = 0;
  for (const label of findLabels(text)) {
    if (label.kind !== 'model') continue;
    if (out.length >= limit) break;
    while (true) {
      const nl = text.indexOf('\n', lineStart);
      if (nl < 0 || nl >= label.start) break;
      lineStart = nl + 1;
      line++;
    }
    // Own copies: a slice of the file's text would keep the whole text alive in the index.
    const own = JSON.parse(JSON.stringify({ label, settings: runSettingsAt(text, label.start, languageId) })) as
      { label: Label; settings: RunSettings };
    out.push({
      ...(cell !== undefined ? { cell } : {}),
      line, start: label.start - lineStart, end: label.end - lineStart, label: own.label, settings: own.settings,
      key: label.model ?? label.text.toLowerCase(),
    });
  }
  return out;
}

function offsetOfLine(text: string, line: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

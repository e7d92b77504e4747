// Every model a file's text mentions, with where it is and the run settings written around it:
// what the Models view, the fit diagnostics and the inlay hints share. Settings-independent (no
// GPU, unit or engine preference enters here), so a file is read once per change and its result
// kept until the file changes again. Bounded: files over MAX_FILE_CHARS are not read, and at most
// MAX_MENTIONS_PER_FILE mentions are kept per file.
import { findLabels } from '../recognize/findLabels';
import { CONTEXT_CHARS } from '../recognize/context';
import { MAX_TOKEN } from '../recognize/tokens';
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

/**
 * Text is recognized in pieces of about this many characters, so that a caller that must stay
 * responsive (the extension host) can pause between pieces (fileMentionSteps).
 */
export const PIECE_CHARS = 4096;

/** The models mentioned in a file's text; `languageId` as VS Code names it ('jupyter' for .ipynb). */
export function fileMentions(text: string, languageId: string): Mention[] {
  const steps = fileMentionSteps(text, languageId);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The same, one piece of text per step: the result is the generator's return value. */
export function* fileMentionSteps(text: string, languageId: string): Generator<void, Mention[]> {
  if (typeof text !== 'string') throw new TypeError('fileMentions: text must be a string');
  if (typeof languageId !== 'string') throw new TypeError('fileMentions: languageId must be a string');
  if (text.length > MAX_FILE_CHARS) return [];
  if (languageId === 'jupyter') return yield* notebookMentions(text);
  return yield* mentionsIn(text, languageId, undefined, MAX_MENTIONS_PER_FILE);
}

/**
 * The model labels of `text`, found piece by piece: each token is classified from at most
 * CONTEXT_CHARS on either side (recognize/findLabels.ts), so a piece cut at a line end and read with
 * that margin gives the labels the whole text gives.
 */
function* modelLabels(text: string): Generator<void, Label[]> {
  const margin = CONTEXT_CHARS + MAX_TOKEN;
  const out: Label[] = [];
  for (let a = 0; a < text.length;) {
    let b = a + PIECE_CHARS >= text.length ? text.length : text.indexOf('\n', a + PIECE_CHARS);
    if (b < 0) b = text.length;
    const lo = Math.max(0, a - margin);
    const piece = text.slice(lo, Math.min(text.length, b + margin));
    for (const l of findLabels(piece)) {
      const start = l.start + lo;
      if (l.kind === 'model' && start >= a && start < b) out.push({ ...l, start, end: l.end + lo });
    }
    a = b;
    if (a < text.length) yield;
  }
  return out;
}

/** A notebook: code cells are read together (a model loaded in one cell runs in the next). */
function* notebookMentions(json: string): Generator<void, Mention[]> {
  const cells = notebookCells(json);
  const out: Mention[] = [];
  const code = cells.map((c, i) => ({ ...c, i })).filter(c => c.kind === 'code');
  let joined = '';
  const starts: number[] = [];
  for (const c of code) {
    starts.push(joined.length);
    joined += `${c.text}\n`;
  }
  const inCode = yield* mentionsIn(joined, 'python', undefined, MAX_MENTIONS_PER_FILE);
  for (const m of inCode) {
    let k = starts.length - 1;
    while (k > 0 && offsetOfLine(joined, m.line) < starts[k]) k--;
    const cellLine = countLines(joined, starts[k], offsetOfLine(joined, m.line));
    out.push({ ...m, cell: code[k].i, line: cellLine, settings: { ...m.settings, read: [] } });
  }
  for (const [i, c] of cells.entries()) {
    if (c.kind !== 'markdown' || out.length >= MAX_MENTIONS_PER_FILE) continue;
    out.push(...(yield* mentionsIn(c.text, 'markdown', i, MAX_MENTIONS_PER_FILE - out.length)));
  }
  return out;
}

function* mentionsIn(
  text: string,
  languageId: string,
  cell: number | undefined,
  limit: number,
): Generator<void, Mention[]> {
  const out: Mention[] = [];
  let lineStart = 0;
  let line = 0;
  for (const label of yield* modelLabels(text)) {
    if (out.length >= limit) break;
    while (true) {
      const nl = text.indexOf('\n', lineStart);
      if (nl < 0 || nl >= label.start) break;
      lineStart = nl + 1;
      line++;
    }
    // Own copies: a slice of the file's text would keep the whole text alive in the index.
    const own = JSON.parse(JSON.stringify({ label, settings: runSettingsAt(text, label.start, languageId) })) as {
      label: Label;
      settings: RunSettings;
    };
    out.push({
      ...(cell !== undefined ? { cell } : {}),
      line,
      start: label.start - lineStart,
      end: label.end - lineStart,
      label: own.label,
      settings: own.settings,
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

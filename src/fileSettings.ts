// The run settings the document states around a position: hands the core a bounded window of
// lines (never the whole file) and the language id. In a notebook each cell is its own document,
// so the code cells around this one (up to NOTEBOOK_CELLS each side) are read together: a model
// loaded in one cell and trained in the next is one run. Shared by the hover and the estimate
// command.
import * as vscode from 'vscode';
import { runSettingsAt } from './core/settings/runSettingsAt';
import { WINDOW_CHARS, WINDOW_LINES } from './core/settings/window';
import type { RunSettings } from './core/types';

const NOTEBOOK_CELLS = 12;

export function runSettingsNear(document: vscode.TextDocument, line: number, character: number): RunSettings {
  const inNotebook = notebookText(document, line, character);
  if (inNotebook) return runSettingsAt(inNotebook.text, inNotebook.offset, document.languageId);
  const first = Math.max(0, line - WINDOW_LINES);
  const last = Math.min(document.lineCount - 1, line + WINDOW_LINES);
  // Whole lines, but never more than WINDOW_CHARS each side: a minified line is cut around the label.
  const at = document.offsetAt(new vscode.Position(line, character));
  const from = Math.max(document.offsetAt(new vscode.Position(first, 0)), at - WINDOW_CHARS);
  const to = Math.min(
    document.offsetAt(new vscode.Position(last, document.lineAt(last).text.length)),
    at + WINDOW_CHARS,
  );
  const range = new vscode.Range(document.positionAt(from), document.positionAt(to));
  const text = document.getText(range);
  const offset = document.offsetAt(new vscode.Position(line, character)) - document.offsetAt(range.start);
  return runSettingsAt(text, Math.max(0, Math.min(offset, text.length)), document.languageId);
}

/** The code cells around a notebook cell, joined, and the position's offset in them. */
function notebookText(
  document: vscode.TextDocument,
  line: number,
  character: number,
): { text: string; offset: number } | undefined {
  if (document.uri.scheme !== 'vscode-notebook-cell') return undefined;
  const notebook = vscode.workspace.notebookDocuments.find(n => n.getCells().some(c => c.document === document));
  if (!notebook) return undefined;
  const cells = notebook.getCells();
  const index = cells.findIndex(c => c.document === document);
  const around = cells
    .slice(Math.max(0, index - NOTEBOOK_CELLS), index + NOTEBOOK_CELLS + 1)
    .filter(c => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === document.languageId);
  let text = '';
  let offset = 0;
  for (const cell of around) {
    if (cell.document === document) offset = text.length + document.offsetAt(new vscode.Position(line, character));
    text += `${cell.document.getText()}\n`;
  }
  return { text, offset };
}

// The run settings the document states around a position: hands the core a bounded window of
// lines (never the whole file) and the language id. Shared by the hover and the estimate command.
import * as vscode from 'vscode';
import { runSettingsAt } from './core/settings/runSettingsAt';
import { WINDOW_LINES } from './core/settings/window';
import type { RunSettings } from './core/types';

export function runSettingsNear(document: vscode.TextDocument, line: number, character: number): RunSettings {
  const first = Math.max(0, line - WINDOW_LINES);
  const last = Math.min(document.lineCount - 1, line + WINDOW_LINES);
  const range = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
  const text = document.getText(range);
  const offset = document.offsetAt(new vscode.Position(line, character)) - document.offsetAt(range.start);
  return runSettingsAt(text, Math.max(0, Math.min(offset, text.length)), document.languageId);
}

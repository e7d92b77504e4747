// Param Lens: Open Glossary [id] — reveals the glossary panel, at an entry when a valid id is
// given (from the palette, a hover link or another extension). Arguments are untrusted input.
import * as vscode from 'vscode';
import type { GlossaryViewProvider } from '../glossaryView';
import { isGlossaryId } from '../webview/messages';

export const OPEN_GLOSSARY = 'paramLens.openGlossary';

export function registerOpenGlossary(provider: GlossaryViewProvider): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_GLOSSARY, (id?: unknown) =>
    provider.reveal(isGlossaryId(id) ? id : undefined),
  );
}

/** A command link for a hover: opens the glossary at `id`. */
export function openGlossaryLink(id: string): string {
  return `command:${OPEN_GLOSSARY}?${encodeURIComponent(JSON.stringify([id]))}`;
}

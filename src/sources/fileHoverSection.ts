// The hover's part for a model file named at the pointer: the figures read from the file, or that
// it is being read, or why it could not be. Synchronous: it only asks LocalModels what is known.
import type * as vscode from 'vscode';
import { referenceAt } from './referenceAt';
import type { LocalModels } from './localModels';
import type { LocalModelRead } from './localModelRead';
import { renderFileModel, renderFileStatus, type FileModelOptions } from '../core/render/fileModelMarkdown';
import { isEngine } from '../core/options';
import { runSettingsNear } from '../fileSettings';

/** The section of a read, per settings: hovering the same path again renders nothing. */
const renders = new WeakMap<object, { key: string; markdown: string }>();
function rendered(read: LocalModelRead, options: FileModelOptions): string {
  const key = JSON.stringify([options.units, options.contextTokens, options.engine, options.kvCacheQuant]);
  const hit = renders.get(read);
  if (hit?.key === key) return hit.markdown;
  const markdown = renderFileModel(read, options);
  renders.set(read, { key, markdown });
  return markdown;
}

export interface FileHoverSection {
  markdown: string;
  start: number;
  end: number;
}

/** The user's settings as they stand: an engine setting of 'auto' leaves the choice to the file's kind. */
export type FileHoverSettings = Omit<FileModelOptions, 'engine'> & { engine?: string };

export function fileHoverSection(
  models: LocalModels,
  document: vscode.TextDocument,
  position: vscode.Position,
  settings: FileHoverSettings,
): FileHoverSection | undefined {
  const ref = referenceAt(document.lineAt(position.line).text, position.character);
  if (!ref) return undefined;
  const known = models.peek(ref, models.context(document.uri));
  const at = { start: ref.start, end: ref.end };
  switch (known.state) {
    case 'none':
      return undefined;
    // A name (Hub id, Ollama tag) or a folder path may be no model at all: "reading" is said for a GGUF path only.
    case 'reading':
      return ref.kinds.includes('gguf') ? { markdown: renderFileStatus('reading', ref.text), ...at } : undefined;
    case 'failed':
      return { markdown: renderFileStatus(known.missing ? 'missing' : 'failed', known.reason), ...at };
    case 'done': {
      // What the file says about how this model runs (n_ctx=32768 beside the path) wins over the settings.
      const run = runSettingsNear(document, position.line, ref.start);
      const engine = run.engine ?? settings.engine;
      const options: FileModelOptions = {
        units: settings.units,
        contextTokens: run.contextTokens ?? settings.contextTokens,
        kvCacheQuant: run.kvCacheQuant ?? settings.kvCacheQuant,
        engine: isEngine(engine) ? engine : undefined,
      };
      return { markdown: rendered(known.read, options), ...at };
    }
  }
}

// The Models view's commands: scan again, stop, export the table as Markdown (the "model bill of
// materials"), and per row: open the mention, Estimate…, Open Glossary, Copy as Markdown.
// Arguments come from the view's own nodes; anything else is ignored.
import * as vscode from 'vscode';
import type { Settings } from '../settings';
import type { WorkspaceModels } from '../workspaceModels';
import { REVEAL_MENTION, type ModelsNode, type ModelsViewProvider } from '../modelsView';
import { billOfMaterials, modelMarkdown } from '../core/workspace/billOfMaterials';
import { glossaryIdsFor } from '../core/render/hoverMarkdown';
import { ESTIMATE } from './estimate';
import { requestAsConfigured } from '../shared/requestAsConfigured';
import { OPEN_GLOSSARY } from './openGlossary';
import type { PricedMention } from '../core/workspace/modelTable';

export const MODELS_COMMANDS = {
  refresh: 'paramLens.scanModels',
  stop: 'paramLens.stopModelScan',
  export: 'paramLens.exportModels',
  reveal: REVEAL_MENTION,
  estimate: 'paramLens.estimateModel',
  glossary: 'paramLens.openModelGlossary',
  copy: 'paramLens.copyModelMarkdown',
} as const;

function isNode(x: unknown): x is Exclude<ModelsNode, { kind: 'note' }> {
  const k = (x as { kind?: unknown } | undefined)?.kind;
  return (
    (k === 'model' && !!(x as { row?: unknown }).row) || (k === 'mention' && !!(x as { mention?: unknown }).mention)
  );
}

/** The mention a node stands for (a model: its first). */
function mentionOf(node: Exclude<ModelsNode, { kind: 'note' }>): PricedMention {
  return node.kind === 'mention' ? node.mention : node.row.mentions[0];
}

export function registerModelsCommands(
  view: ModelsViewProvider,
  models: WorkspaceModels,
  settings: Settings,
): vscode.Disposable {
  const bom = () => billOfMaterials(view.table(), { units: settings.current.units, gpusGiB: settings.current.gpusGiB });
  return vscode.Disposable.from(
    vscode.commands.registerCommand(MODELS_COMMANDS.refresh, () => models.scan()),
    vscode.commands.registerCommand(MODELS_COMMANDS.stop, () => models.cancel()),
    vscode.commands.registerCommand(MODELS_COMMANDS.export, async () => {
      await models.ready();
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: bom() });
      await vscode.window.showTextDocument(doc);
      return doc;
    }),
    vscode.commands.registerCommand(MODELS_COMMANDS.reveal, async (node?: unknown) => {
      if (!isNode(node)) return;
      const m = mentionOf(node);
      const uri = models.uriOf(m.file);
      if (uri) await reveal(uri, m);
    }),
    vscode.commands.registerCommand(MODELS_COMMANDS.estimate, (node?: unknown) => {
      if (!isNode(node)) return undefined;
      const m = mentionOf(node);
      return vscode.commands.executeCommand(
        ESTIMATE,
        requestAsConfigured(m.mention.label, m.mention.settings, settings.current.engine),
      );
    }),
    vscode.commands.registerCommand(MODELS_COMMANDS.glossary, (node?: unknown) => {
      if (!isNode(node)) return undefined;
      return vscode.commands.executeCommand(OPEN_GLOSSARY, glossaryIdsFor(mentionOf(node).mention.label)[0]);
    }),
    vscode.commands.registerCommand(MODELS_COMMANDS.copy, async (node?: unknown) => {
      if (!isNode(node)) return undefined;
      const row = node.kind === 'model' ? node.row : { ...node.row, mentions: [node.mention] };
      const text = modelMarkdown(row, { units: settings.current.units, gpusGiB: settings.current.gpusGiB });
      await vscode.env.clipboard.writeText(text);
      return text;
    }),
  );
}

/** Opens the file (a notebook at its cell) with the model name selected. */
async function reveal(uri: vscode.Uri, m: PricedMention): Promise<void> {
  const { line, start, end, cell } = m.mention;
  const selection = new vscode.Range(line, start, line, end);
  if (cell !== undefined) {
    const notebook = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(notebook, { selections: [new vscode.NotebookRange(cell, cell + 1)] });
    const doc = notebook.cellAt(cell)?.document;
    if (doc) await vscode.window.showTextDocument(doc, { selection, preserveFocus: false });
    return;
  }
  await vscode.window.showTextDocument(uri, { selection, preview: true });
}

// The hover adapter: hands the line under the pointer to the core and wraps its Markdown.
// The core looks only at a window around the position, so a 10 MB minified line costs the same
// as a short one. Unexpected errors are logged, never shown as a popup.
import * as vscode from 'vscode';
import { labelAt } from './core/recognize/findLabels';
import { renderHover } from './core/render/hoverMarkdown';
import type { Settings } from './settings';
import { OPEN_GLOSSARY, openGlossaryLink } from './commands/openGlossary';
import { ESTIMATE, estimateLink } from './commands/estimate';
import { runSettingsNear } from './fileSettings';
import type { LocalModels } from './sources/localModels';
import { fileHoverSection, type FileHoverSection } from './sources/fileHoverSection';

export class SizeLabelHoverProvider implements vscode.HoverProvider {
  constructor(private readonly settings: Settings, private readonly log: vscode.LogOutputChannel,
    private readonly localModels?: LocalModels) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    try {
      const s = this.settings.current;
      if (!s.hoverEnabled || s.excludedLanguages.includes(document.languageId) || token.isCancellationRequested) return undefined;
      const line = document.lineAt(position.line).text;
      const label = labelAt(line, position.character);
      // A model file named here (GGUF path, checkpoint folder, cached Hub id, Ollama tag): its own figures.
      const file = this.localModels && fileHoverSection(this.localModels, document, position, s);
      if (file && (!label || token.isCancellationRequested)) return this.fileHover(file, position.line);
      if (!label || token.isCancellationRequested) return undefined;
      // What the file says about how this model runs (same command, service, call or config).
      const runSettings = label.kind === 'quant' ? undefined : runSettingsNear(document, position.line, label.start);
      const markdown = new vscode.MarkdownString(renderHover(label, {
        units: s.units, contextTokens: s.contextTokens, engine: s.engine, kvCacheQuant: s.kvCacheQuant, gpusGiB: s.gpusGiB,
        glossaryLink: openGlossaryLink, estimateLink: () => estimateLink(label, runSettings), runSettings,
      }));
      // Command links run only our allow-listed commands; document text is escaped by the core.
      markdown.isTrusted = { enabledCommands: [OPEN_GLOSSARY, ESTIMATE] };
      markdown.supportHtml = false;
      markdown.supportThemeIcons = true;
      const range = new vscode.Range(position.line, label.start, position.line, label.end);
      return file ? this.fileHover(file, position.line, markdown) : new vscode.Hover(markdown, range);
    } catch (e) {
      this.log.error('hover failed', e instanceof Error ? e : String(e));
      return undefined;
    }
  }

  /** The file's section first (its figures are the exact ones), then the label's hover if any. */
  private fileHover(file: FileHoverSection, line: number, label?: vscode.MarkdownString): vscode.Hover {
    const markdown = new vscode.MarkdownString(file.markdown);
    markdown.supportThemeIcons = true;
    return new vscode.Hover(label ? [markdown, label] : [markdown], new vscode.Range(line, file.start, line, file.end));
  }
}

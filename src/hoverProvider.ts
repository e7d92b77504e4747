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

export class SizeLabelHoverProvider implements vscode.HoverProvider {
  constructor(private readonly settings: Settings, private readonly log: vscode.LogOutputChannel) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    try {
      const s = this.settings.current;
      if (!s.hoverEnabled || s.excludedLanguages.includes(document.languageId) || token.isCancellationRequested) return undefined;
      const line = document.lineAt(position.line).text;
      const label = labelAt(line, position.character);
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
      return new vscode.Hover(markdown, range);
    } catch (e) {
      this.log.error('hover failed', e instanceof Error ? e : String(e));
      return undefined;
    }
  }
}

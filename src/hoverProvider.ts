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
import { referenceAt } from './sources/referenceAt';
import type { HubService } from './sources/hub/hubService';
import { hubTargetOf, type HubTarget } from './sources/hub/hubTarget';
import { HUB_LOOKUP, HUB_SIGN_IN, hubHoverSection } from './sources/hub/hubHoverSection';
import type { Label } from './core/types';
import { isEngine } from './core/options';

/** How long a hover may wait for a local header read or the Hub's disk cache (never the network). */
const DISK_CACHE_WAIT_MS = 150;

export class SizeLabelHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly settings: Settings,
    private readonly log: vscode.LogOutputChannel,
    private readonly localModels?: LocalModels,
    private readonly hub?: HubService,
  ) {}

  provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): vscode.ProviderResult<vscode.Hover> {
    const target = this.hubTargetAt(document, position);
    // A local header read or an answer kept on disk (an earlier window) usually lands within a few
    // milliseconds: wait for it a bounded time so the first hover shows the figures, not "reading".
    const pending = [this.localReadPending(document, position)];
    if (target && this.hub!.models.peek(target).state === 'unknown') pending.push(this.hub!.models.known(target));
    const waits = pending.filter((p): p is Promise<unknown> => p !== undefined);
    if (!waits.length) return this.hover(document, position, token, target);
    const wait = new Promise(resolve => setTimeout(resolve, DISK_CACHE_WAIT_MS));
    return Promise.race([Promise.all(waits), wait]).then(() => this.hover(document, position, token, target));
  }

  /** The read of a model file named at the position, while it is under way. Never throws. */
  private localReadPending(document: vscode.TextDocument, position: vscode.Position): Promise<unknown> | undefined {
    try {
      if (!this.localModels) return undefined;
      const ref = referenceAt(document.lineAt(position.line).text, position.character);
      if (!ref) return undefined;
      const ctx = this.localModels.context(document.uri);
      if (this.localModels.peek(ref, ctx).state !== 'reading') return undefined;
      return this.localModels.settled(ref, ctx).catch(() => undefined);
    } catch (e) {
      this.log.error('hover: local model file failed', e instanceof Error ? e : String(e));
      return undefined;
    }
  }

  /** The Hub target at the position when the consent setting allows asking and no local file answers. */
  private hubTargetAt(document: vscode.TextDocument, position: vscode.Position): HubTarget | undefined {
    try {
      if (!this.hub || this.hub.mode === 'off') return undefined;
      const line = document.lineAt(position.line).text;
      const ref = referenceAt(line, position.character);
      const target = ref && hubTargetOf(ref);
      if (!target) return undefined;
      // A catalog model needs no Hub unless a file or quant of an uploader is named.
      const label: Label | undefined = labelAt(line, position.character);
      if (label?.kind === 'model' && label.model && !target.file && !target.quant) return undefined;
      return target;
    } catch (e) {
      this.log.error('hover: Hub target failed', e instanceof Error ? e : String(e));
      return undefined;
    }
  }

  private hover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
    target: HubTarget | undefined,
  ): vscode.Hover | undefined {
    try {
      const s = this.settings.current;
      if (!s.hoverEnabled || s.excludedLanguages.includes(document.languageId) || token.isCancellationRequested)
        return undefined;
      const line = document.lineAt(position.line).text;
      const label = labelAt(line, position.character);
      // A model file named here (GGUF path, checkpoint folder, cached Hub id, Ollama tag): its own figures.
      let file = this.localModels && fileHoverSection(this.localModels, document, position, s);
      if (!file && target && this.hub) {
        // An engine setting of 'auto' leaves the choice to the model's kind (checkpoint or GGUF).
        const options = { ...s, engine: isEngine(s.engine) ? s.engine : undefined };
        const host = new URL(this.hub.endpoint).host;
        const markdown = hubHoverSection(this.hub.models, target, this.hub.mode, host, options);
        const ref = referenceAt(line, position.character);
        if (markdown && ref) file = { markdown, start: ref.start, end: ref.end };
      }
      if (file && (!label || token.isCancellationRequested)) return this.fileHover(file, position.line);
      if (!label || token.isCancellationRequested) return undefined;
      // What the file says about how this model runs (same command, service, call or config).
      const runSettings = label.kind === 'quant' ? undefined : runSettingsNear(document, position.line, label.start);
      const markdown = new vscode.MarkdownString(
        renderHover(label, {
          units: s.units,
          contextTokens: s.contextTokens,
          engine: s.engine,
          kvCacheQuant: s.kvCacheQuant,
          gpusGiB: s.gpusGiB,
          glossaryLink: openGlossaryLink,
          estimateLink: () => estimateLink(label, runSettings),
          runSettings,
        }),
      );
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
    // Links run only the Hub look-up and sign-in commands; document text is escaped.
    markdown.isTrusted = { enabledCommands: [HUB_LOOKUP, HUB_SIGN_IN] };
    return new vscode.Hover(label ? [markdown, label] : [markdown], new vscode.Range(line, file.start, line, file.end));
  }
}

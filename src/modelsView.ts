// The Models view: every model the workspace mentions, grouped by model, each with its formats,
// runs as configured, memory and a fit icon against paramLens.gpuMemoryGB; its mentions as children
// that open the line. The rows are the core's (core/workspace/modelTable.ts); this draws them.
import * as vscode from 'vscode';
import type { Settings } from './settings';
import type { WorkspaceModels } from './workspaceModels';
import { modelTable, type ModelRow, type PricedMention } from './core/workspace/modelTable';
import { fitWord, memoryRange } from './core/workspace/billOfMaterials';
import type { ConfiguredOptions } from './core/render/asConfigured';
import { formatBytes } from './core/units';
import { escapeMarkdown } from './core/render/markdown';
import type { Verdict } from './core/fit/fit';

export const MODELS_VIEW = 'paramLens.models';

export type ModelsNode =
  | { kind: 'model'; row: ModelRow }
  | { kind: 'mention'; row: ModelRow; mention: PricedMention }
  | { kind: 'note'; text: string };

/** The estimate options the user's settings give (shared by the view, diagnostics and hints). */
export function configuredOptions(settings: Settings): ConfiguredOptions {
  const s = settings.current;
  return {
    units: s.units,
    engine: s.engine,
    contextTokens: s.contextTokens,
    kvCacheQuant: s.kvCacheQuant,
    gpusGiB: s.gpusGiB,
  };
}

const ICONS: Record<Verdict, vscode.ThemeIcon> = {
  fits: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  tight: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  no: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
};

export class ModelsViewProvider implements vscode.TreeDataProvider<ModelsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private rows: ModelRow[] | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private started = false;

  constructor(
    private readonly models: WorkspaceModels,
    private readonly settings: Settings,
  ) {
    this.disposables.push(
      models.onDidChange(() => this.refresh()),
      settings.onDidChange(() => this.refresh()),
    );
  }

  private refresh(): void {
    this.rows = undefined;
    this.changed.fire();
  }

  /** The table as the view shows it (the export command writes the same rows). */
  table(): ModelRow[] {
    this.rows ??= modelTable(this.models.byFile(), configuredOptions(this.settings));
    return this.rows;
  }

  getChildren(node?: ModelsNode): ModelsNode[] {
    if (!node) {
      if (!this.started) {
        // the first look at the view starts the scan and the watcher
        this.started = true;
        void this.models.ready();
      }
      const rows = this.table().map(row => ({ kind: 'model' as const, row }));
      const notes: ModelsNode[] = [];
      const st = this.models.state;
      if (st.truncated)
        notes.push({ kind: 'note', text: vscode.l10n.t('Stopped at {0} files: the file limit', st.files) });
      if (st.cancelled) notes.push({ kind: 'note', text: vscode.l10n.t('Scan stopped after {0} files', st.files) });
      return [...rows, ...notes];
    }
    if (node.kind === 'model') return node.row.mentions.map(mention => ({ kind: 'mention', row: node.row, mention }));
    return [];
  }

  getTreeItem(node: ModelsNode): vscode.TreeItem {
    const units = this.settings.current.units;
    if (node.kind === 'note') {
      const item = new vscode.TreeItem(node.text);
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    if (node.kind === 'model') {
      const r = node.row;
      const item = new vscode.TreeItem(r.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `model:${r.key}`;
      item.description = `${r.formats.join(', ')} · ${memoryRange(r, units)}`;
      item.iconPath = r.verdict ? ICONS[r.verdict] : new vscode.ThemeIcon('circle-large-outline');
      item.contextValue = 'paramLens.model';
      const md = new vscode.MarkdownString();
      md.appendMarkdown(
        `**${escapeMarkdown(r.name)}**` +
          `${r.known ? '' : ` _(${vscode.l10n.t('not in the catalog: sized from its name')})_`}\n` +
          `\n`,
      );
      md.appendMarkdown(
        `${vscode.l10n.t('Mentions')}: ${r.mentions.length} · ${vscode.l10n.t('Formats')}: ` +
          `${escapeMarkdown(r.formats.join(', '))}\n\n`,
      );
      if (r.runs.length)
        md.appendMarkdown(
          `${vscode.l10n.t('Runs as configured')}:\n${r.runs.map(x => `- ${escapeMarkdown(x)}`).join('\n')}\n\n`,
        );
      md.appendMarkdown(
        `${vscode.l10n.t('Memory')}: ${memoryRange(r, units)} · ${vscode.l10n.t('Fit')}: ${this.fitText(r.verdict)}`,
      );
      item.tooltip = md;
      item.accessibilityInformation = {
        label: `${r.name}, ${r.mentions.length} mentions, ${memoryRange(r, units)}, ${this.fitText(r.verdict)}`,
      };
      return item;
    }
    const m = node.mention;
    const cell = m.mention.cell !== undefined ? ` (cell ${m.mention.cell + 1})` : '';
    const where = `${m.file}:${m.mention.line + 1}${cell}`;
    const item = new vscode.TreeItem(where, vscode.TreeItemCollapsibleState.None);
    item.id = `mention:${node.row.key}:${m.file}:${m.mention.cell ?? ''}:${m.mention.line}:${m.mention.start}`;
    const memory = m.priced ? `≈ ${formatBytes(m.priced.gpuBytes, units)}` : '—';
    item.description = `${m.format} · ${m.stated ? (m.run ?? '') : vscode.l10n.t('defaults')} · ${memory}`;
    item.iconPath = m.priced?.verdict ? ICONS[m.priced.verdict] : new vscode.ThemeIcon('symbol-file');
    item.contextValue = 'paramLens.mention';
    item.tooltip = new vscode.MarkdownString(
      m.priced ? m.priced.configured.lines.join('\n\n') : escapeMarkdown(m.mention.label.text),
    );
    item.command = { command: REVEAL_MENTION, title: vscode.l10n.t('Open'), arguments: [node] };
    return item;
  }

  private fitText(v: Verdict | undefined): string {
    return this.settings.current.gpusGiB.length ? fitWord(v) : vscode.l10n.t('no GPU set');
  }

  dispose(): void {
    this.disposables.forEach(d => d.dispose());
    this.changed.dispose();
  }
}

export const REVEAL_MENTION = 'paramLens.revealModelMention';

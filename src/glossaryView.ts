// The glossary side panel: a webview view fed with the core's glossary. It reveals an entry on
// request (command, hover link) and reports back which entry is on screen.
import * as vscode from 'vscode';
import { allGlossaryEntries, glossaryEntry } from './core/glossary/glossary';
import { markdownToHtml } from './core/render/markdownHtml';
import { parseFromGlossary, type GlossaryItem, type GlossaryStrings, type ToGlossary } from './webview/messages';
import { webviewHtml } from './webviewHtml';
import { glossaryBody } from './shared/glossaryBody';
import { Scope } from './shared/scope';

export const GLOSSARY_VIEW = 'paramLens.glossary';

let items: GlossaryItem[] | undefined;

/** The glossary as the panel receives it: bodies rendered to safe HTML, plain text for search. */
function glossaryItems(): GlossaryItem[] {
  items ??= allGlossaryEntries().map(e => ({
    id: e.id,
    term: e.term,
    aliases: e.aliases ?? [],
    summary: e.summary,
    html: markdownToHtml(e.body),
    text: e.body.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/[*_`|#]/g, ' '),
    related: e.related,
  }));
  return items;
}

function strings(): GlossaryStrings {
  return {
    searchPlaceholder: vscode.l10n.t('Search terms, e.g. kv cache, Q4_K_M, MoE'),
    searchLabel: vscode.l10n.t('Search the glossary'),
    results: vscode.l10n.t('{0} matching entries'),
    noResults: vscode.l10n.t('No entry matches "{0}"'),
    related: vscode.l10n.t('Related'),
    back: vscode.l10n.t('Back (Alt+Left)'),
    forward: vscode.l10n.t('Forward (Alt+Right)'),
    allTerms: vscode.l10n.t('All terms'),
  };
}

export class GlossaryViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private pending: string | undefined;
  private readonly waiting: Array<(id: string) => void> = [];
  /** The listeners on the current webview: replaced when VS Code resolves the view again. */
  private readonly viewScope = new Scope();
  /** The entry on screen, as the webview last reported it. */
  shown: string | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const webviewRoot = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    view.webview.options = {
      enableScripts: true,
      localResourceRoots: [webviewRoot, vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    view.webview.html = webviewHtml(view.webview, this.extensionUri, {
      script: 'glossary.js',
      style: 'glossary.css',
      title: vscode.l10n.t('Param Lens glossary'),
      body: glossaryBody(strings()),
    });
    this.viewScope.replace(
      view.webview.onDidReceiveMessage(raw => this.receive(raw)),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
        this.viewScope.clear();
      }),
    );
  }

  /**
   * Reveals the panel, at entry `id` when given, and resolves with the entry the panel then shows
   * (undefined when it shows the index or did not answer within 10 s).
   */
  async reveal(id?: string): Promise<string | undefined> {
    if (id !== undefined && !glossaryEntry(id)) {
      this.log.warn(`glossary: no entry "${id}"; opening the index`);
      id = undefined;
    }
    const shown = new Promise<string | undefined>(resolve => {
      if (!id) {
        resolve(undefined);
        return;
      }
      const timer = setTimeout(() => resolve(undefined), 10_000);
      this.waiting.push(answer => {
        clearTimeout(timer);
        resolve(answer);
      });
    });
    this.pending = id;
    await vscode.commands.executeCommand(`${GLOSSARY_VIEW}.focus`);
    if (this.ready && id) this.send({ type: 'show', id });
    return shown;
  }

  private send(message: ToGlossary): void {
    if (targetOf(message) !== undefined) this.pending = undefined;
    void this.view?.webview.postMessage(message);
  }

  private receive(raw: unknown): void {
    const message = parseFromGlossary(raw);
    if (!message) {
      this.log.warn('glossary: ignored a message of unknown shape from the webview');
      return;
    }
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.send({ type: 'init', entries: glossaryItems(), strings: strings(), show: this.pending });
        break;
      case 'shown':
        this.shown = message.id;
        for (const resolve of this.waiting.splice(0)) resolve(message.id);
        break;
      case 'error':
        this.log.error(`glossary webview: ${message.message}`);
        break;
    }
  }

  /** Listeners held on webviews (a diagnostic: stays at two however often the view is resolved). */
  get listenerCount(): number {
    return this.viewScope.size;
  }

  dispose(): void {
    this.viewScope.dispose();
  }
}

function targetOf(message: ToGlossary): string | undefined {
  return message.type === 'show' ? message.id : message.show;
}

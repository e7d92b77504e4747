// Where a path written in a document may point: relative to the document's folder and to each
// workspace folder, absolute, or under the home folder (`~`). A path is resolved on the side where
// the files are (a remote window's extension host runs there) with the document's own scheme.
import * as vscode from 'vscode';
import { SourceError } from './fileAccess';

export interface ReferenceContext {
  document: vscode.Uri;
  folders: readonly vscode.Uri[];
  env: Readonly<Record<string, string | undefined>>;
  home: string | undefined;
}

/** A file-system path as a URI of the document's kind (file: for local and remote windows). */
export function pathUri(path: string, ctx: ReferenceContext): vscode.Uri {
  const base = ctx.document.scheme === 'untitled' ? (ctx.folders[0] ?? vscode.Uri.file('/')) : ctx.document;
  if (base.scheme === 'file') return vscode.Uri.file(path);
  return base.with({ path: path.replace(/\\/g, '/'), query: '', fragment: '' });
}

/** The places `text` may name, most likely first. */
export function candidateUris(text: string, ctx: ReferenceContext): vscode.Uri[] {
  if (/^~(?:[\\/]|$)/.test(text)) {
    if (!ctx.home) throw new SourceError(`${text}: no home folder is known in this window`);
    return [pathUri(ctx.home.replace(/[\\/]+$/, '') + text.slice(1), ctx)];
  }
  if (text.startsWith('/') || /^[A-Za-z]:[\\/]/.test(text)) return [pathUri(text, ctx)];
  const rel = text.replace(/\\/g, '/');
  const out: vscode.Uri[] = [];
  if (ctx.document.scheme !== 'untitled') out.push(vscode.Uri.joinPath(ctx.document, '..', rel));
  for (const f of ctx.folders) out.push(vscode.Uri.joinPath(f, rel));
  const seen = new Set<string>();
  return out.filter(u => (seen.has(u.toString()) ? false : (seen.add(u.toString()), true)));
}

/** A URI as the user knows it: relative to its workspace folder, under `~`, or its path. */
export function displayPath(uri: vscode.Uri, ctx: Pick<ReferenceContext, 'folders' | 'home'>): string {
  for (const f of ctx.folders) {
    const root = f.path.replace(/\/+$/, '');
    const inside = uri.scheme === f.scheme && uri.authority === f.authority && uri.path.startsWith(`${root}/`);
    if (inside) return uri.path.slice(root.length + 1);
  }
  const path = uri.scheme === 'file' ? uri.fsPath : uri.path;
  const home = ctx.home?.replace(/[\\/]+$/, '');
  const underHome = home && (path === home || path.startsWith(`${home}/`) || path.startsWith(`${home}\\`));
  if (underHome) return `~${path.slice(home.length)}`;
  return path;
}

// The HTML shell shared by Param Lens webviews (built by shared/webviewPage.ts), with the VS Code
// parts filled in: resource URIs, the CSP source, the display language and a fresh nonce.
import * as vscode from 'vscode';
import { webviewPage, type WebviewPage } from './shared/webviewPage';

export type { WebviewPage };

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  return webviewPage(page, {
    cspSource: webview.cspSource,
    nonce: nonce(),
    language: vscode.env.language,
    asset: (...path) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString(),
  });
}

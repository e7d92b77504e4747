// The HTML shell shared by Param Lens webviews: a strict Content-Security-Policy (nothing but our
// own files, scripts only with a fresh nonce), codicons shipped in the package, theme variables.
import * as vscode from 'vscode';

export interface WebviewPage { script: string; style: string; title: string; body: string }

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language || 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${page.title.replace(/[&<>"]/g, '')}</title>
<link rel="stylesheet" href="${asset('dist', 'webview', 'codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('media', page.style)}">
</head>
<body>
${page.body}
<script nonce="${n}" src="${asset('dist', 'webview', page.script)}"></script>
</body>
</html>`;
}

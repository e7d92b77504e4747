// The HTML shell of Param Lens webviews, as a pure function: a strict Content-Security-Policy
// (nothing but our own files, scripts only with a fresh nonce), codicons shipped in the package,
// theme variables. webviewHtml.ts supplies the VS Code parts (resource URIs, CSP source). Every
// text put into the page goes through the one HTML escaper, core/render/markdownHtml.ts.
import { escapeHtml } from '../core/render/markdownHtml';

export interface WebviewPage {
  script: string;
  style: string;
  title: string;
  body: string;
}

export interface PageContext {
  /** webview.cspSource */
  cspSource: string;
  /** A fresh random value per page load. */
  nonce: string;
  /** The display language (vscode.env.language). */
  language: string;
  /** The webview URI of a file in the extension, by its path segments. */
  asset: (...path: string[]) => string;
}

/** `page.body` is HTML the caller built (escaping what it put in); every other field is text. */
export function webviewPage(page: WebviewPage, c: PageContext): string {
  const csp = [
    "default-src 'none'",
    `style-src ${c.cspSource}`,
    `font-src ${c.cspSource}`,
    `img-src ${c.cspSource}`,
    `script-src 'nonce-${c.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(c.language || 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${escapeHtml(c.asset('dist', 'webview', 'codicons', 'codicon.css'))}">
<link rel="stylesheet" href="${escapeHtml(c.asset('media', page.style))}">
</head>
<body>
${page.body}
<script nonce="${escapeHtml(c.nonce)}" src="${escapeHtml(c.asset('dist', 'webview', page.script))}"></script>
</body>
</html>`;
}

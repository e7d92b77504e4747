// The glossary panel's static markup, built by the extension with its localized strings. Pure (no
// vscode import): the strings are escaped by the one HTML escaper, core/render/markdownHtml.ts.
import { escapeHtml } from '../core/render/markdownHtml';
import type { GlossaryStrings } from '../webview/messages';

/** The panel's static markup: toolbar, search box, results list and entry area. */
export function glossaryBody(s: GlossaryStrings): string {
  const esc = escapeHtml;
  return `
<header class="toolbar">
  <button id="back" class="icon-button" type="button" disabled
    aria-label="${esc(s.back)}" title="${esc(s.back)}"><span class="codicon codicon-arrow-left"
      aria-hidden="true"></span></button>
  <button id="forward" class="icon-button" type="button" disabled
    aria-label="${esc(s.forward)}" title="${esc(s.forward)}"><span class="codicon codicon-arrow-right"
      aria-hidden="true"></span></button>
  <button id="index" class="icon-button" type="button"
    aria-label="${esc(s.allTerms)}" title="${esc(s.allTerms)}"><span class="codicon codicon-list-flat"
      aria-hidden="true"></span></button>
  <div class="search-box">
    <span class="codicon codicon-search" aria-hidden="true"></span>
    <input id="search" type="search" autocomplete="off" spellcheck="false" aria-label="${esc(s.searchLabel)}"
      placeholder="${esc(s.searchPlaceholder)}" aria-controls="results">
  </div>
</header>
<div id="status" class="visually-hidden" role="status" aria-live="polite"></div>
<div id="content" class="content">
  <div id="results" class="results" role="listbox" aria-label="${esc(s.allTerms)}"></div>
  <article id="entry" class="entry" aria-live="polite"></article>
</div>`;
}

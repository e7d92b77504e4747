import * as assert from 'assert';
import { webviewPage } from '../../../src/shared/webviewPage';
import { glossaryBody } from '../../../src/shared/glossaryBody';
import { escapeHtml } from '../../../src/core/render/markdownHtml';

const context = {
  cspSource: 'vscode-resource:',
  nonce: 'abc123',
  language: 'en',
  asset: (...p: string[]) => `res:/${p.join('/')}?a=1&b=2`,
};

suite('webview pages: one HTML escaper', () => {
  test('a title is escaped, not stripped: "Q&A <draft>" reads as written', () => {
    const page = { script: 'x.js', style: 'x.css', title: 'Q&A <draft> "1"', body: '<main></main>' };
    const html = webviewPage(page, context);
    assert.match(html, /<title>Q&amp;A &lt;draft&gt; &quot;1&quot;<\/title>/);
  });

  test('the CSP allows only our sources and the nonce; asset URLs are attribute-safe', () => {
    const html = webviewPage({ script: 'x.js', style: 'x.css', title: 't', body: '' }, context);
    assert.match(html, /script-src &#39;nonce-abc123&#39;/);
    assert.match(html, /default-src &#39;none&#39;/);
    assert.match(html, /src="res:\/dist\/webview\/x\.js\?a=1&amp;b=2"/);
    assert.ok(!/<script(?![^>]*nonce="abc123")/.test(html));
  });

  test('the glossary markup escapes its localized strings with the same escaper', () => {
    const s = {
      searchPlaceholder: 'a "b" <c>',
      searchLabel: "it's",
      results: '',
      noResults: '',
      related: '',
      back: '&',
      forward: 'f',
      allTerms: 'all',
    };
    const html = glossaryBody(s);
    assert.ok(html.includes(`placeholder="${escapeHtml(s.searchPlaceholder)}"`));
    assert.ok(html.includes('aria-label="it&#39;s"'));
    assert.ok(html.includes('title="&amp;"'));
    assert.ok(!html.includes('<c>'));
  });
});

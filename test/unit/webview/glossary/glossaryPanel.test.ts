import * as assert from 'assert';
import { escapeHtml, inlineHtml, markdownToHtml } from '../../../../src/core/render/markdownHtml';
import { isGlossaryId, parseFromGlossary, parseToGlossary } from '../../../../src/webview/messages';
import { highlightRuns, search } from '../../../../src/webview/glossary/search';
import { allGlossaryEntries } from '../../../../src/core/glossary/glossary';

suite('glossary panel: Markdown rendering', () => {
  test('escapes every character that could start markup', () => {
    assert.strictEqual(
      escapeHtml('<img src=x onerror="a()">&\''),
      '&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;&#39;',
    );
    const html = markdownToHtml('<script>alert(1)</script> **b** [x](javascript:alert(1)) [y](https://example.com)');
    assert.ok(!html.includes('<script>'));
    assert.ok(!/href="(?!#)/.test(html), html);
    assert.match(html, /<strong>b<\/strong> x y/);
  });

  test('entry links become term links; code is never formatted', () => {
    assert.strictEqual(
      inlineHtml('see [KV cache](#kv-cache)'),
      'see <a href="#" class="term-link" data-term="kv-cache">KV cache</a>',
    );
    assert.strictEqual(inlineHtml('`Q4_K_M **x**`'), '<code>Q4_K_M **x**</code>');
    assert.strictEqual(inlineHtml('Q4_K_M and _this_'), 'Q4_K_M and <em>this</em>');
  });

  test('tables and lists', () => {
    const html = markdownToHtml('| a | b |\n| --- | --- |\n| 1 | 2 |\n\n- one\n- two\n\n1. first');
    assert.strictEqual(
      html,
      '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>\n' +
        '<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li></ol>',
    );
  });

  test('every glossary body renders with only entry links', () => {
    for (const e of allGlossaryEntries()) {
      const html = markdownToHtml(e.body);
      assert.ok(!/<(script|img|iframe|style)/i.test(html), e.id);
      for (const m of html.matchAll(/href="([^"]*)"/g)) assert.strictEqual(m[1], '#', e.id);
    }
  });
});

suite('glossary panel: messages and search', () => {
  test('messages from the webview are validated', () => {
    assert.deepStrictEqual(parseFromGlossary({ type: 'shown', id: 'kv-cache' }), { type: 'shown', id: 'kv-cache' });
    for (const bad of [null, 'ready', { type: 'shown', id: '../x' }, { type: 'run', cmd: 'x' }, { type: 'shown' }, 7]) {
      assert.strictEqual(parseFromGlossary(bad), undefined, JSON.stringify(bad));
    }
    assert.strictEqual(parseToGlossary({ type: 'show', id: '<b>' }), undefined);
    assert.ok(isGlossaryId('q4-k-m') && !isGlossaryId('Q4_K_M') && !isGlossaryId('a'.repeat(65)));
  });

  test('search ranks term matches first and needs every word', () => {
    const items = allGlossaryEntries().map(e => ({ ...e, aliases: e.aliases ?? [], html: '', text: e.body }));
    assert.strictEqual(search(items, 'kv')[0].item.id, 'kv-cache');
    assert.strictEqual(search(items, 'q4_k_m')[0].item.id, 'q4-k-m');
    assert.strictEqual(search(items, 'moe')[0].item.id, 'mixture-of-experts');
    assert.deepStrictEqual(search(items, 'zzzz qqqq'), []);
    assert.strictEqual(search(items, '').length, items.length);
  });

  test('highlighting splits text into matching and plain runs', () => {
    assert.deepStrictEqual(highlightRuns('The KV cache', ['kv']), [
      { text: 'The ', match: false },
      { text: 'KV', match: true },
      { text: ' cache', match: false },
    ]);
    assert.deepStrictEqual(highlightRuns('a+b', ['+']), [
      { text: 'a', match: false },
      { text: '+', match: true },
      { text: 'b', match: false },
    ]);
  });
});

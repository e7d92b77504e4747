// A small Markdown-to-HTML renderer for the glossary's own entries (paragraphs, bullet and
// numbered lists, tables, **bold**, *italic*, `code`, and [links](#entry-id)). Everything is
// escaped first, so no text can become markup; links to other entries become buttons the panel
// handles, and no other link kind is produced. Runs in the extension host and in the webview.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, ch => ESCAPES[ch]);
}

/** Inline spans of one line of (unescaped) Markdown. */
export function inlineHtml(text: string): string {
  const parts: string[] = [];
  // Code spans first: their content is never formatted.
  const segments = text.split(/(`[^`]+`)/);
  for (const segment of segments) {
    if (/^`[^`]+`$/.test(segment)) {
      parts.push(`<code>${escapeHtml(segment.slice(1, -1))}</code>`);
      continue;
    }
    let html = escapeHtml(segment);
    html = html.replace(
      /\[([^\]]+)\]\(#([a-z0-9-]+)\)/g,
      (_, label: string, id: string) => `<a href="#" class="term-link" data-term="${id}">${label}</a>`,
    );
    // Any other link form is shown as its text.
    html = html.replace(/\[([^\]]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1');
    html = html.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
    html = html.replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s.,;:)!?]|$)/g, '$1<em>$2</em>');
    html = html.replace(/(^|[\s(])_([^_\s][^_]*)_(?=[\s.,;:)!?]|$)/g, '$1<em>$2</em>');
    parts.push(html);
  }
  return parts.join('');
}

function tableHtml(lines: string[]): string {
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(c => c.trim());
  const [head, , ...body] = lines;
  const th = cells(head)
    .map(c => `<th>${inlineHtml(c)}</th>`)
    .join('');
  const rows = body
    .map(
      l =>
        `<tr>${cells(l)
          .map(c => `<td>${inlineHtml(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Block-level rendering of a Markdown body. */
export function markdownToHtml(markdown: string): string {
  const blocks: string[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const take = (test: (l: string) => boolean) => {
      const taken: string[] = [];
      while (i < lines.length && lines[i].trim() !== '' && test(lines[i])) taken.push(lines[i++]);
      return taken;
    };
    if (/^\s*\|/.test(line)) {
      blocks.push(tableHtml(take(l => /^\s*\|/.test(l))));
    } else if (/^\s*[-*] /.test(line)) {
      const items = take(l => /^\s*[-*] /.test(l)).map(l => `<li>${inlineHtml(l.replace(/^\s*[-*] /, ''))}</li>`);
      blocks.push(`<ul>${items.join('')}</ul>`);
    } else if (/^\s*\d+[.)] /.test(line)) {
      const items = take(l => /^\s*\d+[.)] /.test(l)).map(l => `<li>${inlineHtml(l.replace(/^\s*\d+[.)] /, ''))}</li>`);
      blocks.push(`<ol>${items.join('')}</ol>`);
    } else {
      const paragraph = take(l => !/^\s*(\||[-*] |\d+[.)] )/.test(l));
      blocks.push(`<p>${inlineHtml(paragraph.join(' '))}</p>`);
    }
  }
  return blocks.join('\n');
}

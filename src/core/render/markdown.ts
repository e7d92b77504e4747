// Markdown helpers for text that did not come from us: anything from a document is escaped so it
// can never become a link, a command, HTML or formatting.

// Characters that start formatting, links, HTML or table cells anywhere in a line.
const SPECIAL = /[\\`*_{}[\]|~!<>&$]/g;

export function escapeMarkdown(text: string): string {
  const escaped = text.replace(SPECIAL, ch =>
    ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`,
  );
  // At the start of a line, "#", "+", "-", "=" and "1." would make a heading or a list; "www."
  // and "http(s)://" anywhere would become a link by GFM's autolinking.
  return escaped
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/\b(https?):\/\//gi, '$1\\://')
    .replace(/^([#+=-]|\d+(?=[.)](?:\s|$)))/, '\\$1');
}

/** A Markdown table from a header row and body rows (cells are escaped by the caller). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

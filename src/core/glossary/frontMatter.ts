// A small reader for the front matter of a Markdown file: the block between a first line `---` and
// the next line `---`, then the body. It reads the subset of YAML the glossary files use and
// nothing more, so a file means one thing whichever YAML tool previews it:
//   key: value            a text; taken to the end of the line, or a "double-quoted" JSON string
//                          (needed when the text holds ": " or starts with a quote or bracket)
//   key:                  a list, one item per following line:
//     - item              each item written like a text value
//   # comment             ignored, as are blank lines
// The body is everything after the closing `---`, less one blank line right after it and the file's
// final newline. Windows line ends are read as "\n", so a checkout with CRLF reads the same.

export interface FrontMatterFile {
  fields: Record<string, string | string[]>;
  body: string;
}

/** Splits a Markdown file into its front matter fields and its body; `file` names it in errors. */
export function readFrontMatter(raw: string, file: string): FrontMatterFile {
  const text = raw.includes('\r') ? raw.replace(/\r\n/g, '\n') : raw;
  if (!text.startsWith('---\n')) throw new SyntaxError(`${file}: the first line must be "---" (front matter)`);
  // The closing line: the first "---" alone on a line after the opening one. Only the front matter is
  // split into lines; the body (most of the file) is sliced off as it is.
  let close = text.indexOf('\n---', 3);
  while (close >= 0 && close + 4 < text.length && text[close + 4] !== '\n') close = text.indexOf('\n---', close + 1);
  if (close < 0) throw new SyntaxError(`${file}: the front matter has no closing "---" line`);

  const fields: Record<string, string | string[]> = {};
  let list: string[] | undefined;
  const lines = text.slice(4, close + 1).split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    const where = `${file}:${i + 2}`;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const item = /^\s+- (.*)$/.exec(line);
    if (item) {
      if (!list) throw new SyntaxError(`${where}: a list item must follow a "key:" line`);
      list.push(textValue(item[1], where));
      continue;
    }
    const field = /^([A-Za-z][\w-]*):(?: (.*))?$/.exec(line);
    if (!field) {
      throw new SyntaxError(`${where}: expected "key: value", "key:" or "  - item", got ${JSON.stringify(line)}`);
    }
    const [, key, value] = field;
    if (key in fields) throw new SyntaxError(`${where}: "${key}" is given twice`);
    if (value === undefined || value.trim() === '') {
      list = [];
      fields[key] = list;
    } else {
      list = undefined;
      fields[key] = textValue(value, where);
    }
  }

  let body = text.slice(close + 5);
  if (body.startsWith('\n')) body = body.slice(1);
  if (body.endsWith('\n')) body = body.slice(0, -1);
  return { fields, body };
}

function textValue(raw: string, where: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
    }
    throw new SyntaxError(`${where}: a quoted value must be one complete "double-quoted" JSON string`);
  }
  if (/^['[{]/.test(value)) {
    throw new SyntaxError(`${where}: write the value plainly or in "double quotes" (not '…', […] or {…})`);
  }
  return value;
}

// One glossary entry from its Markdown file (src/core/data/glossary/NNN-id.md): front matter with
// id, term, summary, related and optional aliases; the body is the entry's Markdown. The number in
// the file name orders the entries; the rest of the name is the id.
import type { GlossaryEntry } from '../types';
import { readFrontMatter } from './frontMatter';

export interface GlossaryFile {
  /** The file name, e.g. "380-kv-cache.md". */
  name: string;
  text: string;
}

const KNOWN_FIELDS = new Set(['id', 'term', 'aliases', 'summary', 'related']);
const FILE_NAME = /^\d{3}-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The id a file name gives ("380-kv-cache.md" → "kv-cache"); undefined for a name of another form. */
export function glossaryIdOf(fileName: string): string | undefined {
  return FILE_NAME.exec(fileName)?.[1];
}

/** The entry a file holds, as written (worked-example tables not yet expanded). */
export function glossaryEntryFromFile(file: GlossaryFile): GlossaryEntry {
  const { fields, body } = readFrontMatter(file.text, file.name);
  for (const key of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(key)) throw new SyntaxError(`${file.name}: unknown front matter field "${key}"`);
  }
  const text = (key: string): string => {
    const value = fields[key];
    if (typeof value !== 'string' || value === '') throw new SyntaxError(`${file.name}: "${key}" must be a text`);
    return value;
  };
  const list = (key: string): string[] | undefined => {
    const value = fields[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      throw new SyntaxError(`${file.name}: "${key}" must be a list ("${key}:" then "  - item")`);
    }
    return value;
  };

  const id = text('id');
  if (glossaryIdOf(file.name) !== id) {
    throw new SyntaxError(`${file.name}: the file must be named "<three-digit order>-${id}.md" after its id`);
  }
  if (body.trim() === '') throw new SyntaxError(`${file.name}: the entry has no body`);
  const aliases = list('aliases');
  const entry: GlossaryEntry = {
    id,
    term: text('term'),
    summary: text('summary'),
    body,
    related: list('related') ?? [],
  };
  if (aliases) entry.aliases = aliases;
  return entry;
}

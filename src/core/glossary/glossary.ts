// The glossary: the Markdown files of data/glossary/ (one per entry, in file-name order) with their
// worked examples computed by the estimator (a body line "{{weights-table:7e9,70e9}}" becomes a
// table of what those sizes need at FP16, 8-bit and 4-bit), so the numbers cannot drift from the
// hover's. A file is parsed when its entry is first asked for (the file name gives the id) and its
// body is expanded when first read: nothing happens when the extension starts or the core is loaded.
import GLOSSARY_FILES from 'virtual:glossary-files';
import type { GlossaryEntry } from '../types';
import { weightsTable } from '../render/weightsTable';
import { glossaryEntryFromFile, glossaryIdOf, type GlossaryFile } from './glossaryFile';

const WEIGHTS_TABLE = /^\{\{weights-table:([0-9e.,]+)\}\}$/gm;
const TABLE_NOTE =
  "_Weights only, in GB (10^9 bytes), computed by Param Lens's estimator; " +
  'the KV cache and runtime buffers come on top._';

function expand(body: string): string {
  return body.replace(WEIGHTS_TABLE, (_, list: string) => {
    const sizes = list
      .split(',')
      .map(Number)
      .filter(n => Number.isFinite(n) && n > 0);
    return `${weightsTable(sizes, 'GB')}\n\n${TABLE_NOTE}`;
  });
}

let files: Map<string, GlossaryFile> | undefined;
/** Every file by the id its name gives, in display order. */
function filesById(): Map<string, GlossaryFile> {
  files ??= new Map(GLOSSARY_FILES.map(file => [glossaryIdOf(file.name) ?? file.name, file]));
  return files;
}

const raw = new Map<string, GlossaryEntry>();
/** An entry as written; its file is parsed on first use. */
function rawEntry(id: string): GlossaryEntry | undefined {
  let entry = raw.get(id);
  if (!entry) {
    const file = filesById().get(id);
    if (!file) return undefined;
    entry = glossaryEntryFromFile(file);
    raw.set(id, entry);
  }
  return entry;
}

const expanded = new Map<string, GlossaryEntry>();

/** A copy whose lists can be changed without touching the remembered entry. */
function copyOf(e: GlossaryEntry): GlossaryEntry {
  return { ...e, aliases: e.aliases ? [...e.aliases] : undefined, related: [...e.related] };
}

/** One entry by id, with its computed tables; undefined for an unknown id. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  let entry = expanded.get(id);
  if (!entry) {
    const e = rawEntry(id);
    if (!e) return undefined;
    entry = { ...copyOf(e), body: expand(e.body) };
    expanded.set(id, entry);
  }
  return entry;
}

/** The one-sentence summary of an entry (cheap: no table is computed). */
export function glossarySummary(id: string): string | undefined {
  return rawEntry(id)?.summary;
}

/** The term an entry explains, as a link shows it (cheap: no table is computed). */
export function glossaryTerm(id: string): string | undefined {
  return rawEntry(id)?.term;
}

/** Every entry in display order. */
export function allGlossaryEntries(): GlossaryEntry[] {
  return [...filesById().keys()].map(id => glossaryEntry(id)!);
}

/**
 * Every entry in display order as new objects the caller may change, each `body` computed when it
 * is first read (then kept as a plain property). For the public API's `glossary` export: loading
 * the core must not compute tables that nobody may read.
 */
export function glossaryWithLazyBodies(): GlossaryEntry[] {
  return [...filesById().keys()].map(id => {
    const e = rawEntry(id)!;
    const entry = copyOf(e);
    const settle = (body: string) => {
      Object.defineProperty(entry, 'body', { value: body, writable: true, enumerable: true, configurable: true });
    };
    Object.defineProperty(entry, 'body', {
      get: () => {
        const body = glossaryEntry(e.id)!.body;
        settle(body);
        return body;
      },
      set: settle,
      enumerable: true,
      configurable: true,
    });
    return entry;
  });
}

// The glossary: the Markdown files of data/glossary/ (one per entry, in file-name order) with their
// worked examples computed by the estimator (a body line "{{weights-table:7e9,70e9}}" becomes a
// table of what those sizes need at FP16, 8-bit and 4-bit), so the numbers cannot drift from the
// hover's. Files are parsed on first use and each body is expanded when it is first read, not when
// the extension starts or the core is loaded.
import GLOSSARY_FILES from 'virtual:glossary-files';
import type { GlossaryEntry } from '../types';
import { weightsTable } from '../render/weightsTable';
import { glossaryEntryFromFile } from './glossaryFile';

const WEIGHTS_TABLE = /^\{\{weights-table:([0-9e.,]+)\}\}$/gm;
const TABLE_NOTE = '_Weights only, in GB (10^9 bytes), computed by Param Lens\'s estimator; '
  + 'the KV cache and runtime buffers come on top._';

function expand(body: string): string {
  return body.replace(WEIGHTS_TABLE, (_, list: string) => {
    const sizes = list.split(',').map(Number).filter(n => Number.isFinite(n) && n > 0);
    return `${weightsTable(sizes, 'GB')}\n\n${TABLE_NOTE}`;
  });
}

let raw: Map<string, GlossaryEntry> | undefined;
/** The entries as written, by id, in display order; parsed once. */
function rawEntries(): Map<string, GlossaryEntry> {
  raw ??= new Map(GLOSSARY_FILES.map(file => {
    const entry = glossaryEntryFromFile(file);
    return [entry.id, entry];
  }));
  return raw;
}

const expanded = new Map<string, GlossaryEntry>();

/** One entry by id, with its computed tables; undefined for an unknown id. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  let entry = expanded.get(id);
  if (!entry) {
    const e = rawEntries().get(id);
    if (!e) return undefined;
    entry = { ...e, aliases: e.aliases ? [...e.aliases] : undefined, related: [...e.related], body: expand(e.body) };
    expanded.set(id, entry);
  }
  return entry;
}

/** The one-sentence summary of an entry (cheap: no table is computed). */
export function glossarySummary(id: string): string | undefined {
  return rawEntries().get(id)?.summary;
}

/** The term an entry explains, as a link shows it (cheap: no table is computed). */
export function glossaryTerm(id: string): string | undefined {
  return rawEntries().get(id)?.term;
}

/** Every entry in display order. */
export function allGlossaryEntries(): GlossaryEntry[] {
  return [...rawEntries().keys()].map(id => glossaryEntry(id)!);
}

/**
 * Every entry in display order as new objects the caller may change, each `body` computed when it
 * is first read (then kept as a plain property). For the public API's `glossary` export: loading
 * the core must not compute tables that nobody may read.
 */
export function glossaryWithLazyBodies(): GlossaryEntry[] {
  return [...rawEntries().values()].map(e => {
    const entry = { ...e, aliases: e.aliases ? [...e.aliases] : undefined, related: [...e.related] };
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

// The glossary: the entries of data/glossaryEntries.ts with their worked examples computed by the
// estimator (a body line "{{weights-table:7e9,70e9}}" becomes a table of what those sizes need at
// FP16, 8-bit and 4-bit), so the numbers cannot drift from the hover's. Bodies are expanded on
// first use, not when the extension starts.
import type { GlossaryEntry } from '../types';
import { GLOSSARY_ENTRIES } from '../data/glossaryEntries';
import { weightsTable } from '../render/weightsTable';

const WEIGHTS_TABLE = /^\{\{weights-table:([0-9e.,]+)\}\}$/gm;

function expand(body: string): string {
  return body.replace(WEIGHTS_TABLE, (_, list: string) => {
    const sizes = list.split(',').map(Number).filter(n => Number.isFinite(n) && n > 0);
    return `${weightsTable(sizes, 'GB')}\n\n_Weights only, in GB (10^9 bytes), computed by Param Lens's estimator; the KV cache and runtime buffers come on top._`;
  });
}

const expanded = new Map<string, GlossaryEntry>();
const RAW = new Map(GLOSSARY_ENTRIES.map(e => [e.id, e]));

/** One entry by id, with its computed tables; undefined for an unknown id. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  let entry = expanded.get(id);
  if (!entry) {
    const raw = RAW.get(id);
    if (!raw) return undefined;
    entry = { ...raw, aliases: raw.aliases ? [...raw.aliases] : undefined, related: [...raw.related], body: expand(raw.body) };
    expanded.set(id, entry);
  }
  return entry;
}

/** The one-sentence summary of an entry (cheap: no table is computed). */
export function glossarySummary(id: string): string | undefined {
  return RAW.get(id)?.summary;
}

/** The term an entry explains, as a link shows it (cheap: no table is computed). */
export function glossaryTerm(id: string): string | undefined {
  return RAW.get(id)?.term;
}

/** Every entry in display order. */
export function allGlossaryEntries(): GlossaryEntry[] {
  return GLOSSARY_ENTRIES.map(e => glossaryEntry(e.id)!);
}

// Ollama's published download sizes (src/core/data/ollamaLibrary.json) against the weights Param
// Lens prices for the same tag: the catalog (or base) architecture in the format the tag ships.
// Used by test/unit/core/resolve/ollamaLibrary.test.ts and printed by `npm run bench:accuracy`.
import { ollamaLibrary } from '../../src/core/resolve/ollamaLibrary';
import { resolveName } from '../../src/core/resolve/resolveName';
import { estimateMemory } from '../../src/core/estimate/estimateMemory';

export interface OllamaSizeRow {
  tag: string;
  format: string;
  as: string;
  published: number;
  priced: number;
  errorPct: number;
}

/** Every library tag with a known format whose model the resolver finds. */
export function ollamaSizeRows(): OllamaSizeRow[] {
  const rows: OllamaSizeRow[] = [];
  for (const m of ollamaLibrary()) {
    for (const t of m.tags) {
      const tag = t.tag === 'latest' ? m.name : `${m.name}:${t.tag}`;
      const r = resolveName(tag, true);
      // A format judged from the download size would only check itself: left out.
      if (!r?.model || !r.format || r.formatFromSize) continue;
      const e = estimateMemory({ model: tag, engine: 'ollama', contextTokens: 1 });
      rows.push({
        tag,
        format: r.format,
        as: r.as,
        published: t.size,
        priced: e.weightsBytes,
        errorPct: (100 * (e.weightsBytes - t.size)) / t.size,
      });
    }
  }
  return rows;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

export function printOllamaSizes(): void {
  const rows = ollamaSizeRows();
  const abs = rows.map(r => Math.abs(r.errorPct));
  console.log(`\nOllama library: weights priced for a tag vs its published download size (${rows.length} tags)`);
  console.log(
    `  median |error| ${median(abs).toFixed(2)}%  (target 3%), within 5%: ${abs.filter(x => x <= 5).length}` +
      `/${rows.length}`,
  );
  for (const r of rows) {
    console.log(
      `  ${r.tag.padEnd(28)}${r.format.padEnd(8)}${r.as.padEnd(12)}` +
        `${(r.published / 1e9).toFixed(2).padStart(8)} GB published` +
        ` ${(r.priced / 1e9).toFixed(2).padStart(8)} GB priced` +
        `  ${r.errorPct >= 0 ? '+' : ''}${r.errorPct.toFixed(1)}%`,
    );
  }
}

// A bare effective size ("E4B", "E2B"): Gemma 3n (and later Gemma releases) name a model by the
// parameters it computes with per token, while the per-layer embedding tables are held in memory
// too (Gemma 3n E4B: 7.85B in memory, google/gemma-3n-E4B config.json). The catalog models whose
// own names write that size are the answer: one, or several that agree within 15 % (then the
// largest, so a fit check never comes out too small).
import type { CatalogModel } from '../catalog/catalogModel';
import { catalogModels } from '../catalog/lookupModel';
import { nameWords } from './nameTokens';
import type { NameResolution } from './resolveName';

let bySize: Map<string, CatalogModel[]> | undefined;

function index(): Map<string, CatalogModel[]> {
  const out = new Map<string, CatalogModel[]>();
  for (const m of catalogModels()) {
    for (const id of [m.id, ...(m.aliases ?? [])]) {
      const size = nameWords(id).sizeText;
      if (!size || !/^e\d+(?:\.\d+)?b$/.test(size)) continue;
      const list = out.get(size) ?? [];
      if (!list.includes(m)) list.push(m);
      out.set(size, list);
    }
  }
  return out;
}

/** The catalog model an effective size stands for, or undefined. Never throws. */
export function effectiveSizeModel(text: string): NameResolution | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  // The label is the size alone ("E4B") or with the family word before it ("gemma E4B").
  const size = /(?:^|[\s_-])(e\d+(?:\.\d+)?b)$/i.exec(text.trim())?.[1];
  if (!size) return undefined;
  bySize ??= index();
  const models = bySize.get(size.toLowerCase());
  if (!models?.length) return undefined;
  const sorted = [...models].sort((a, b) => b.params - a.params);
  if (sorted[sorted.length - 1].params < sorted[0].params / 1.15) return undefined;
  const named = sorted.map(m => `${m.name} ${(m.params / 1e9).toFixed(2)}B`).join(', ');
  const how =
    `${size.toUpperCase()} is an effective size: ${named} in memory` +
    (sorted.length > 1 ? '; priced as the largest' : '');
  return { model: sorted[0], as: 'catalog', how };
}

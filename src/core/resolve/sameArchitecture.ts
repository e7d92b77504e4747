// Models whose names do not hold their base's words but whose config.json has the base's
// dimensions (DeepSeek V3.1/V3.2 and DeepSeek's "deepseek-chat" keep V3's; DeepSeek-Coder-V2
// keeps V2's), and families of fine-tunes whose model cards name their base (Zephyr: Mistral 7B;
// Tulu 2: Llama 2). Data and sources: src/core/data/sameArchitecture.json.
import SAME from '../data/sameArchitecture.json';
import type { CatalogModel } from '../catalog/catalogModel';
import { catalogModels } from '../catalog/lookupModel';
import { sizeAgrees } from './baseInName';
import type { NameWords } from './nameTokens';

interface Row {
  words: string[];
  base: string;
  source: string;
}
const ROWS = SAME.rows as Row[];

/**
 * The base a name shares its architecture with by a listed row, or undefined. Rows with the same
 * words list one family in several sizes: the size written picks the row; with no size written, or
 * a size that agrees with two bases, there is no single base.
 */
export function sameArchitectureBase(
  name: NameWords,
): { model: CatalogModel; source: string; words: string[] } | undefined {
  let found: { model: CatalogModel; source: string; words: string[] } | undefined;
  let family: string | undefined;
  for (const row of ROWS) {
    if (family !== undefined && row.words.join(' ') !== family) break;
    let i = 0;
    for (const w of name.words) if (i < row.words.length && w === row.words[i]) i++;
    if (i < row.words.length) continue;
    const model = catalogModels().find(m => m.id === row.base);
    if (!model || !sizeAgrees(name, { model })) continue;
    if (found && found.model !== model) return undefined;
    found = { model, source: row.source, words: row.words };
    family = row.words.join(' ');
  }
  return found;
}

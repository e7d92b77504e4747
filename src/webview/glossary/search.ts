// Search over the glossary: every word of the query must appear in the term, an alias, the
// summary or the body; matches in the term rank first.
import type { GlossaryItem } from '../messages';

export interface Hit {
  item: GlossaryItem;
  score: number;
}

export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}

export function search(items: readonly GlossaryItem[], query: string): Hit[] {
  const words = queryWords(query);
  if (!words.length) return items.map(item => ({ item, score: 0 }));
  const hits: Hit[] = [];
  for (const item of items) {
    const term = item.term.toLowerCase();
    const aliases = item.aliases.join(' ').toLowerCase();
    const summary = item.summary.toLowerCase();
    const body = item.text.toLowerCase();
    let score = 0;
    let all = true;
    for (const w of words) {
      if (term.startsWith(w) || item.id.startsWith(w)) score += 100;
      else if (term.includes(w) || item.id.includes(w)) score += 60;
      else if (aliases.includes(w)) score += 40;
      else if (summary.includes(w)) score += 10;
      else if (body.includes(w)) score += 3;
      else {
        all = false;
        break;
      }
    }
    if (all) hits.push({ item, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** Splits text into plain and matching runs, for highlighting. */
export function highlightRuns(text: string, words: readonly string[]): Array<{ text: string; match: boolean }> {
  if (!words.length) return [{ text, match: false }];
  const escaped = words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const splitter = new RegExp(`(${escaped.join('|')})`, 'gi');
  const whole = new RegExp(`^(?:${escaped.join('|')})$`, 'i');
  return text
    .split(splitter)
    .filter(Boolean)
    .map(part => ({ text: part, match: whole.test(part) }));
}

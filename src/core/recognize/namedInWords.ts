// A model named in words around a size the catalog does not hold: "Gemma 4 26B A4B", "DeepSeek
// Prover V2 671B", "LLaMa 13b", "Qwen3.5 2B". The family's name opens the label and may be followed
// by versions and capitalised words; a mixture-of-experts active part written after the size with
// a space ("26B A4B") belongs to the same label. (Catalog models named in words are read by
// classifyToken's namedBefore, which also finds the model.)
import { FAMILY_NAME_START } from '../catalog/modelFamilies';
import type { Token } from './tokens';

// The run of words (and the blanks between them) just before a size, on the same line.
const RUN_BEFORE = /[A-Za-z0-9._-]+(?:[ \t]+[A-Za-z0-9._-]+){0,3}[ \t]+$/;
const WORD = /[A-Za-z0-9][A-Za-z0-9._-]*/g;
// What may stand between the family's name and the size: versions ("4", "3.1", "V2", "v0.1", "R1")
// and capitalised words ("Prover", "Coder", "Scout").
const NAME_PART = /^(?:[vVrR]?\d+(?:\.\d+)*|[A-Z][A-Za-z0-9.]*)$/;
const CODE_NAME = /[a-z0-9](?:Model|Config|For[A-Z]\w*|Tokenizer)$/;
const ACTIVE_AFTER = /^[ \t]+A(\d{1,4}(?:\.\d{1,3})?)B(?![A-Za-z0-9])/;
const TOTAL_BEFORE = /\d(?:\.\d{1,3})?[BT][ \t]+$/;

/** Where a family's name in words before the size token starts, or undefined. */
export function familyNameBefore(text: string, t: Token): number | undefined {
  const before = text.slice(Math.max(0, t.start - 48), t.start);
  const run = RUN_BEFORE.exec(before);
  if (!run) return undefined;
  const base = t.start - before.length + run.index;
  const words = [...run[0].matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    // "Qwen3Model 0.6B", "LlamaForCausalLM": a class in code, not a name people write.
    if (!FAMILY_NAME_START.test(words[i][0]) || CODE_NAME.test(words[i][0])) continue;
    if (words.slice(i + 1).every(w => NAME_PART.test(w[0]))) return base + words[i].index!;
  }
  return undefined;
}

/** "26B A4B": the active part written after a total size, with where it ends. */
export function activeAfter(text: string, end: number): { end: number; activeParams: number } | undefined {
  const m = ACTIVE_AFTER.exec(text.slice(end, end + 16));
  return m ? { end: end + m[0].length, activeParams: Number(m[1]) * 1e9 } : undefined;
}

/** The "A4B" of "26B A4B": part of the label before it, not a label of its own. */
export function isActivePartOfSize(text: string, t: Token): boolean {
  return /^A\d/.test(t.text) && TOTAL_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start));
}

// The model families Param Lens knows by name, from one data file (data/modelFamilies.json): the
// recognizer's "this unknown name is a model name" words, the model words that make a bare size
// near them a label, and the hints that pick the architecture a size-only label borrows.
import DATA from '../data/modelFamilies.json';

interface FamilyEntry {
  family: string;
  /** Regular expression (case-insensitive) on a name; the first entry that matches wins. */
  hint?: string;
  nameWords?: string[];
  contextWords?: string[];
  /** Catalog family ids (models.json "family") whose models lend a size-only label their shape. */
  templates?: string[];
}

export const MODEL_FAMILIES: readonly FamilyEntry[] = DATA.families;

/** A name holding any of these reads as a model name ("llama", "qwq", "-it", "instruct"). */
export const FAMILY_NAME_WORD = new RegExp(
  [...MODEL_FAMILIES.flatMap(f => f.nameWords ?? []), ...DATA.otherNameWords].join('|'),
  'i',
);

/** A word that starts with a family's name ("Gemma", "Qwen3.5", "DeepSeek", "LLaMa"). */
export const FAMILY_NAME_START = new RegExp(`^(?:${MODEL_FAMILIES.flatMap(f => f.nameWords ?? []).join('|')})`, 'i');

/** The family words that count as model words near a size, as one regular-expression alternation. */
export const FAMILY_CONTEXT_WORDS = MODEL_FAMILIES.flatMap(f => f.contextWords ?? []).join('|');

const HINTS = MODEL_FAMILIES.filter(f => f.hint && f.templates).map(
  f => [new RegExp(f.hint!, 'i'), f.templates!] as const,
);

/** The catalog families a model name hints at ("Qwen3-…" → qwen3, qwen3-moe), if any. */
export function familyHint(name: string): readonly string[] | undefined {
  return HINTS.find(([re]) => re.test(name))?.[1];
}

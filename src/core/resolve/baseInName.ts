// Finds the catalog model a name is built on: "NousResearch/Hermes-3-Llama-3.1-8B" holds
// Llama 3.1's words and an 8B that agrees with Llama 3.1 8B; "cognitivecomputations/dolphin-2.9-
// llama3-8b" holds Llama 3's. The size written in the name must agree with the base's (a 70B
// fine-tune never lands on an 8B base); with no size written, the words must pick one model.
import type { CatalogModel } from '../catalog/catalogModel';
import { catalogModels } from '../catalog/lookupModel';
import { isReleaseDate, nameWords, type NameWords } from './nameTokens';
import { isFormatWord, isSameWeightsWord, isServingWord } from './nameWordKinds';

interface BaseKey {
  model: CatalogModel;
  words: string[];
  sizeText?: string;
  orgs: Set<string>;
  /** A key without the model's size-class word ("tiny", "micro"): only for a name that writes a size. */
  needsSize?: boolean;
  /** A key without the model's trailing version word ("v0.1"): that version, for a name that writes none. */
  version?: string;
  /** The size-class words of the id the key comes from ("base" of t5-base, "large" of e5-large-v2). */
  classes: string[];
}

// Words that name a size class instead of a size. Ollama writes the size where the maker writes the
// class (IBM's granite-4.0-h-tiny is Ollama's granite4:7b-a1b-h), so a name that writes an agreeing
// size may leave the class word out.
const SIZE_CLASS = new Set(['tiny', 'micro', 'mini', 'nano', 'small', 'medium', 'large']);

// The size classes encoder and encoder-decoder families are released in (T5 small … xxl, BERT and
// E5 base / large, DeBERTa xsmall … large): with no count in the name, the class is the size, and
// "base" is one of them ("flan-t5-xl" is not a fine-tune of flan-t5-base).
const CLASS_WORDS = new Set([...SIZE_CLASS, 'xsmall', 'base', 'xl', 'xxl', 'xlarge', 'xxlarge', 'huge', 'giant']);

/** A name that writes a size class the key's model is not released in names another size. */
function otherClass(name: NameWords, key: BaseKey): boolean {
  const written = name.words.filter(w => CLASS_WORDS.has(w));
  return written.length > 0 && key.classes.length > 0 && !written.some(w => key.classes.includes(w));
}

export interface BaseMatch {
  model: CatalogModel;
  /** Words of the name that are neither the base's, nor a release/format/serving word. */
  extra: string[];
  /** The name is written under an organisation that does not publish the base. */
  otherOrg: boolean;
  /** The name names a storage format (GGUF, AWQ, MLX 4-bit, …). */
  format: boolean;
  /** The name writes no version of a family released in several with one shape: the other releases. */
  unversioned?: CatalogModel[];
}

let keys: BaseKey[] | undefined;

// How far an active size may be from the one written: active counts are published to a decimal
// (Llama 4: 17B), so the nominal-size slack of 0.75–1.3 would be far too wide.
const ACTIVE_TOLERANCE = Math.log(1.15);

function buildKeys(): BaseKey[] {
  const out: BaseKey[] = [];
  for (const model of catalogModels()) {
    const orgs = new Set<string>();
    const seen = new Set<string>();
    // Ids and aliases, and the catalog's plain name without its remarks ("TinyLlama 1.1B").
    for (const id of [model.id, ...(model.aliases ?? []), model.name.replace(/\s*\([^)]*\)/g, '')]) {
      const w = nameWords(id);
      if (w.org) orgs.add(w.org);
      const classes = w.words.filter(x => CLASS_WORDS.has(x));
      for (const words of withoutMaker(keyVariants(keyWords(w.words)), w.org)) {
        const tag = words.join(' ');
        if (words.length === 0 || seen.has(tag)) continue;
        seen.add(tag);
        out.push({ model, words, sizeText: w.sizeText, orgs, classes });
        const last = words[words.length - 1];
        if (words.length > 1 && /^v\d+(?:\.\d+)*$/.test(last)) {
          out.push({ model, words: words.slice(0, -1), sizeText: w.sizeText, orgs, version: last, classes });
        }
        const classless = words.filter(x => !SIZE_CLASS.has(x));
        if (!w.sizeText && classless.length > 0 && classless.length < words.length) {
          out.push({ model, words: classless, orgs, needsSize: true, classes });
        }
      }
    }
  }
  return out;
}

/**
 * Each key, and where its first word is its maker's name ("nvidia/NVIDIA-Nemotron-3-Nano-…"), the
 * key without it as well: Ollama's "nemotron-3-nano" leaves the maker out. Only when two or more
 * words remain, so "deepseek-ai/DeepSeek-V3" never shrinks to a bare "v3".
 */
function withoutMaker(keys: string[][], org: string): string[][] {
  const maker = org.split(/[-_]/)[0];
  const out = [...keys];
  for (const k of keys) if (maker && k[0] === maker && k.length > 2) out.push(k.slice(1));
  return out;
}

/** The words that identify a model: without release words and a leading "meta". */
function keyWords(words: string[]): string[] {
  const kept = words.filter(w => !isSameWeightsWord(w));
  return kept[0] === 'meta' ? kept.slice(1) : kept;
}

/**
 * A dated release's key, and the two ways people shorten it: without the date ("devstral-2-123b"
 * for Devstral-2-123B-Instruct-2512) and, when the date is written, without the generation glued
 * to the family word (OpenRouter's "ministral-3b-2512" for Ministral-3-3B-…-2512: the date pins the
 * generation). A name must still hold every word of the variant it matches.
 */
function keyVariants(words: string[]): string[][] {
  const date = words.findIndex(isReleaseDate);
  if (date < 0 || words.length < 2) return [words];
  const out = [words, words.filter((_, i) => i !== date)];
  const family = /^([a-z]{3,})\d+$/.exec(words[0]);
  if (family && date > 0) out.push([family[1], ...words.slice(1)]);
  return out;
}

/** Indices of `key` found in order inside `words`, or undefined. */
function matchInOrder(words: string[], key: string[]): number[] | undefined {
  const at: number[] = [];
  let i = 0;
  for (const k of key) {
    while (i < words.length && words[i] !== k) i++;
    if (i === words.length) return undefined;
    at.push(i++);
  }
  return at;
}

/**
 * How far the size written in a name is from a catalog model's: 0 when the size text is the same
 * ("8x7b", "e4b", "30b-a3b"), else |log(ratio)|; undefined when they disagree. Nominal sizes round
 * (Gemma "7B" holds 8.54B, "2B" 2.51B), so a ratio within 0.75–1.3 agrees. `active`: compare with
 * the active parameters (Llama 4 ids write only "17b").
 */
export function sizeDistance(
  name: NameWords,
  key: { model: CatalogModel; sizeText?: string },
  active = false,
): number | undefined {
  if (!name.sizeText) return 0;
  if (!active && key.sizeText && key.sizeText === name.sizeText) return 0;
  const written = name.size?.params;
  const held = active ? key.model.activeParams : key.model.params;
  if (written === undefined || held === undefined) return undefined;
  const ratio = held / written;
  return ratio >= 0.75 && ratio <= 1.3 ? Math.abs(Math.log(ratio)) : undefined;
}

/** Whether the size written in a name agrees with a catalog model's size. */
export function sizeAgrees(name: NameWords, key: { model: CatalogModel; sizeText?: string }): boolean {
  return sizeDistance(name, key) !== undefined;
}

/** The catalog model whose words a name holds with an agreeing size, or undefined. */
export function findBaseInName(raw: string): BaseMatch | undefined {
  keys ??= buildKeys();
  const name = nameWords(raw);
  if (name.words.length === 0) return undefined;
  const found = candidates(name, false) ?? candidates(name, true);
  if (!found) return undefined;
  const { key, at } = found;
  const used = new Set(at);
  const extra = name.words.filter(
    (w, i) =>
      !used.has(i) &&
      !isSameWeightsWord(w) &&
      !isServingWord(w) &&
      !(i === 0 && w === 'meta') &&
      !repeats(
        w,
        at.map(j => name.words[j]),
      ),
  );
  const format = name.words.some(isFormatWord);
  const otherOrg = name.org !== '' && !key.orgs.has(name.org);
  return { model: key.model, extra, otherOrg, format, ...(found.others ? { unversioned: found.others } : {}) };
}

/**
 * A name that writes a family and size but no version ("Mistral-7B" in "OpenHermes-2.5-Mistral-7B")
 * where the catalog holds several versions of one shape (Mistral 7B v0.1, v0.2, v0.3: same layers,
 * width and heads): the first version, with the others named. Fine-tunes that write no version
 * predate the later releases; the caller decides where an unversioned name may stand for one.
 */
function sameShapeReleases(
  best: { key: BaseKey; at: number[] }[],
): { key: BaseKey; at: number[]; others: CatalogModel[] } | undefined {
  const versioned = best.filter(b => b.key.version !== undefined);
  if (versioned.length < 2 || versioned.length !== best.length) return undefined;
  const first = versioned[0].key.model;
  const same = (m: CatalogModel) =>
    m.layers === first.layers &&
    m.hiddenSize === first.hiddenSize &&
    m.attentionHeads === first.attentionHeads &&
    m.kvHeads === first.kvHeads &&
    m.intermediateSize === first.intermediateSize &&
    Math.abs(m.params / first.params - 1) < 0.01;
  if (!versioned.every(b => same(b.key.model))) return undefined;
  const order = (v: string) => v.slice(1).split('.').map(Number);
  const byVersion = [...versioned].sort((a, b) => {
    const [x, y] = [order(a.key.version!), order(b.key.version!)];
    for (let i = 0; i < Math.max(x.length, y.length); i++)
      if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  });
  const pick = byVersion[0];
  const others = [...new Set(byVersion.map(b => b.key.model))].filter(m => m !== pick.key.model);
  return others.length ? { key: pick.key, at: pick.at, others } : undefined;
}

/** A word that only repeats part of a matched word: Ollama's "codellama:13b-code" is CodeLlama 13B. */
function repeats(word: string, matched: string[]): boolean {
  return word.length >= 4 && /^[a-z]+$/.test(word) && matched.some(m => m.length > word.length && m.includes(word));
}

/** The best key: most words matched, then the closest size; undefined when two models tie. */
function candidates(
  name: NameWords,
  active: boolean,
): { key: BaseKey; at: number[]; others?: CatalogModel[] } | undefined {
  type Hit = { key: BaseKey; at: number[]; distance: number };
  let best: Hit[] = [];
  let unversioned: Hit[] = [];
  for (const key of keys!) {
    // A class-less or version-less key needs a written total: an active size (Llama 4's "17b")
    // would let DeepSeek V3's 37B active stand for a "33b".
    if ((key.needsSize || key.version) && (!name.sizeText || active)) continue;
    // The active size stands for the model only beside a word beyond the family's ("llama4 maverick"
    // 17b): a bare "qwen3.5-4b" must not take Qwen3.5-35B-A3B for its 3B active.
    if (active && key.words.length < 2) continue;
    if (!name.sizeText && otherClass(name, key)) continue;
    const at = matchInOrder(name.words, key.words);
    const distance = at && sizeDistance(name, key, active);
    if (active && distance !== undefined && distance > ACTIVE_TOLERANCE) continue;
    if (!at || distance === undefined) continue;
    const list = key.version ? unversioned : best;
    const longer = list.length === 0 || key.words.length > list[0].key.words.length;
    const hit = { key, at, distance };
    if (longer) {
      if (key.version) unversioned = [hit];
      else best = [hit];
    } else if (key.words.length === list[0].key.words.length) list.push(hit);
  }
  // A version-less key speaks only for a name no full key matches, and only for several releases
  // of one shape (sameShapeReleases); one release alone is not named by its family word.
  if (best.length === 0) return unversioned.length ? sameShapeReleases(unversioned) : undefined;
  // With no size written, a key without a version ("codestral") could be any release of the family.
  if (!name.sizeText && !best[0].key.words.some(w => /\d/.test(w))) return undefined;
  best.sort((a, b) => a.distance - b.distance);
  const tied = best.filter(b => b.distance === best[0].distance);
  // With no size written, a family word alone ("llama2") names several sizes: no single base.
  return new Set(tied.map(b => b.key.model)).size === 1 ? best[0] : undefined;
}

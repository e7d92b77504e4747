// Turns one token into the size labels it holds. A whole model identifier becomes one label; a
// bare parameter count or format becomes one label when the surrounding text supports it; a
// compound such as "70B-Q4_K_M" yields its parts.
import type { Label, LabelDetail } from '../types';
import {
  parseQuant,
  findQuantInName,
  asExl3,
  parseGgufShorthand,
  EXL3_WORDS,
  type ParsedQuant,
} from '../quant/parseQuant';
import { exl3Around, ggufShorthandAround, starredExperts, tagPart } from './formatContext';
import { parseParamSize, findParamSizeInName, type ParamSize } from './paramSize';
import { readModelRef, type ModelRef } from './modelRef';
import { isLookalike } from './lookalikes';
import {
  looksLikeBytes,
  looksLikeMoney,
  looksLikeOtherCount,
  looksLikeQuarter,
  modelWord,
  modelWordClose,
  surroundings,
} from './context';
import { notASize, aboutData } from './notASize';
import { isqFormat, readCodeFormat } from './codeFormat';
import { activeAfter, familyNameBefore, isActivePartOfSize } from './namedInWords';
import type { Token } from './tokens';
import { FAMILY_NAME_WORD } from '../catalog/modelFamilies';

interface Decision {
  accept: boolean;
  guessed?: boolean;
  reason?: string;
  dtype?: boolean;
}

/** Names of model families: an unknown name with one of these and a size is a model. */
const FAMILY_WORD = FAMILY_NAME_WORD; // data/modelFamilies.json
/** File kinds that are not models: pictures, documents, data, code. */
const NON_MODEL_FILE = new RegExp(
  String.raw`\.(?:png|jpe?g|gif|svg|webp|md|txt|csv|tsv|json|ya?ml|html?|` +
    String.raw`pdf|docx?|xlsx?|pptx?|py|js|ts|go|rs|java|c|cpp|h|sh|log)$`,
  'i',
);

const DATASET_CALL = /(?:load_dataset|datasets\/)\s*\(?\s*["']?$/;
const OLLAMA_COMMAND = /ollama\s+(?:run|pull|show|create\s+\S+\s+-f|cp|push|rm)\s+$/i;

function paramsLabel(start: number, end: number, text: string, size: ParamSize, decision?: Decision): Label {
  const detail: LabelDetail = {};
  if (size.experts !== undefined) detail.experts = size.experts;
  if (size.expertSize !== undefined) detail.expertSize = size.expertSize;
  if (size.effective) detail.effective = true;
  if (decision?.guessed) detail.guessed = true;
  if (decision?.reason) detail.reason = decision.reason;
  const label: Label = { start, end, text, kind: 'params' };
  if (size.params !== undefined) label.params = size.params;
  if (size.activeParams !== undefined) label.activeParams = size.activeParams;
  if (Object.keys(detail).length) label.detail = detail;
  return label;
}

function quantLabel(start: number, end: number, text: string, q: ParsedQuant, decision?: Decision): Label {
  const label: Label = { start, end, text, kind: 'quant', quant: q.format.name, bitsPerWeight: q.bitsPerWeight };
  const detail: LabelDetail = {};
  if (q.recipe) detail.recipe = q.recipe;
  if (decision?.dtype || q.format.family === 'float') detail.dtype = true;
  if (decision?.guessed) detail.guessed = true;
  if (decision?.reason) detail.reason = decision.reason;
  if (Object.keys(detail).length) label.detail = detail;
  return label;
}

function modelLabel(tokenStart: number, token: string, ref: ModelRef): Label {
  const start = tokenStart + ref.start;
  const end = tokenStart + ref.end;
  const label: Label = { start, end, text: token.slice(ref.start, ref.end), kind: 'model' };
  const detail: LabelDetail = { source: ref.source, name: ref.name };
  if (ref.size?.size.effective) detail.effective = true;
  if (ref.catalog) {
    label.model = ref.catalog.id;
    label.params = ref.catalog.params;
    if (ref.catalog.activeParams !== undefined) label.activeParams = ref.catalog.activeParams;
  } else if (ref.base) {
    // a derivative named without its size: the base's count, which its weights keep
    label.params = ref.base.params;
    if (ref.base.activeParams !== undefined) label.activeParams = ref.base.activeParams;
  } else if (ref.size) {
    const s = ref.size.size;
    if (s.params !== undefined) label.params = s.params;
    if (s.activeParams !== undefined) label.activeParams = s.activeParams;
    if (s.experts !== undefined) detail.experts = s.experts;
    if (s.expertSize !== undefined) detail.expertSize = s.expertSize;
    if (s.effective) detail.effective = true;
  }
  if (ref.quant) {
    label.quant = ref.quant.parsed.format.name;
    label.bitsPerWeight = ref.quant.parsed.bitsPerWeight;
    if (ref.quant.parsed.recipe) detail.recipe = ref.quant.parsed.recipe;
  }
  if (ref.shard !== undefined) {
    detail.shard = ref.shard;
    detail.shards = ref.shards;
  }
  label.detail = detail;
  return label;
}

/** Whether a bare parameter count ("7B", "350M", "A3B", "E4B") is one, judged from its neighbours. */
function decideBareSize(text: string, t: Token, size: ParamSize): Decision {
  // "400M params", "7B parameters": the word after says what is counted, whatever came before.
  if (/^\s*(?:params|parameters)\b/i.test(text.slice(t.end, t.end + 16))) {
    return { accept: true, reason: '"parameters" written next to it' };
  }
  // MODEL_SIZE=0.6B, "model_size": "7b", --model-params 13B: the key says what the value counts.
  if (MODEL_SIZE_KEY.test(text.slice(Math.max(0, t.start - 32), t.start))) {
    return { accept: true, reason: 'a model-size key names it' };
  }
  const around = surroundings(text, t.start, t.end);
  if (looksLikeMoney(around) || looksLikeOtherCount(around)) return { accept: false };
  if (notASize(text, t.start, t.end)) return { accept: false };
  // "10m" is minutes or millicores far more often than millions of parameters: a model word must
  // stand right next to it ("a 350m model").
  if (t.text.endsWith('m') && !modelWordClose(text, t.start, t.end)) return { accept: false };
  const word = modelWord(around);
  if (!word && aboutData(text, t.start, t.end)) return { accept: false };
  const unit = t.text.slice(-1).toLowerCase();
  const needsWord = size.form === 'active' || size.form === 'effective' || (size.form === 'dense' && unit !== 'b');
  if (word) return { accept: true, reason: `"${word}" nearby` };
  if (needsWord || looksLikeBytes(around)) return { accept: false };
  if (size.form !== 'dense') return { accept: true };
  return { accept: true, guessed: true, reason: 'no model words nearby' };
}

/** Whether a bare format that is also an everyday word ("Q4", "INT8", "8-bit", "F16") is one. */
function decideBareQuant(text: string, t: Token, q: ParsedQuant): Decision {
  if (!q.ambiguous) return { accept: true };
  const around = surroundings(text, t.start, t.end);
  if (/^Q\d$/i.test(t.text) && looksLikeQuarter(around)) return { accept: false };
  const word = modelWord(around);
  return word ? { accept: true, reason: `"${word}" nearby` } : { accept: false };
}

const HAS_LETTER = /[A-Za-z]/;
const MODEL_SIZE_KEY = /model[_-]?(?:size|params|parameters)["']?\s*[:= ]\s*["']?$/i;

/** The labels one token holds, with offsets into `text`. */
export function classifyToken(text: string, t: Token): Label[] {
  // Look-alikes (hashes, colours, base64) are ruled out only where a label was read: most tokens
  // of a file hold none, and the look-alike checks read the text around each token.
  const labels = readToken(text, t);
  return labels.length > 0 && isLookalike(text, t.start, t.end, t.text) ? [] : labels;
}

function readToken(text: string, t: Token): Label[] {
  // Numbers, dates and times ("300", "2024-05-01", "12:30") name no size, format or model.
  if (!HAS_LETTER.test(t.text)) return [];
  const code = readCodeFormat(t.text, text.slice(Math.max(0, t.start - 24), t.start));
  if (code) {
    const span = t.text.slice(code.start, code.end);
    const decision = { accept: true, dtype: code.dtype };
    return [quantLabel(t.start + code.start, t.start + code.end, span, code.parsed, decision)];
  }
  const formats = formatSegments(t);
  if (formats) return formats;
  // "7B-parameter model", "70B-params": the size with a word saying what it counts.
  const counted = /^(.+?)-param(?:eter)?s?$/i.exec(t.text);
  if (counted && parseParamSize(counted[1])) {
    return [
      paramsLabel(t.start, t.start + counted[1].length, counted[1], parseParamSize(counted[1])!, {
        accept: true,
        reason: '"parameters" written next to it',
      }),
    ];
  }
  // "Mixtral 8\\*7B" (Markdown escapes the star), "8*22B": the experts form written with a star.
  const starred = starredExperts(text, t);
  if (starred) {
    const read = sizeLabels(text, starred.token, starred.size);
    // A star is multiplication in code too ("4*32b = 128b" counts bits): without a model named before
    // it, "N*MB" must be written with a capital B and stand next to model words.
    const named = read.some(l => l.kind === 'model' || l.detail?.reason?.startsWith("a model's name"));
    const worded = t.text.endsWith('B') && modelWordClose(text, starred.token.start, t.end) !== undefined;
    return named || worded ? read.map(l => ({ ...l, text: text.slice(l.start, l.end) })) : [];
  }
  const size = parseParamSize(t.text);
  if (size) return sizeLabels(text, t, size);
  const quant = parseQuant(t.text);
  if (quant) {
    const d = decideBareQuant(text, t, quant);
    const read = exl3Around(text, t.start, t.end) ? asExl3(quant, t.text) : quant;
    return d.accept ? [quantLabel(t.start, t.end, t.text, read, d)] : [];
  }
  const short = parseGgufShorthand(t.text);
  if (short) {
    const around = ggufShorthandAround(text, t.start, t.end);
    if (!around) return [];
    const isq = around.isq ? isqFormat(t.text) : undefined;
    const read = isq ? (parseQuant(isq) ?? short) : short;
    return [quantLabel(t.start, t.end, t.text, read, { accept: true, reason: around.reason })];
  }
  const ref = localPathName(text, t, readModelRef(t.text)) ?? ollamaCommandArgument(text, t);
  // load_dataset("org/RedPajama-Data-1T-Sample"): a data set id, not a model.
  if (ref && DATASET_CALL.test(text.slice(Math.max(0, t.start - 24), t.start))) return [];
  // RUNS_UP_TO_150B, MAX_HEAP_8M: constants in capitals name no model.
  if (ref && ref.source === 'plain' && !ref.catalog && /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(t.text)) return [];
  // "fig_3b.png", "data/70b.csv": files of other kinds are not models.
  if (ref && !ref.catalog && NON_MODEL_FILE.test(t.text.slice(ref.start, ref.end))) return [];
  if (ref && ref.source === 'plain' && !ref.catalog && !ref.quant && !FAMILY_WORD.test(ref.name) && !capitalSize(ref)) {
    // "table-2b", "type-2b": a size-like part in an unknown name needs model words nearby.
    if (!modelWord(surroundings(text, t.start, t.end))) return [];
  }
  if (ref && ref.source === 'ollama' && !ref.catalog && !ref.quant && !FAMILY_WORD.test(ref.name)) {
    // "zone=perip:10m", "[10m:1m]", "memory:32m": a size-only tag needs a model name or words.
    const ollama = /ollama/i.test(text.slice(Math.max(0, t.start - 40), t.start));
    if (!modelWordClose(text, t.start, t.end) && !ollama) return [];
  }
  if (ref) return [...pathFormats(t, ref), modelLabel(t.start, t.text, ref)].sort((a, b) => a.start - b.start);
  // "models/exl2/4.0bpw/": format parts of a path that names no model.
  const parts = pathFormats(t);
  return parts.length ? parts : compoundParts(t);
}

/** The labels of a parameter count: a model named in words before it, or the size alone. */
function sizeLabels(text: string, t: Token, size: ParamSize): Label[] {
  const named = namedBefore(text, t);
  if (named)
    return [
      modelLabel(named.start, text.slice(named.start, t.end), { ...named.ref, start: 0, end: t.end - named.start }),
    ];
  const family = familyNameBefore(text, t);
  if (family !== undefined) {
    const active = size.activeParams === undefined ? activeAfter(text, t.end) : undefined;
    const end = active?.end ?? t.end;
    const sized = active ? { ...size, activeParams: active.activeParams } : size;
    const reason = `a model's name in words: "${text.slice(family, t.start).trim()}"`;
    return [paramsLabel(family, end, text.slice(family, end), sized, { accept: true, reason })];
  }
  if (isActivePartOfSize(text, t)) return [];
  const d = decideBareSize(text, t, size);
  return d.accept ? [paramsLabel(t.start, t.end, t.text, size, d)] : [];
}

// Up to two words before a size, on the same line: "Llama 3.1 70B", "Mixtral 8x7B", "Qwen2.5 7B".
const WORDS_BEFORE = new RegExp(
  String.raw`(?:^|[^A-Za-z0-9._-])([A-Za-z][A-Za-z0-9.-]{1,30})(?:[ ` +
    String.raw`\t]+([A-Za-z0-9][A-Za-z0-9.]{0,10}))?(?:[ \t]+([A-Za-z][A-Za-z0-9.]{0,10}))?[ \t]+$`,
);

/** A catalog model named in plain words just before a size label. */
function namedBefore(text: string, t: Token): { start: number; ref: ModelRef } | undefined {
  const before = text.slice(Math.max(0, t.start - 48), t.start);
  const m = WORDS_BEFORE.exec(before);
  if (!m) return undefined;
  const base = t.start - before.length;
  // The longest run of words first: "Llama 4 Scout 17B-16E", "Llama 3.1 70B", "Mixtral 8x7B".
  const words = [m[1], m[2], m[3]].filter((w): w is string => !!w);
  const tries: Array<[string, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const start =
      base + m.index + m[0].indexOf(words[i], i === 0 ? 0 : m[0].indexOf(words[i - 1]) + words[i - 1].length);
    tries.push([`${words.slice(i).join(' ')} ${t.text}`, start]);
  }
  for (const [name, start] of tries) {
    const ref = readModelRef(name.replace(/\s+/g, '-'));
    if (ref?.catalog) return { start, ref: { ...ref, source: 'plain', name } };
  }
  return undefined;
}

/**
 * "./mlc-llm/Qwen2.5-0.5B-…", "../models/foo-7b": in a relative path the first directory is a folder
 * on disk, not a Hub organisation, so the model is the part after it.
 */
function localPathName(text: string, t: Token, ref: ModelRef | undefined): ModelRef | undefined {
  if (!ref || ref.source !== 'hf' || ref.start !== 0) return ref;
  if (!/(?:^|[^A-Za-z0-9_-])(?:\.\.?|~)\/$/.test(text.slice(Math.max(0, t.start - 4), t.start))) return ref;
  const slash = t.text.indexOf('/');
  return slash > 0 && slash + 1 < ref.end ? { ...ref, start: slash + 1, source: 'plain' } : ref;
}

/** "ollama run llama3.1": a bare Ollama tag is a model even without a size in it. */
function ollamaCommandArgument(text: string, t: Token): ModelRef | undefined {
  if (!OLLAMA_COMMAND.test(text.slice(Math.max(0, t.start - 40), t.start))) return undefined;
  const ref = readModelRef(`${t.text}:latest`);
  return ref?.catalog || (ref && ref.source === 'ollama') ? { ...ref, end: t.text.length } : undefined;
}

/** "70B-Q4_K_M", "8b_q4_0": a size and a format glued together without a model name. */
function compoundParts(t: Token): Label[] {
  const size = findParamSizeInName(t.text);
  const quant = findQuantInName(t.text);
  // Either part alone inside an unknown compound ("4B-aligned", "utf-8") proves nothing.
  if (!size || !quant || quant.parsed.ambiguous) return [];
  // "7b-q3_K_S", "13b-instruct-q4_0": an Ollama tag's part after the colon, read as one.
  if (tagPart(t.text, size, quant)) {
    const label: Label = {
      ...paramsLabel(t.start, t.end, t.text, size.size),
      kind: 'model',
      quant: quant.parsed.format.name,
      bitsPerWeight: quant.parsed.bitsPerWeight,
    };
    label.detail = { ...label.detail, source: 'ollama', name: t.text };
    return [label];
  }
  const labels = [
    paramsLabel(t.start + size.start, t.start + size.end, t.text.slice(size.start, size.end), size.size),
    quantLabel(t.start + quant.start, t.start + quant.end, t.text.slice(quant.start, quant.end), quant.parsed),
  ];
  return labels.sort((a, b) => a.start - b.start);
}

/** "VILA-7B", "Falcon-40B": a size written with a capital unit glued to a name is a model's. */
function capitalSize(ref: ModelRef): boolean {
  return !!ref.size && /[BT]$/.test(ref.name.slice(ref.size.start, ref.size.end));
}

/** A path part that is a format on its own ("4.0bpw", "W4A16", "exl2"). */
function formatPart(part: string): ParsedQuant | undefined {
  // Every format name has a digit except AWQ and GPTQ: a cheap test first, for long paths.
  if (part.length < 3 || part.length > 24 || !/\d|^(?:awq|gptq)$/i.test(part)) return undefined;
  const q = parseQuant(part);
  return q && !/^Q\d$/i.test(part) ? q : undefined;
}

/** "W4A16/W8A8", "exl2/4.0bpw": a token made of formats only gives one label per part. */
function formatSegments(t: Token): Label[] | undefined {
  if (!t.text.includes('/')) return undefined;
  const labels: Label[] = [];
  const exl3 = EXL3_WORDS.test(t.text);
  let at = 0;
  for (const part of t.text.split('/')) {
    const q = part ? formatPart(part) : undefined;
    if (part && !q) return undefined;
    if (q) labels.push(quantLabel(t.start + at, t.start + at + part.length, part, exl3 ? asExl3(q, part) : q));
    at += part.length + 1;
  }
  return labels.length ? labels : undefined;
}

/** "…/llama2-7b-exl2/4.5bpw/": format parts of a path beside the part that names the model. */
function pathFormats(t: Token, ref?: ModelRef): Label[] {
  // Paths of more than 16 parts are generated text, not a model's directory.
  if (!t.text.includes('/') || t.text.split('/', 17).length > 16) return [];
  const labels: Label[] = [];
  const exl3 = EXL3_WORDS.test(t.text);
  let at = 0;
  for (const part of t.text.split('/')) {
    const inside = !!ref && at >= ref.start && at < ref.end;
    const q = part && !inside ? formatPart(part) : undefined;
    if (q && q.format.family !== 'float' && !q.ambiguous) {
      labels.push(quantLabel(t.start + at, t.start + at + part.length, part, exl3 ? asExl3(q, part) : q));
    }
    at += part.length + 1;
  }
  return labels;
}

// The recognizer's two entry points: every label in a text, and the label under one offset.
import type { Label } from '../types';
import { classifyToken } from './classifyToken';
import { isTokenChar, tokenAt, tokens, MAX_TOKEN, type Token } from './tokens';
import { CONTEXT_CHARS } from './context';
import { Memo, ownCopy } from '../memo';
import { reportError } from '../errors';

/** Every size label in `text`, in order. Never throws. */
export function findLabels(text: string): Label[] {
  if (typeof text !== 'string') return [];
  const labels: Label[] = [];
  for (const t of tokens(text)) {
    try {
      labels.push(...classifyToken(text, t));
    } catch (e) {
      // A recognizer bug must not take the caller down; the token is simply not a label.
      reportError('findLabels', e);
    }
  }
  return labels;
}

/**
 * The labels of one token, with offsets relative to the token's start. Classification reads the
 * token and at most CONTEXT_CHARS of text on each side of it (context.ts; the look-alike, Ollama
 * command and plain-name checks read less), so that stretch of text is the key: hovering along a
 * label, or over it again, classifies it once. The token is classified inside its own copy of that
 * stretch, so what is remembered never holds on to the document line (see memo.ts).
 */
const classified = new Memo<readonly Label[]>(2000);
function tokenLabels(text: string, t: Token): readonly Label[] {
  const from = Math.max(0, t.start - CONTEXT_CHARS);
  const at = t.start - from;
  const context = text.slice(from, t.end + CONTEXT_CHARS);
  return classified.get(`${at}|${context}`, () => {
    const own = ownCopy(context);
    const token: Token = { start: at, end: at + t.text.length, text: own.slice(at, at + t.text.length) };
    return classifyToken(own, token).map(l => Object.freeze({ ...l, start: l.start - at, end: l.end - at }));
  });
}

function coveringLabel(window: string, t: Token, probe: number): (Label & { start: number }) | undefined {
  return tokenLabels(window, t).find(l => t.start + l.start <= probe && probe < t.start + l.end);
}

function shifted<L extends { start: number; end: number }>(l: L, by: number): L {
  return { ...l, start: l.start + by, end: l.end + by };
}

/** How far right of a word the size of a model named in words may stand ("Llama 4 Scout 17B"). */
const WORDS_REACH = 48;

/**
 * A model named in words ("Mixtral 8x7B", "Llama 3.1 70B") is labelled from its size, a few words
 * to the right: hovering any of its words answers with that label. Reads the token before and at
 * most three after, on the same line.
 */
function labelOfWordsAfter(window: string, t: Token, probe: number): ReturnType<typeof coveringLabel> {
  // The token before, for a part written after the size ("A4B" in "Gemma 4 26B A4B").
  let back = t.start;
  while (back > 0 && (window[back - 1] === ' ' || window[back - 1] === '\t')) back--;
  const before = back < t.start && back > 0 ? tokenAt(window, back - 1) : undefined;
  const hitBefore = before && coveringLabel(window, before, probe);
  if (hitBefore) return shifted(hitBefore, before.start - t.start);
  let pos = t.end;
  for (let k = 0; k < 3; k++) {
    while (pos < window.length && (window[pos] === ' ' || window[pos] === '\t')) pos++;
    if (pos >= window.length || pos - probe > WORDS_REACH || !isTokenChar(window.charCodeAt(pos))) return undefined;
    const next = tokenAt(window, pos);
    const hit = next && coveringLabel(window, next, probe);
    if (hit) return shifted(hit, next.start - t.start);
    // a word too short to be a token ("4" in "Gemma 4 26B") is stepped over
    while (pos < window.length && isTokenChar(window.charCodeAt(pos))) pos++;
  }
  return undefined;
}

/**
 * The label covering `offset` (a label's last character, or the position just after it, counts).
 * Looks only at a window of text around the offset, so the cost does not depend on the length of
 * the text or line. Never throws.
 */
export function labelAt(text: string, offset: number): Label | undefined {
  if (typeof text !== 'string' || !Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
  try {
    // Re-base onto a window: tokens are at most MAX_TOKEN long, context at most CONTEXT_CHARS.
    const reach = MAX_TOKEN + CONTEXT_CHARS + 1;
    const base = Math.max(0, offset - reach);
    const window = base === 0 && text.length <= offset + reach ? text : text.slice(base, offset + reach);
    const at = offset - base;
    // NUL characters mean binary content shown as text: nothing here is a label.
    if (window.includes('\u0000')) return undefined;
    for (const probe of [at, at - 1]) {
      if (probe < 0) continue;
      const t = tokenAt(window, probe);
      if (!t) continue;
      const hit = coveringLabel(window, t, probe) ?? labelOfWordsAfter(window, t, probe);
      // A copy, with a detail of its own: the remembered label stays as it was.
      if (hit)
        return {
          ...hit,
          start: hit.start + t.start + base,
          end: hit.end + t.start + base,
          ...(hit.detail ? { detail: { ...hit.detail } } : {}),
        };
    }
  } catch (e) {
    // As above: no label rather than an exception on the hover path.
    reportError('labelAt', e);
  }
  return undefined;
}

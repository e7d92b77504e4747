// The recognizer's two entry points: every label in a text, and the label under one offset.
import type { Label } from '../types';
import { classifyToken } from './classifyToken';
import { tokenAt, tokens, MAX_TOKEN, type Token } from './tokens';
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
      const hit = tokenLabels(window, t).find(l => t.start + l.start <= probe && probe < t.start + l.end);
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

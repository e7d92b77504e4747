// The recognizer's two entry points: every label in a text, and the label under one offset.
import type { Label } from '../types';
import { classifyToken } from './classifyToken';
import { tokenAt, tokens, MAX_TOKEN } from './tokens';
import { CONTEXT_CHARS } from './context';

/** Every size label in `text`, in order. Never throws. */
export function findLabels(text: string): Label[] {
  if (typeof text !== 'string') return [];
  const labels: Label[] = [];
  for (const t of tokens(text)) {
    try {
      labels.push(...classifyToken(text, t));
    } catch {
      // A recognizer bug must not take the caller down; the token is simply not a label.
    }
  }
  return labels;
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
      const hit = classifyToken(window, t).find(l => l.start <= probe && probe < l.end);
      if (hit) return { ...hit, start: hit.start + base, end: hit.end + base };
    }
  } catch {
    // As above: no label rather than an exception on the hover path.
  }
  return undefined;
}

// A fenced code block in Markdown around an offset: its content span and its info string.
// Fences are counted from the start of the window; an offset outside every fence is prose.
import type { TextWindow } from './window';

export interface Fence {
  start: number;
  end: number;
  info: string;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})\s*([\w+.-]*)/;

export function fenceAround(text: string, offset: number, w: TextWindow): Fence | undefined {
  let open: { marker: string; info: string; contentStart: number } | undefined;
  let i = w.start;
  while (i < w.end) {
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 || nl > w.end ? w.end : nl;
    const m = FENCE.exec(text.slice(i, lineEnd));
    if (m) {
      if (!open) open = { marker: m[1], info: m[2].toLowerCase(), contentStart: lineEnd + 1 };
      else if (m[1][0] === open.marker[0] && m[1].length >= open.marker.length && !m[2]) {
        if (offset >= open.contentStart && offset < i) return { start: open.contentStart, end: i, info: open.info };
        open = undefined;
      }
    }
    if (i > offset && !open) return undefined;
    i = lineEnd + 1;
  }
  if (open && offset >= open.contentStart) return { start: open.contentStart, end: w.end, info: open.info };
  return undefined;
}

/**
 * Markdown's other code block: lines indented by four spaces or a tab (CommonMark §4.4), which is
 * also how MkDocs tabs and admonitions (`=== "vLLM"`, `??? info`) nest their content. The run of
 * indented and blank lines around the offset; undefined when the offset's line is not indented.
 */
export function indentedBlockAround(text: string, offset: number, w: TextWindow): Fence | undefined {
  const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  const lineEndAt = (i: number) => {
    const nl = text.indexOf('\n', i);
    return nl < 0 || nl > w.end ? w.end : nl;
  };
  const inBlock = (s: number, e: number) => /^(?: {4}|\t)/.test(text.slice(s, e)) || !text.slice(s, e).trim();
  const first = Math.max(w.start, lineStart(offset));
  if (!/^(?: {4}|\t)/.test(text.slice(first, lineEndAt(first)))) return undefined;
  let start = first;
  while (start > w.start) {
    const prev = Math.max(w.start, lineStart(start - 1));
    if (!inBlock(prev, start - 1)) break;
    start = prev;
  }
  let end = lineEndAt(first);
  while (end < w.end) {
    const next = lineEndAt(end + 1);
    if (!inBlock(end + 1, next)) break;
    end = next;
  }
  return { start, end, info: '' };
}

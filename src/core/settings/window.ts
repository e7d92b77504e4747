// The bounded part of a document the settings reader looks at: whole lines around the label, at
// most WINDOW_LINES each side and WINDOW_CHARS each side (a longer line is cut around the label), so
// a hover never scans a whole file.

export const WINDOW_LINES = 160;
export const WINDOW_CHARS = 24_000;

export interface TextWindow {
  start: number;
  end: number;
}

export function windowAround(text: string, offset: number): TextWindow {
  let start = offset;
  for (let n = 0; start > 0 && n <= WINDOW_LINES && offset - start < WINDOW_CHARS; n++) {
    const nl = text.lastIndexOf('\n', start - 1);
    start = nl < 0 ? 0 : nl;
    if (nl < 0) break;
  }
  if (start > 0) start++;
  let end = offset;
  for (let n = 0; end < text.length && n <= WINDOW_LINES && end - offset < WINDOW_CHARS; n++) {
    const nl = text.indexOf('\n', end + 1);
    end = nl < 0 ? text.length : nl;
  }
  // A line longer than the budget (minified or generated text) is cut around the label.
  return { start: Math.max(start, offset - WINDOW_CHARS), end: Math.min(end, text.length, offset + WINDOW_CHARS) };
}

/** Start offsets of the lines of text[w.start, w.end). */
export function lineStarts(text: string, w: TextWindow): number[] {
  const starts = [w.start];
  for (let i = text.indexOf('\n', w.start); i >= 0 && i < w.end; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line (in `starts`) that holds `offset`. */
export function lineIndexOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

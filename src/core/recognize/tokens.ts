// Splits text into candidate tokens: runs of the characters size labels and model ids are made of
// (letters, digits and . _ - : /). Everything here is bounded: a run longer than MAX_TOKEN (a
// minified line, a base64 blob) is never a label and is skipped without being copied.

export const MAX_TOKEN = 200;

export function isTokenChar(code: number): boolean {
  return (
    (code >= 48 && code <= 58) /* 0-9 : */ ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 46 /* . */ ||
    code === 95 /* _ */ ||
    code === 45 /* - */ ||
    code === 47
  ); /* / */
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

const EDGE_CHARS = new Set(['.', '_', ':', '/', '-']);

/** Trims separators off both ends ("70B." at the end of a sentence is "70B"). */
export function trimToken(text: string, start: number): Token | undefined {
  let s = 0;
  let e = text.length;
  while (s < e && EDGE_CHARS.has(text[s])) s++;
  while (e > s && EDGE_CHARS.has(text[e - 1])) e--;
  if (e - s < 2) return undefined;
  return { start: start + s, end: start + e, text: text.slice(s, e) };
}

/** The token covering `offset`, or undefined when there is none or it is too long. */
export function tokenAt(text: string, offset: number): Token | undefined {
  let start = offset;
  const floor = Math.max(0, offset - MAX_TOKEN);
  while (start > floor && isTokenChar(text.charCodeAt(start - 1))) start--;
  if (start === floor && floor > 0 && isTokenChar(text.charCodeAt(floor - 1))) return undefined;
  let end = offset;
  const ceiling = Math.min(text.length, offset + MAX_TOKEN);
  while (end < ceiling && isTokenChar(text.charCodeAt(end))) end++;
  if (end === ceiling && ceiling < text.length && isTokenChar(text.charCodeAt(ceiling))) return undefined;
  if (end - start > MAX_TOKEN || end === start) return undefined;
  return trimToken(text.slice(start, end), start);
}

/** Every token of the text, in order (long runs skipped). */
export function* tokens(text: string): Generator<Token> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isTokenChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isTokenChar(text.charCodeAt(i))) i++;
    if (i > start && i - start <= MAX_TOKEN) {
      const t = trimToken(text.slice(start, i), start);
      if (t) yield t;
    }
  }
}

// Things that contain size-label shapes but are not labels: hashes, hex literals, UUIDs, colours,
// base64. Checked before a token is read as anything.

const HEX_RUN = /^[0-9a-f]+$/i;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function isHashLike(part: string): boolean {
  // A git SHA (7+ hex digits) or a longer digest; "70B" and "8B" are too short to be one.
  return part.length >= 7 && HEX_RUN.test(part) && /\d/.test(part) && /[a-f]/i.test(part);
}

/** True when the token, or what stands right before it, says it is not a size label. */
export function isLookalike(text: string, start: number, end: number, token: string): boolean {
  if (/^0x/i.test(token)) return true; // 0x70B
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before === 35 /* # */ || before === 38 /* & */) return true; // #70B0C4, &#x70B;
  if (UUID.test(token)) return true;
  if (/^sha\d{1,3}[-:]/i.test(token)) return true; // sha512-4B/qK…, sha256:…
  // A path or URL may hold a commit ("…/blob/1d240ba3…/config.json") and still name a model.
  if (!token.includes('/')) for (const part of token.split(/[-:_.]/)) if (isHashLike(part)) return true;
  return (!/[-_.:]/.test(token) && inBase64(text, start, end)) || inEncodedRun(text, start, end);
}

/** Punctuation that uuencode and similar encodings scatter between letters and digits. */
function isEncodingMark(code: number): boolean {
  // Not "|", "*", "<", ">", "`": Markdown and HTML glue those to labels ("|Llama-2|70B|**64.1**|").
  return (
    code === 33 ||
    (code >= 35 && code <= 38) ||
    code === 43 ||
    code === 59 ||
    code === 61 ||
    code === 63 ||
    code === 64 ||
    code === 92 ||
    code === 94 ||
    code === 126
  ); // ! #$%& + ; = ? @ \ ^ ~
}

/** Inside a run without spaces that is dense with encoding marks: "M9V%N7&0@8B!I;G1E9W)A". */
function inEncodedRun(text: string, start: number, end: number): boolean {
  const limit = 32;
  let marks = 0;
  let s = start;
  while (s > 0 && start - s < limit && text.charCodeAt(s - 1) > 32) {
    s--;
    if (isEncodingMark(text.charCodeAt(s))) marks++;
  }
  let e = end;
  while (e < text.length && e - end < limit && text.charCodeAt(e) > 32) {
    if (isEncodingMark(text.charCodeAt(e))) marks++;
    e++;
  }
  return marks >= 4 && e - s >= 16;
}

/** A-Z, a-z, 0-9, + / = (by character code: this runs for every character around every token). */
function isBase64Char(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    code === 61
  );
}

/** Inside a long run of base64 characters (a data URI, a key): "…Zm9v+70B+YmFy…". */
function inBase64(text: string, start: number, end: number): boolean {
  const limit = 64;
  let s = start;
  while (s > 0 && start - s < limit && isBase64Char(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < limit && isBase64Char(text.charCodeAt(e))) e++;
  if (e - s < 48) return false;
  const run = text.slice(s, e);
  return /[+=]/.test(run) || (/[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run));
}

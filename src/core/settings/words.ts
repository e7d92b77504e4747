// Splits the text of a command, call or config entry into words, the way the engines' own parsers
// would see its tokens: quotes group and are dropped, comments are skipped, and the punctuation of
// YAML flow lists, JSON and Python argument lists separates words.

export interface Word {
  /** The word without its quotes. */
  text: string;
  /** Offsets of the word (quotes included) in the whole text. */
  start: number;
  end: number;
  line: number;
  /** Followed by `:` (a YAML or JSON key). */
  key?: boolean;
  quoted?: boolean;
}

export type CommentStyle = 'hash' | 'none';

/** A quoted string that holds several options: it starts with one and has a blank before another. */
const MANY_OPTIONS = /^\s*--?[A-Za-z][\w.-]*[\s=][^]*\s--?[A-Za-z]/;

/** Only blanks between the start of the line (or of the text) and i. */
function atLineStart(text: string, from: number, i: number): boolean {
  for (let j = i - 1; j >= from; j--) {
    if (text[j] === '\n') return true;
    if (text[j] !== ' ' && text[j] !== '\t') return false;
  }
  return true;
}

const SEPARATORS = new Set([' ', '\t', '\r', ',', '[', ']', '(', ')', '{', '}', ';']);

/** Words of text[from, to). `#` starts a comment only where a word could start. */
export function splitWords(text: string, from: number, to: number, comments: CommentStyle): Word[] {
  const words: Word[] = [];
  let line = 0;
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (SEPARATORS.has(c) || (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r'))) {
      i++;
      continue;
    }
    if (c === '#' && comments === 'hash') {
      while (i < to && text[i] !== '\n') i++;
      continue;
    }
    // A YAML list marker ("- --max-model-len", "- \"4096\"") is punctuation, not a word.
    if (c === '-' && (i + 1 >= to || /\s/.test(text[i + 1])) && atLineStart(text, from, i)) {
      i++;
      continue;
    }
    const start = i;
    let out = '';
    let quoted = false;
    while (i < to) {
      const ch = text[i];
      if (ch === '"' || ch === "'") {
        const close = text.indexOf(ch, i + 1);
        if (close < 0 || close >= to) {
          i = to;
          break;
        }
        // a JSON document passed as one argument (`-d '{…}'`, `--speculative-config '{…}'`)
        if (!out && /^\s*[{[]/.test(text.slice(i + 1, close)) && text.slice(i + 1, close).includes('"')) {
          words.push(...splitWords(text, i + 1, close, 'none').map(x => ({ ...x, line: x.line + line })));
          line += (text.slice(i, close).match(/\n/g) ?? []).length;
          i = close + 1;
          out = '';
          break;
        }
        // several options passed as one argument (`args '--max-model-len 4096 --dtype half'`,
        // `VLLM_ARGS="--max-model-len 4096"`): the words the engine splits them into
        if (!out && MANY_OPTIONS.test(text.slice(i + 1, close))) {
          words.push(...splitWords(text, i + 1, close, 'none').map(x => ({ ...x, line: x.line + line })));
          line += (text.slice(i, close).match(/\n/g) ?? []).length;
          i = close + 1;
          out = '';
          break;
        }
        out += text.slice(i + 1, close);
        quoted = true;
        i = close + 1;
        continue;
      }
      if (ch === '\n' || SEPARATORS.has(ch)) break;
      // a YAML/JSON key ends at ':' followed by a blank or the end of the line
      if (ch === ':' && (i + 1 >= to || /[\s]/.test(text[i + 1]))) {
        if (out) words.push({ text: out, start, end: i, line, key: true, quoted });
        out = '';
        i++;
        break;
      }
      out += ch;
      i++;
    }
    if (out) words.push({ text: out, start, end: i, line, quoted });
    else if (i === start) i++;
  }
  return words;
}

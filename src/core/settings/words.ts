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

const SUBSTITUTION = /^\$\{[A-Za-z_]\w*(?::?[-=+?][^}\s]*)?\}/;

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
      // a shell or compose substitution with its default, `${TP:-2}`, is one word (its braces are
      // not punctuation)
      const sub = ch === '$' ? SUBSTITUTION.exec(text.slice(i, Math.min(to, i + 200))) : null;
      if (sub) {
        out += sub[0];
        i += sub[0].length;
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
    if (out) words.push(...commaOptions({ text: out, start, end: i, line, quoted }, text));
    else if (i === start) i++;
  }
  return words;
}

// lm-evaluation-harness and lighteval model arguments: "pretrained=org/m,dtype=bfloat16,
// max_model_length=2048" (also behind `NAME=`), options separated by commas inside one argument.
const COMMA_OPTIONS = /^(?:[A-Za-z_]\w*=)?[A-Za-z_]\w*=[^,]*,(?:[^,]*,)*?[A-Za-z_]\w*=/;

/** A word holding comma-separated options, as one word per option (offsets kept when exact). */
function commaOptions(w: Word, text: string): Word[] {
  if (!w.text.includes(',') || !COMMA_OPTIONS.test(w.text)) return [w];
  // where each character of the word stands in the text (quotes are dropped from words)
  const raw = text.slice(w.start, w.end);
  const pos: number[] = [];
  for (let k = 0; k < raw.length; k++) if (raw[k] !== '"' && raw[k] !== "'") pos.push(w.start + k);
  if (pos.length !== w.text.length) return [w];
  // a leading `NAME=` (a shell variable holding the list) is dropped
  const lead = /^[A-Za-z_]\w*=(?=[A-Za-z_]\w*=)/.exec(w.text)?.[0].length ?? 0;
  const out: Word[] = [];
  let from = lead;
  let depth = 0;
  for (let k = lead; k <= w.text.length; k++) {
    const c = w.text[k];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    if ((c === ',' && depth === 0) || k === w.text.length) {
      if (k > from) out.push({ text: w.text.slice(from, k), start: pos[from], end: pos[k - 1] + 1, line: w.line });
      from = k + 1;
    }
  }
  return out;
}

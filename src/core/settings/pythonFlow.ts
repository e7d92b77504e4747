// The Python calls a label belongs to, followed through variables: the call whose arguments hold
// the label (or, when the label is assigned to a variable, the calls that use the variable); then
// the calls that take what those calls returned (`model = …from_pretrained(…)` →
// `get_peft_model(model, …)` → `SFTTrainer(model=model, args=SFTConfig(…))`), and the calls whose
// results they are given (`quantization_config=bnb_config` → `bnb_config = BitsAndBytesConfig(…)`).
// A label in a dict with no call around it reads that dict. A tokenizer's call is never followed.
import type { Scope } from './scope';
import type { TextWindow } from './window';

interface Call {
  callee: string;
  open: number;
  close: number;
  targets: string[];
  start: number;
}

const MAX_CALLS = 24;

/** Every call in the window with balanced parentheses, strings and comments skipped. */
function calls(text: string, w: TextWindow): Call[] {
  const out: Call[] = [];
  const stack: Array<{ open: number; callee: string; start: number }> = [];
  for (let i = w.start; i < w.end; i++) {
    const c = text[i];
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? w.end : nl;
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const close = triple ? text.indexOf(c.repeat(3), i + 3) : text.indexOf(c, i + 1);
      if (close < 0 || close > w.end) break;
      i = triple ? close + 2 : close;
      continue;
    }
    if (c === '(') {
      const m = /([A-Za-z_][\w.]*)\s*$/.exec(text.slice(Math.max(w.start, i - 80), i));
      stack.push({ open: i, callee: m ? m[1] : '', start: m ? i - m[0].length : i });
    } else if (c === ')') {
      const top = stack.pop();
      if (top && top.callee)
        out.push({
          callee: top.callee,
          open: top.open,
          close: i,
          start: top.start,
          targets: targetsOf(text, top.start),
        });
    }
  }
  return out;
}

/** `a, b = callee(` → ['a', 'b']. */
function targetsOf(text: string, callStart: number): string[] {
  const lineStart = text.lastIndexOf('\n', callStart - 1) + 1;
  const m = /^\s*([A-Za-z_][\w\s,]*?)\s*=\s*$/.exec(text.slice(lineStart, callStart));
  return m
    ? m[1]
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
    : [];
}

const uses = (name: string) => new RegExp(`(?<![\\w.])${name}(?![\\w]|\\s*=[^=])`);
const NOT_FOLLOWED = /Tokenizer|Processor|print|len|range|list|dict|str|open|format/;

export function pythonScope(text: string, offset: number, w: TextWindow): Scope {
  const all = calls(text, w);
  const holder = all.filter(c => c.open < offset && offset < c.close).sort((a, b) => b.open - a.open)[0];
  let seed: Call[] = [];
  if (holder) seed = [holder];
  else {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const assigned = /^\s*([A-Za-z_]\w*)\s*=\s*["']?$/.exec(text.slice(lineStart, offset));
    if (assigned) seed = all.filter(c => c.open > offset && uses(assigned[1]).test(text.slice(c.open + 1, c.close)));
    else return { ...dictScope(text, offset, w), foreign: keywordArguments(all) };
  }
  const chosen = new Set<Call>(seed.filter(c => !NOT_FOLLOWED.test(c.callee)));
  const blocked = seed.some(c => NOT_FOLLOWED.test(c.callee));
  for (let round = 0; round < 8 && !blocked; round++) {
    const before = chosen.size;
    for (const c of [...chosen]) {
      const args = text.slice(c.open + 1, c.close);
      for (const other of all) {
        if (chosen.has(other) || chosen.size >= MAX_CALLS || NOT_FOLLOWED.test(other.callee)) continue;
        const takesResult =
          other.open > c.close && c.targets.some(t => uses(t).test(text.slice(other.open + 1, other.close)));
        const givesArg = other.targets.some(t => new RegExp(`=\\s*${t}\\b`).test(args));
        if (takesResult || givesArg) chosen.add(other);
      }
    }
    if (chosen.size === before) break;
  }
  const list = [...chosen].filter(c => ![...chosen].some(o => o !== c && o.open < c.open && c.close < o.close));
  return {
    segments: list.map(c => [c.open + 1, c.close] as [number, number]),
    comments: 'hash',
    window: w,
    foreign: keywordArguments(all),
    callees: [...chosen].map(c => c.callee),
  };
}

/**
 * The argument lists of the calls: `max_model_len=32768,` inside another `LLM(...)` is that call's
 * keyword argument, not a variable the label's call can read.
 */
function keywordArguments(all: Call[]): Array<[number, number]> {
  return all.map(c => [c.open + 1, c.close] as [number, number]);
}

/** The innermost `{…}` around the offset (a dict or JSON object), nested objects included. */
export function dictScope(text: string, offset: number, w: TextWindow): Scope {
  let depth = 0;
  let open = -1;
  for (let i = offset; i >= w.start; i--) {
    const c = text[i];
    if (c === '}') depth++;
    else if (c === '{') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return { segments: [], comments: 'hash', window: w };
  depth = 0;
  for (let i = open; i < w.end; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { segments: [[open + 1, i]], comments: 'hash', window: w };
  }
  return { segments: [[open + 1, w.end]], comments: 'hash', window: w };
}

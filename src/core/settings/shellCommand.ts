// The shell command a label belongs to: its line joined with `\` continuations and with lines
// that an open quote carries on (`curl -d '{ … }'`). A comment ends a continued command: after
// `# …\` the backslash is part of the comment, so the next line is a new command. When the label is
// a variable's value (`model=…`, `export MODEL=…`, `MODEL="${MODEL:-…}"`), the commands are the
// ones in the window that use the variable (a value may be a command's output: `` `…` `` or
// `$(…)`). Environment assignments on the lines just above a command (same paragraph) are part of
// its environment. A later command that reads what a chosen one wrote (`--output_dir X`, then X)
// is followed too: a checkpoint converted, then built, is one run.
import type { Scope } from './scope';
import { lineIndexOf, lineStarts, type TextWindow } from './window';

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string, w: TextWindow): Line[] {
  const starts = lineStarts(text, w);
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : w.end;
    return { start: s, end, text: text.slice(s, end) };
  });
}

/** The line without a trailing comment, and whether a quote is left open at its end. */
function code(line: string, openQuote: string | null): { code: string; open: string | null } {
  let q = openQuote;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === q) q = null;
      continue;
    }
    if (c === '"' || c === "'") {
      q = c;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return { code: line.slice(0, i), open: null };
  }
  return { code: line, open: q };
}

function continues(c: string): boolean {
  return /\\\s*$/.test(c);
}

/** The logical commands of the window as [first, last] line indexes, in order. */
function commands(ls: Line[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  let open: string | null = null;
  for (let i = 0; i < ls.length; i++) {
    const r = code(ls[i].text, open);
    open = r.open;
    if (!open && !continues(r.code)) {
      out.push([first, i]);
      first = i + 1;
    }
  }
  if (first < ls.length) out.push([first, ls.length - 1]);
  return out;
}

const ASSIGN = /^\s*(?:export\s+|ENV\s+)?([A-Za-z_]\w*)=/;

export function shellScope(text: string, offset: number, w: TextWindow): Scope {
  const ls = lines(text, w);
  const at = lineIndexOf(
    ls.map(l => l.start),
    offset,
  );
  const all = commands(ls);
  const [first, last] = all.find(([f, l]) => f <= at && at <= l) ?? [at, at];
  const segments: Array<[number, number]> = [];
  const own = text.slice(ls[first].start, ls[last].end);
  const assigned = ASSIGN.exec(own);
  const rest = code(own, null).code.replace(
    /^\s*(?:(?:export|ENV)\s+)?(?:[A-Za-z_]\w*=(?:"[^"]*"|'[^']*'|`[^`]*`|\$\((?:[^()]|\([^()]*\))*\)|\S*)\s*)+/,
    '',
  );
  const onlyAssignments = assigned && rest.trim() === '';
  const chosen: Array<[number, number]> = [];
  if (onlyAssignments) {
    const name = assigned[1];
    const use = new RegExp(`\\$\\{?${name}\\b`);
    for (const [f, l] of all) {
      if (f <= last || chosen.length >= 4) continue;
      if (use.test(codeOf(ls, f, l))) chosen.push([f, l]);
    }
  } else chosen.push([first, last]);
  for (const [f, l] of [...chosen, ...readersOfOutput(ls, all, chosen)]) segments.push(...withEnvironment(ls, f, l));
  return { segments, comments: 'hash', window: w };
}

function codeOf(ls: Line[], f: number, l: number): string {
  return ls
    .slice(f, l + 1)
    .map(x => code(x.text, null).code)
    .join('\n');
}

const OUTPUT = /--output[_-]dir(?:\s+|=)["']?([^\s"'\\]+)/g;

/**
 * The later commands that take what the chosen ones wrote: a step that writes `--output_dir X`
 * and a later one that reads X (TensorRT-LLM converts a checkpoint, then `trtllm-build
 * --checkpoint_dir X` builds the engine the settings of both describe), followed step by step.
 */
function readersOfOutput(ls: Line[], all: Array<[number, number]>, chosen: Array<[number, number]>) {
  const out: Array<[number, number]> = [];
  const queue = [...chosen];
  while (queue.length && chosen.length + out.length < 6) {
    const [f, l] = queue.shift()!;
    for (const [, dir] of codeOf(ls, f, l).matchAll(OUTPUT)) {
      const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const reads = new RegExp(`(?:^|[\\s=])["']?${escaped}(?:["'\\s/]|$)`, 'm');
      const next = all.find(
        ([g, m]) => g > l && !out.some(o => o[0] === g) && !writes(ls, g, m, dir) && reads.test(codeOf(ls, g, m)),
      );
      if (next) {
        out.push(next);
        queue.push(next);
      }
    }
  }
  return out;
}

/** The command writes `dir` itself (it does not read it). */
function writes(ls: Line[], f: number, l: number, dir: string): boolean {
  return [...codeOf(ls, f, l).matchAll(OUTPUT)].some(m => m[1] === dir);
}

/** The command's lines, and the `export X=…`/`X=…` lines right above it. */
function withEnvironment(ls: Line[], first: number, last: number): Array<[number, number]> {
  let top = first;
  while (top > 0 && ASSIGN.test(ls[top - 1].text) && !continues(code(ls[top - 1].text, null).code)) top--;
  return [[ls[top].start, ls[last].end]];
}

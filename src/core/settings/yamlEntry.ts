// The YAML entry a label belongs to, found by indentation: the nearest enclosing list item that is
// a mapping (`- name: …`: a Helm modelSpec, a Kubernetes container, a LiteLLM model), or the
// nearest enclosing key that is one of several named blocks side by side (compose `services:`,
// kubeai `catalog:`, llama-swap `models:`); else the whole document (between `---` lines). A
// label inside a block scalar (`cmd: >`) belongs to that key. Items of `env:` lists are never an
// entry on their own.
import type { Scope } from './scope';
import { lineIndexOf, lineStarts, type TextWindow } from './window';

interface YLine {
  start: number;
  end: number;
  indent: number;
  text: string;
  blank: boolean;
}

const NOT_ENTRIES = /^\s*(?:env|environment|envFrom|volumeMounts|volumes|ports|args|command)\s*:/;

function yamlLines(text: string, w: TextWindow): YLine[] {
  const starts = lineStarts(text, w);
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : w.end;
    const t = text.slice(s, end);
    const blank = /^\s*(?:#.*)?$/.test(t);
    return { start: s, end, indent: t.length - t.trimStart().length, text: t, blank };
  });
}

function parentOf(ls: YLine[], i: number, lo: number): number {
  for (let j = i - 1; j >= lo; j--) if (!ls[j].blank && ls[j].indent < ls[i].indent) return j;
  return -1;
}

const isMappingItem = (t: string) => /^\s*-\s+["']?[\w.-]+["']?\s*:(?:\s|$)/.test(t);
const isBlockKey = (t: string) => /^\s*(?:-\s+)?["']?[^\s:"']+["']?\s*:\s*(?:#.*)?$/.test(t);
const isBlockScalarKey = (t: string) => /:\s*[>|][+-]?\s*(?:#.*)?$/.test(t);

/** Children of line p (the next deeper level). */
function children(ls: YLine[], p: number, hi: number): number[] {
  const out: number[] = [];
  let level = -1;
  for (let j = p + 1; j < hi; j++) {
    if (ls[j].blank) continue;
    if (ls[j].indent <= ls[p].indent) break;
    if (level < 0) level = ls[j].indent;
    if (ls[j].indent === level) out.push(j);
  }
  return out;
}

/** Line p starts one of several named blocks side by side. */
function isNamedEntry(ls: YLine[], p: number, lo: number, hi: number): boolean {
  if (!isBlockKey(ls[p].text) || isBlockScalarKey(ls[p].text)) return false;
  const parent = parentOf(ls, p, lo);
  const siblings =
    parent < 0
      ? ls.map((_, j) => j).filter(j => j >= lo && j < hi && !ls[j].blank && ls[j].indent === ls[p].indent)
      : children(ls, parent, hi);
  return siblings.length >= 2 && siblings.every(j => isBlockKey(ls[j].text) && !ls[j].text.trimStart().startsWith('-'));
}

export function yamlScope(text: string, offset: number, w: TextWindow): Scope {
  const ls = yamlLines(text, w);
  const at = lineIndexOf(
    ls.map(l => l.start),
    offset,
  );
  let lo = 0;
  let hi = ls.length;
  for (let j = at; j >= 0; j--)
    if (/^---\s*$/.test(ls[j].text)) {
      lo = j + 1;
      break;
    }
  for (let j = at + 1; j < ls.length; j++)
    if (/^---\s*$/.test(ls[j].text)) {
      hi = j;
      break;
    }
  let node = at;
  // inside a block scalar: the key that opened it
  for (let p = parentOf(ls, node, lo); p >= 0; p = parentOf(ls, p, lo)) {
    if (isBlockScalarKey(ls[p].text)) {
      node = p;
      break;
    }
  }
  let entry = -1;
  for (let cur = node; cur >= 0; cur = parentOf(ls, cur, lo)) {
    const parent = parentOf(ls, cur, lo);
    const underEnv = parent >= 0 && NOT_ENTRIES.test(ls[parent].text);
    if (isMappingItem(ls[cur].text) && !underEnv) {
      entry = cur;
      break;
    }
    if (cur !== at && isNamedEntry(ls, cur, lo, hi)) {
      entry = cur;
      break;
    }
  }
  if (entry < 0) return { segments: [[ls[lo].start, ls[hi - 1].end]], comments: 'hash', window: w };
  let last = entry;
  for (let j = entry + 1; j < hi; j++) {
    if (ls[j].blank) continue;
    if (ls[j].indent <= ls[entry].indent) break;
    last = j;
  }
  return { segments: [[ls[entry].start, ls[last].end]], comments: 'hash', window: w };
}

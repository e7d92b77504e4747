// The YAML entry a label belongs to, found by indentation: the nearest enclosing list item that is
// a mapping (`- name: …`: a Helm modelSpec, a Kubernetes container, a LiteLLM model, a CI matrix
// entry), or the nearest enclosing key that is one of several named blocks side by side (compose
// `services:`, kubeai `catalog:`, llama-swap `models:`); else the whole document (between `---`
// lines). A label inside a block scalar (`cmd: >`) belongs to that key. Items of `env:` lists are
// never an entry on their own.
//
// Every other entry beside the label's, and every other document, is foreign: nothing written
// there applies. Two things outside the entry do apply, because the entry names them: a block it
// merges (`<<: *vllm-common` takes the block anchored `&vllm-common`), and a ConfigMap of the same
// file it names as its config (linkedConfig.ts). A compose service's `depends_on:`/`links:` name
// other services (`depends_on: [vllm]`), not the engine of this one, and are left out.
import { sniff } from './languageOf';
import { linkedConfigs } from './linkedConfig';
import { shellScope } from './shellCommand';
import type { Scope } from './scope';
import { lineIndexOf, type TextWindow } from './window';
import { parentOf, yamlLines, type YLine } from './yamlLines';

const NOT_ENTRIES = /^\s*(?:-\s+)?(?:env|environment|envFrom|volumeMounts|volumes|ports|args|command)\s*:/;
const NOT_READ = /^\s*(?:depends_on|links|external_links)\s*:/;

const isMappingItem = (t: string) => /^\s*-\s+["']?[\w.-]+["']?\s*:(?:\s|$)/.test(t);
const isBlockKey = (t: string) => /^\s*(?:-\s+)?["']?[^\s:"']+["']?\s*:\s*(?:&[\w.-]+\s*)?(?:#.*)?$/.test(t);
/** A key whose value is a mapping written in place: an alias of one, or a flow mapping. */
const isMappingKey = (t: string) =>
  isBlockKey(t) || /^\s*["']?[^\s:"'-][^\s:"']*["']?\s*:\s*(?:\*[\w.-]+|\{.*\})\s*(?:#.*)?$/.test(t);
const isBlockScalarKey = (t: string) => /:\s*[>|][+-]?\s*(?:#.*)?$/.test(t);
/** Keys whose children are always named entries side by side. */
const ENTRY_PARENTS = /^\s*services\s*:\s*(?:#.*)?$/;

/** Children of line p (the next deeper level, or a list at p's own indent under a key). */
function children(ls: YLine[], p: number, hi: number): number[] {
  const out: number[] = [];
  for (let j = p + 1; j < hi; j++) {
    if (ls[j].blank) continue;
    if (ls[j].indent < ls[p].indent || (ls[j].indent === ls[p].indent && !ls[j].text.trimStart().startsWith('- ')))
      break;
    if (parentOf(ls, j, p) === p) out.push(j);
  }
  return out;
}

/** Line p starts one of several named blocks side by side. */
function isNamedEntry(ls: YLine[], p: number, lo: number, hi: number): boolean {
  if (!isBlockKey(ls[p].text) || isBlockScalarKey(ls[p].text) || ls[p].text.trimStart().startsWith('-')) return false;
  const parent = parentOf(ls, p, lo);
  if (parent >= 0 && ENTRY_PARENTS.test(ls[parent].text)) return true;
  const siblings =
    parent < 0
      ? ls.map((_, j) => j).filter(j => j >= lo && j < hi && !ls[j].blank && ls[j].indent === ls[p].indent)
      : children(ls, parent, hi);
  return (
    siblings.length >= 2 &&
    siblings.every(j => isMappingKey(ls[j].text) && !ls[j].text.trimStart().startsWith('-')) &&
    siblings.filter(j => isBlockKey(ls[j].text)).length >= 2
  );
}

/** The last line of the block that line i opens. */
function blockEnd(ls: YLine[], i: number, hi: number): number {
  let last = i;
  for (let j = i + 1; j < hi; j++) {
    if (ls[j].blank) continue;
    if (ls[j].indent <= ls[i].indent) break;
    last = j;
  }
  return last;
}

/** The block [from, to] as spans, leaving out the sub-blocks that name other services. */
function spansOf(ls: YLine[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let j = from + 1; j <= to; j++) {
    if (ls[j].blank || !NOT_READ.test(ls[j].text)) continue;
    const end = blockEnd(ls, j, to + 1);
    if (j > start) out.push([ls[start].start, ls[j - 1].end]);
    start = end + 1;
    j = end;
  }
  if (start <= to) out.push([ls[start].start, ls[to].end]);
  return out;
}

/** Blocks merged into lines [from, to] with `<<: *name` (or `<<: [*a, *b]`), anchored in [lo, hi). */
function mergedBlocks(ls: YLine[], from: number, to: number, lo: number, hi: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let j = from; j <= to; j++) {
    const m = /^\s*<<\s*:\s*(.+)$/.exec(ls[j].text);
    if (!m) continue;
    for (const [, name] of m[1].matchAll(/\*([\w.-]+)/g)) {
      const anchor = new RegExp(`:\\s*&${name.replace(/\./g, '\\.')}\\s*(?:#.*)?$`);
      for (let k = lo; k < hi; k++) {
        if (k >= from && k <= to) continue;
        if (anchor.test(ls[k].text)) {
          out.push([ls[k].start, ls[blockEnd(ls, k, hi)].end]);
          break;
        }
      }
    }
  }
  return out;
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
  const foreign: Array<[number, number]> = [];
  if (lo > 0) foreign.push([w.start, ls[lo - 1].end]);
  if (hi < ls.length) foreign.push([ls[hi].start, w.end]);
  let node = at;
  // inside a block scalar: the key that opened it
  for (let p = parentOf(ls, node, lo); p >= 0; p = parentOf(ls, p, lo)) {
    if (isBlockScalarKey(ls[p].text)) {
      node = p;
      break;
    }
  }
  const script = node !== at ? scriptAround(text, ls, node, offset, hi) : undefined;
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
  const linked = linkedConfigs(text, ls, lo, hi, w);
  if (entry < 0) {
    if (lo >= hi) return { segments: [], comments: 'hash', window: w, foreign };
    return withScript(
      {
        segments: [...spansOf(ls, lo, hi - 1), ...mergedBlocks(ls, lo, hi - 1, lo, hi), ...linked],
        comments: 'hash',
        window: w,
        foreign: foreign.filter(f => !linked.some(l => f[0] <= l[0] && l[1] <= f[1])),
      },
      script,
    );
  }
  const last = blockEnd(ls, entry, hi);
  // the entries beside this one
  const parent = parentOf(ls, entry, lo);
  const siblings = parent >= 0 ? children(ls, parent, hi) : [];
  for (const s of siblings) if (s !== entry) foreign.push([ls[s].start, ls[blockEnd(ls, s, hi)].end]);
  return withScript(
    {
      segments: [...spansOf(ls, entry, last), ...mergedBlocks(ls, entry, last, lo, hi), ...linked],
      comments: 'hash',
      window: w,
      foreign,
    },
    script,
  );
}

interface Script {
  /** The block scalar's text. */
  block: [number, number];
  /** The label's command in it. */
  command: Array<[number, number]>;
}

/**
 * A literal block scalar (`run: |`, `command: - |`) that holds shell commands is a script: the
 * label belongs to its own command there (continuations and the environment lines above it
 * included), not to the block's other commands.
 */
function scriptAround(text: string, ls: YLine[], key: number, offset: number, hi: number): Script | undefined {
  if (!/:\s*\|[+-]?\s*(?:#.*)?$|^\s*-\s+\|[+-]?\s*$/.test(ls[key].text)) return undefined;
  const last = blockEnd(ls, key, hi);
  if (last === key) return undefined;
  const block: [number, number] = [ls[key + 1].start, ls[last].end];
  if (offset < block[0] || offset > block[1] || sniff(text.slice(block[0], block[1])) !== 'shell') return undefined;
  const inner = shellScope(text, offset, { start: block[0], end: block[1] });
  return inner.segments.length ? { block, command: inner.segments } : undefined;
}

/** The scope with the block's other commands left out and the label's command first. */
function withScript(scope: Scope, script: Script | undefined): Scope {
  if (!script) return scope;
  const [a, b] = script.block;
  const rest = scope.segments.flatMap(([s, e]): Array<[number, number]> =>
    e <= a || s >= b
      ? [[s, e]]
      : [...(s < a ? [[s, a] as [number, number]] : []), ...(e > b ? [[b, e] as [number, number]] : [])],
  );
  return { ...scope, segments: [...script.command, ...rest], own: script.command[0] };
}

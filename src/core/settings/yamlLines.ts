// The lines of a YAML window with their indentation, and the parent of a line: the nearest line
// above it that is less indented, or, for a list item written at its key's own indent
// (`containers:` then `- name: …` at the same column, as Kubernetes manifests do), that key.
import { lineStarts, type TextWindow } from './window';

export interface YLine {
  start: number;
  end: number;
  indent: number;
  text: string;
  blank: boolean;
}

export function yamlLines(text: string, w: TextWindow): YLine[] {
  const starts = lineStarts(text, w);
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : w.end;
    const t = text.slice(s, end);
    const blank = /^\s*(?:#.*)?$/.test(t);
    return { start: s, end, indent: t.length - t.trimStart().length, text: t, blank };
  });
}

const KEY_OPENING_BLOCK = /^\s*["']?[^\s:"'-][^\s:"']*["']?\s*:\s*(?:&[\w.-]+\s*)?(?:#.*)?$/;

export function parentOf(ls: YLine[], i: number, lo: number): number {
  const item = ls[i].text.trimStart().startsWith('- ') || ls[i].text.trim() === '-';
  for (let j = i - 1; j >= lo; j--) {
    if (ls[j].blank) continue;
    if (ls[j].indent < ls[i].indent) return j;
    if (item && ls[j].indent === ls[i].indent && KEY_OPENING_BLOCK.test(ls[j].text)) return j;
  }
  return -1;
}

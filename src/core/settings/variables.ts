// What a name holds in the window: the nearest assignment above the use (shell `NAME=…`,
// `export NAME=…`, Dockerfile `ENV NAME=…`, Python `name = …`), else the nearest below. An
// assignment inside another scope (a sibling service's environment, another call's keyword
// argument) is not the label's and is never used.
import type { Resolve } from './readValue';
import { within } from './scope';
import type { TextWindow } from './window';

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+|ENV[ \t]+)?([A-Za-z_]\w*)[ \t]*=[ \t]*("[^"\n]*"|'[^'\n]*'|[^\s#]+)/gm;

export function variablesIn(text: string, w: TextWindow, offset: number, foreign?: Array<[number, number]>): Resolve {
  const slice = text.slice(w.start, w.end);
  const found = new Map<string, Array<{ at: number; value: string }>>();
  for (const m of slice.matchAll(ASSIGNMENT)) {
    const at = w.start + (m.index ?? 0);
    if (within(foreign, at)) continue;
    const list = found.get(m[1]) ?? [];
    list.push({ at, value: m[2] });
    found.set(m[1], list);
  }
  return name => {
    const list = found.get(name);
    if (!list) return undefined;
    const above = list.filter(a => a.at < offset).pop();
    return (above ?? list[0]).value;
  };
}

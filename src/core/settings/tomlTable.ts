// The TOML (or INI) table a label belongs to: from its `[table]` header to the next header.
import type { Scope } from './scope';
import type { TextWindow } from './window';

export function tomlScope(text: string, offset: number, w: TextWindow): Scope {
  const header = /^[ \t]*\[[^\]\n]+\][ \t]*$/gm;
  let start = w.start;
  let end = w.end;
  header.lastIndex = w.start;
  for (let m = header.exec(text); m && m.index < w.end; m = header.exec(text)) {
    if (m.index <= offset) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { segments: [[start, end]], comments: 'hash', window: w };
}

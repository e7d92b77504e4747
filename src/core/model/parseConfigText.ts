// Reads the text of a config.json. Files written by Python's json module may hold the bare
// literals NaN, Infinity and -Infinity (allow_nan=True is its default), which JSON.parse rejects;
// they are read here as the numbers they name, and only where a value can stand (never inside a
// string).

const LITERALS: Record<string, number> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity };
/** A marker no real config holds, carried through JSON.parse as a string and turned back. */
const MARK = '\uE000param-lens:';

/** The parsed object of a config.json's text. Throws a TypeError naming the problem. */
export function parseConfigText(text: string): unknown {
  if (typeof text !== 'string') throw new TypeError(`config text must be a string, got ${typeof text}`);
  let out = '';
  let last = 0;
  let found = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the string, with its escapes. A raw control character (a tab or newline pasted into a
      // description; Python's json reads them with strict=False) is escaped on the way.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d < 32) {
          out += `${text.slice(last, i)}\\u${d.toString(16).padStart(4, '0')}`;
          last = i + 1;
          found = true;
        }
      }
      continue;
    }
    if (c !== 78 /* N */ && c !== 73 /* I */ && c !== 45 /* - */) continue;
    const literal = ['-Infinity', 'Infinity', 'NaN'].find(l => text.startsWith(l, i));
    if (!literal) continue;
    out += `${text.slice(last, i)}"${MARK}${literal}"`;
    i += literal.length - 1;
    last = i + 1;
    found = true;
  }
  const json = found ? out + text.slice(last) : text;
  try {
    if (!found) return JSON.parse(json);
    return JSON.parse(json, (_key, value: unknown) =>
      typeof value === 'string' && value.startsWith(MARK) ? LITERALS[value.slice(MARK.length)] : value,
    );
  } catch (e) {
    throw new TypeError(`config text is not valid JSON: ${(e as Error).message}`);
  }
}

// Reads a setting's value in the forms people write it: `32768`, `"32768"`, `2**15`, `32 * 1024`,
// `32_768`, `${CTX:-8192}`, `$CTX` (from an assignment in the window), a Python name bound to a
// literal, `True`/`true`/`1`/`on`. A value that cannot be read is undefined, never guessed. `32k`
// is not read: no engine here documents that suffix for these options.

/** Looks up what a variable holds in the surrounding text, if anything. */
export type Resolve = (name: string) => string | undefined;

const VAR = /^\$\{?([A-Za-z_]\w*)(?:(:?-)([^}]*))?\}?$/;

function unwrap(raw: string, resolve: Resolve, seen: string[] = []): string | undefined {
  const s = raw.trim().replace(/,$/, '').trim();
  if (seen.length > 3) return undefined;
  const v = VAR.exec(s);
  if (v && s.startsWith('$')) {
    // `CTX=${CTX:-8192}` refers to itself: what the environment does not set, the default gives
    const bound = seen.includes(v[1]) ? undefined : resolve(v[1]);
    if (bound !== undefined) return unwrap(bound, resolve, [...seen, v[1]]);
    return v[2] ? v[3] : undefined;
  }
  if (/^[A-Za-z_]\w*$/.test(s) && !/^(?:true|false|none|null|auto|on|off|yes|no)$/i.test(s) && !seen.includes(s)) {
    const bound = resolve(s);
    if (bound !== undefined) return unwrap(bound, resolve, [...seen, s]);
  }
  return s.replace(/^["']|["']$/g, '');
}

/** A whole number: digits with `_`, products and powers of whole numbers. */
export function readInt(raw: string, resolve: Resolve): number | undefined {
  const s = unwrap(raw, resolve);
  if (s === undefined || !/^-?\d[\d_]*(?:\s*\*\*?\s*\d[\d_]*)*$/.test(s)) return undefined;
  const parts = s.split(/(\*\*?)/).map(p => p.trim());
  let value = Number(parts[0].replace(/_/g, ''));
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const n = Number(parts[i + 1].replace(/_/g, ''));
    value = parts[i] === '**' ? value ** n : value * n;
  }
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A number in (0, 1]: a memory fraction. */
export function readFraction(raw: string, resolve: Resolve): number | undefined {
  const s = unwrap(raw, resolve);
  if (s === undefined || !/^(?:0?\.\d+|1(?:\.0+)?|0)$/.test(s)) return undefined;
  const v = Number(s);
  return v > 0 && v <= 1 ? v : undefined;
}

/** true/false from the spellings engines accept; undefined for anything else ('auto' included). */
export function readBool(raw: string, resolve: Resolve): boolean | undefined {
  const s = unwrap(raw, resolve)?.toLowerCase();
  if (s === undefined) return undefined;
  if (/^(?:true|1|on|yes|enabled|unsloth)$/.test(s)) return true;
  if (/^(?:false|0|off|no|disabled|none)$/.test(s)) return false;
  return undefined;
}

/** A plain word or path, quotes removed (a variable is followed). */
export function readText(raw: string, resolve: Resolve): string | undefined {
  const s = unwrap(raw, resolve);
  return s && !/^\$/.test(s) && !/[{}()]/.test(s) ? s : undefined;
}

/** A weights dtype as written for vLLM, SGLang, TGI or transformers. */
export function readDtype(raw: string, resolve: Resolve): string | undefined {
  const s = unwrap(raw, resolve)
    ?.toLowerCase()
    .replace(/^torch\./, '');
  if (s === 'bfloat16' || s === 'bf16') return 'BF16';
  if (s === 'float16' || s === 'half' || s === 'fp16') return 'F16';
  if (s === 'float32' || s === 'float' || s === 'fp32') return 'F32';
  return undefined;
}

/**
 * Proportions per device as llama.cpp's `--tensor-split` takes them: numbers separated by `,` or
 * `/` (`3,1`, `0.75/0.25`), at least one above 0, at most 16 (LLAMA_MAX_DEVICES).
 */
export function readShares(raw: string, resolve: Resolve): number[] | undefined {
  const s = unwrap(raw, resolve);
  if (s === undefined || !/^\d*\.?\d+(?:\s*[,/]\s*\d*\.?\d+)*$/.test(s)) return undefined;
  const shares = s.split(/[,/]/).map(Number);
  return shares.length <= 16 && shares.some(x => x > 0) ? shares : undefined;
}

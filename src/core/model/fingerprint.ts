// A stable key for a ModelInfo object, for memos that remember estimates per model: String() of
// an object is "[object Object]" for every model, and identity would miss a caller's copy of the
// same facts or a changed field. The key is a hash of the object's fields in sorted order.

function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return typeof v === 'bigint' ? `${v}n` : (JSON.stringify(v) ?? 'undefined');
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const keys = Object.keys(v as object).sort();
  return `{${keys.map(k => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`).join(',')}}`;
}

/** cyrb53: a fast 53-bit string hash (public domain, bryc/code jshash/experimental/cyrb53.js). */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** "info:<id>:<hash>": equal for two objects with the same fields, different when any differs. */
export function modelFingerprint(info: object): string {
  const json = stableJson(info);
  const id = (info as { id?: unknown }).id;
  return `info:${typeof id === 'string' ? id.slice(0, 80) : ''}:${hash53(json).toString(36)}:${json.length}`;
}

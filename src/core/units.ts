// Byte and parameter-count formatting. GB = 10^9 bytes, GiB = 2^30 bytes; a figure is never shown
// without its unit.

export type MemoryUnit = 'GiB' | 'GB';

const SCALE: Record<MemoryUnit, { giga: number; mega: number; small: string }> = {
  GiB: { giga: 2 ** 30, mega: 2 ** 20, small: 'MiB' },
  GB: { giga: 1e9, mega: 1e6, small: 'MB' },
};

/**
 * "131,072": digits grouped by thousands, as en-US writes them. Written out because
 * Number.prototype.toLocaleString builds an Intl formatter per call, far too slow for the hover.
 */
export function formatInt(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return sign + out;
}

/** A number with a fixed count of decimals and grouped thousands: "1,234.5". */
export function formatFixed(n: number, decimals: number): string {
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split('.');
  return `${n < 0 ? '-' : ''}${formatInt(Number(whole))}${fraction ? `.${fraction}` : ''}`;
}

/** "4.58 GiB", "870 MiB", "141 GB". Three significant figures, at most one decimal above 100. */
export function formatBytes(bytes: number, unit: MemoryUnit = 'GiB'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const s = SCALE[unit];
  if (bytes < s.giga) return `${formatInt(bytes / s.mega)} ${s.small}`;
  const value = bytes / s.giga;
  return `${formatFixed(value, value >= 100 ? 0 : value >= 10 ? 1 : 2)} ${unit}`;
}

/** "70 billion", "46.7 billion", "350 million", "1.2 trillion". */
export function formatParamsWords(params: number): string {
  const [value, word] =
    params >= 1e12
      ? [params / 1e12, 'trillion']
      : params >= 1e9
        ? [params / 1e9, 'billion']
        : [params / 1e6, 'million'];
  return `${trimNumber(value)} ${word}`;
}

/** "70B", "46.7B", "350M", "1.2T". */
export function formatParamsShort(params: number): string {
  const [value, unit] =
    params >= 1e12 ? [params / 1e12, 'T'] : params >= 1e9 ? [params / 1e9, 'B'] : [params / 1e6, 'M'];
  return `${trimNumber(value)}${unit}`;
}

function trimNumber(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

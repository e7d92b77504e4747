// Byte and parameter-count formatting. GB = 10^9 bytes, GiB = 2^30 bytes; a figure is never shown
// without its unit.

export type MemoryUnit = 'GiB' | 'GB';

const SCALE: Record<MemoryUnit, { giga: number; mega: number; small: string }> = {
  GiB: { giga: 2 ** 30, mega: 2 ** 20, small: 'MiB' },
  GB: { giga: 1e9, mega: 1e6, small: 'MB' },
};

/** "4.58 GiB", "870 MiB", "141 GB". Three significant figures, at most one decimal above 100. */
export function formatBytes(bytes: number, unit: MemoryUnit = 'GiB'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const s = SCALE[unit];
  if (bytes < s.giga) {
    return `${Math.round(bytes / s.mega).toLocaleString('en-US')} ${s.small}`;
  }
  const value = bytes / s.giga;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

/** "70 billion", "46.7 billion", "350 million", "1.2 trillion". */
export function formatParamsWords(params: number): string {
  const [value, word] = params >= 1e12 ? [params / 1e12, 'trillion'] : params >= 1e9 ? [params / 1e9, 'billion'] : [params / 1e6, 'million'];
  return `${trimNumber(value)} ${word}`;
}

/** "70B", "46.7B", "350M", "1.2T". */
export function formatParamsShort(params: number): string {
  const [value, unit] = params >= 1e12 ? [params / 1e12, 'T'] : params >= 1e9 ? [params / 1e9, 'B'] : [params / 1e6, 'M'];
  return `${trimNumber(value)}${unit}`;
}

function trimNumber(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

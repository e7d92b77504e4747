// A GPU a file names for its run ("# runs on 2x A100 80GB", `gpu: H100`), from the Hub's hardware
// list (fit/hardware.ts). Only data-center and consumer GPUs with one memory size, or a name that
// says its size, count: "A100" alone (40 or 80 GB) is not a known size and gives nothing.
import { hardwareList } from '../fit/hardware';

export interface NamedGpus {
  name: string;
  /** Memory of each GPU, GiB (one entry per GPU). */
  gpusGiB: number[];
  start: number;
  end: number;
}

let names: Array<{ re: RegExp; name: string; gib: number }> | undefined;

function patterns(): Array<{ re: RegExp; name: string; gib: number }> {
  if (names) return names;
  const sizes = new Map<string, Set<number>>();
  for (const h of hardwareList()) {
    if (h.kind !== 'gpu') continue;
    const base = h.name.replace(/\s+\d+\s*GB$/, '');
    sizes.set(base, (sizes.get(base) ?? new Set()).add(h.memoryGiB));
  }
  names = [];
  for (const h of hardwareList()) {
    if (h.kind !== 'gpu') continue;
    const base = h.name.replace(/\s+\d+\s*GB$/, '');
    const sized = base !== h.name;
    if (!sized && sizes.get(base)!.size > 1) continue;
    const words = base
      .split(/\s+/)
      .map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s_-]*');
    const size = sized ? `[\\s_-]*${h.memoryGiB}\\s*G(?:B|iB)?` : '';
    names.push({
      re: new RegExp(`(?:\\b(\\d{1,2})\\s*[x×]\\s*)?\\b${words}${size}\\b`, 'gi'),
      name: h.name,
      gib: h.memoryGiB,
    });
  }
  // the longest names first: "RTX 4090 D" before "RTX 4090"
  names.sort((a, b) => b.name.length - a.name.length);
  return names;
}

/** A line that speaks of hardware: a bare "L4" or "H20" elsewhere is not taken for a GPU. */
const GPU_CONTEXT = /gpu|accelerator|nvidia|\bamd\b|\bcuda\b|\brocm\b|runs? on|instance|node/i;

function lineOf(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, nl < 0 ? text.length : nl);
}

/** The first GPU (with its count when written, "2x") named on a line about hardware. */
export function gpusNamedIn(text: string): NamedGpus | undefined {
  if (typeof text !== 'string') throw new TypeError('gpusNamedIn: text must be a string');
  let best: NamedGpus | undefined;
  for (const p of patterns()) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) && !GPU_CONTEXT.test(lineOf(text, m.index)));
    if (!m) continue;
    if (best && m.index >= best.start) continue;
    const count = m[1] ? Math.max(1, Math.min(64, Number(m[1]))) : 1;
    best = {
      name: p.name,
      gpusGiB: Array.from({ length: count }, () => p.gib),
      start: m.index,
      end: m.index + m[0].length,
    };
  }
  return best;
}

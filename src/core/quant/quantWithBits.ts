// A format name together with the bits per weight a label wrote for it, as one name estimateMemory
// reads: a "6.0bpw" beside an EXL3 model is "EXL3 6bpw", never the format's default average. Formats
// whose bits are fixed by their name (Q4_K_M, AWQ, FP8) are returned as they are.
import { quantFormat } from '../data/quantFormats';

export function quantWithBits(quant: string, bitsPerWeight: number | undefined): string {
  const f = quantFormat(quant);
  if (!f || bitsPerWeight === undefined || (f.family !== 'exl2' && f.family !== 'exl3')) return quant;
  return `${f.name} ${Number(bitsPerWeight.toFixed(3))}bpw`;
}

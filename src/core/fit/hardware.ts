// GPUs and unified-memory machines to check a model against, from the Hub's own hardware list
// (@huggingface/tasks src/hardware.ts: SKUS by vendor with their memory options). Card memory is
// counted in GiB, as the cards actually have it (a "24 GB" RTX 4090 holds 24 GiB).
import { SKUS } from '@huggingface/tasks/hardware';

export interface Hardware {
  name: string;
  /** 'unified' = Apple silicon, where the GPU shares system memory. */
  kind: 'gpu' | 'unified';
  memoryGiB: number;
}

/** The common card sizes the estimate panel always shows, and Apple unified-memory sizes. */
export const PRESET_GPU_GIB = [8, 12, 16, 24, 48, 80, 141] as const;
export const PRESET_UNIFIED_GIB = [16, 24, 36, 48, 64, 96, 128, 192] as const;

let list: Hardware[] | undefined;

interface Sku {
  memory?: number[];
}

/** Every GPU and Apple chip of the Hub's list, one entry per memory option. */
export function hardwareList(): Hardware[] {
  if (list) return list;
  list = [];
  const add = (skus: Record<string, Sku>, kind: Hardware['kind']) => {
    for (const [name, sku] of Object.entries(skus)) {
      for (const memoryGiB of sku.memory ?? []) {
        if (memoryGiB > 0)
          list!.push({ name: sku.memory!.length > 1 ? `${name} ${memoryGiB} GB` : name, kind, memoryGiB });
      }
    }
  };
  for (const vendor of Object.values(SKUS.GPU as Record<string, Record<string, Sku>>)) add(vendor, 'gpu');
  for (const family of Object.values(
    (SKUS as unknown as Record<string, Record<string, Record<string, Sku>>>)['Apple Silicon'] ?? {},
  ))
    add(family, 'unified');
  return list;
}

// A safetensors file's header, as the format defines it (huggingface/safetensors README.md "Format"
// and safetensors/src/tensor.rs, commit 24b0b2857fef49be734b9ab72ce97c09bb25f5b9): 8 bytes N, an
// unsigned little-endian 64-bit integer, then N bytes of JSON mapping each tensor name to
// { dtype, shape, data_offsets } (offsets relative to the byte after the header), plus an optional
// "__metadata__" of strings. The reference reader refuses headers over 100,000,000 bytes
// (MAX_HEADER_SIZE, tensor.rs line 10); so does this one. Pure: bytes in, counts out.

export const MAX_SAFETENSORS_HEADER = 100_000_000;

/** Bits per element of each dtype (Dtype::bitsize in tensor.rs). */
const DTYPE_BITS: Record<string, number> = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
};

/** Integer dtypes that quantized checkpoints (GPTQ, AWQ, bitsandbytes) pack several weights into. */
export const PACKED_DTYPES = new Set(['I32', 'U32', 'I8', 'U8', 'I16', 'U16', 'I64', 'U64']);

/** N from the first 8 bytes, checked against the file's size and the format's limit. */
export function safetensorsHeaderLength(first8: Uint8Array, fileSize: number): number {
  if (first8.length < 8 || fileSize < 8) {
    throw new TypeError(`the file is ${fileSize} bytes: too short for a safetensors header`);
  }
  const n = new DataView(first8.buffer, first8.byteOffset, 8).getBigUint64(0, true);
  if (n > BigInt(MAX_SAFETENSORS_HEADER)) {
    throw new TypeError(`its header claims ${n} bytes, over the format's 100 MB limit`);
  }
  const len = Number(n);
  if (len < 2) throw new TypeError('its header is empty');
  if (8 + len > fileSize) {
    throw new TypeError(`the file is truncated: its header needs ${8 + len} bytes, the file has ${fileSize}`);
  }
  return len;
}

export interface SafetensorsCounts {
  /** Elements per dtype, as the Hub's safetensors parameter count reports them. */
  elements: Record<string, number>;
  /** Bytes of tensor data per dtype. */
  bytes: Record<string, number>;
  tensors: number;
  /** Where the data section ends, relative to its start (the largest data_offsets end). */
  dataEnd: number;
}

/** Counts of the header's JSON; `fileSize` and `headerLength` check the data section is all there. */
export function readSafetensorsHeader(
  json: Uint8Array | string,
  fileSize?: number,
  headerLength?: number,
): SafetensorsCounts {
  const text = typeof json === 'string' ? json : new TextDecoder('utf-8', { fatal: false }).decode(json);
  if (!text.startsWith('{')) throw new TypeError('its header is not a JSON object');
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch (e) {
    if (e instanceof SyntaxError) throw new TypeError('its header is not valid JSON');
    throw e;
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) {
    throw new TypeError('its header is not a JSON object');
  }
  const out: SafetensorsCounts = { elements: {}, bytes: {}, tensors: 0, dataEnd: 0 };
  for (const [name, info] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') continue;
    const shown = JSON.stringify(name.slice(0, 80));
    const t = info as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    if (
      !t ||
      typeof t !== 'object' ||
      typeof t.dtype !== 'string' ||
      !Array.isArray(t.shape) ||
      !Array.isArray(t.data_offsets)
    ) {
      throw new TypeError(`tensor ${shown} has no dtype, shape and data_offsets`);
    }
    const bits = DTYPE_BITS[t.dtype];
    if (bits === undefined) throw new TypeError(`tensor ${shown} has an unknown dtype ${JSON.stringify(t.dtype)}`);
    let elements = 1;
    for (const d of t.shape) {
      const whole = typeof d === 'number' && Number.isSafeInteger(d) && d >= 0;
      if (!whole) throw new TypeError(`tensor ${shown} has a bad shape`);
      elements *= d;
    }
    const [begin, end] = t.data_offsets as unknown[];
    if (
      typeof begin !== 'number' ||
      typeof end !== 'number' ||
      !Number.isSafeInteger(begin) ||
      !Number.isSafeInteger(end) ||
      begin < 0 ||
      end < begin
    ) {
      throw new TypeError(`tensor ${shown} has bad data_offsets`);
    }
    const bytes = (elements * bits) / 8;
    if (end - begin !== Math.ceil(bytes)) {
      throw new TypeError(`tensor ${shown} holds ${end - begin} bytes, its shape and dtype need ${Math.ceil(bytes)}`);
    }
    if (!Number.isSafeInteger(elements)) throw new TypeError(`tensor ${shown} is too large to count`);
    out.elements[t.dtype] = (out.elements[t.dtype] ?? 0) + elements;
    out.bytes[t.dtype] = (out.bytes[t.dtype] ?? 0) + end - begin;
    out.tensors++;
    out.dataEnd = Math.max(out.dataEnd, end);
  }
  if (fileSize !== undefined && headerLength !== undefined && 8 + headerLength + out.dataEnd > fileSize) {
    const end = 8 + headerLength + out.dataEnd;
    throw new TypeError(`the file is truncated: its tensors end at byte ${end}, the file has ${fileSize}`);
  }
  return out;
}

/** The shard file names a model.safetensors.index.json lists, in order of first mention. */
export function safetensorsIndexFiles(text: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    if (e instanceof SyntaxError) throw new TypeError('model.safetensors.index.json is not JSON');
    throw e;
  }
  const map = (json as { weight_map?: unknown })?.weight_map;
  if (!map || typeof map !== 'object' || Array.isArray(map)) {
    throw new TypeError('model.safetensors.index.json has no weight_map');
  }
  const files = [...new Set(Object.values(map as Record<string, unknown>))];
  for (const f of files) {
    if (typeof f !== 'string' || !/^[^\\/]+\.safetensors$/.test(f) || f.startsWith('.')) {
      const shown = JSON.stringify(String(f).slice(0, 80));
      throw new TypeError(`model.safetensors.index.json names ${shown}, not a shard file beside it`);
    }
  }
  if (files.length === 0) throw new TypeError('model.safetensors.index.json lists no shards');
  return files as string[];
}

/** Adds one shard's counts into a total. */
export function addCounts(total: SafetensorsCounts, c: SafetensorsCounts): SafetensorsCounts {
  for (const [k, v] of Object.entries(c.elements)) total.elements[k] = (total.elements[k] ?? 0) + v;
  for (const [k, v] of Object.entries(c.bytes)) total.bytes[k] = (total.bytes[k] ?? 0) + v;
  total.tensors += c.tensors;
  total.dataEnd += c.dataEnd;
  return total;
}

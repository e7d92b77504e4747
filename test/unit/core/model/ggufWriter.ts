// Writes GGUF files to the format's specification (ggml-org/ggml docs/gguf.md, version 3), for
// tests: header, metadata key/values, tensor infos, alignment padding. The tensor data section
// is left sparse (the file is extended to its full length without writing it): the readers under
// test need only the header, and a 70B table costs a few kilobytes on disk.
import * as fs from 'fs';

/** GGUF metadata value types (gguf.md "gguf_metadata_value_type"). */
const T = { UINT32: 4, INT32: 5, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10 } as const;

/** Block layout of the tensor types the tests write: [weights per block, bytes per block] (ggml-common.h). */
export const TYPE_BLOCKS: Record<number, [number, number]> = {
  0: [1, 4],
  1: [1, 2],
  8: [32, 34],
  12: [256, 144],
  14: [256, 210],
  30: [1, 2],
  39: [32, 17],
};
export const TYPE = { F32: 0, F16: 1, Q8_0: 8, Q4_K: 12, Q6_K: 14, BF16: 30, MXFP4: 39 } as const;

export interface TensorSpec {
  name: string;
  shape: number[];
  type: number;
}

class Out {
  private parts: Buffer[] = [];
  length = 0;
  push(b: Buffer) {
    this.parts.push(b);
    this.length += b.length;
  }
  u32(n: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    this.push(b);
  }
  i32(n: number) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(n);
    this.push(b);
  }
  u64(n: number | bigint) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    this.push(b);
  }
  f32(n: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(n);
    this.push(b);
  }
  str(s: string) {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  bytes() {
    return Buffer.concat(this.parts);
  }
}

function typeOf(v: unknown): number {
  if (typeof v === 'string') return T.STRING;
  if (typeof v === 'boolean') return T.BOOL;
  if (typeof v === 'bigint') return T.UINT64;
  if (typeof v === 'number') return Number.isInteger(v) ? (v < 0 ? T.INT32 : T.UINT32) : T.FLOAT32;
  throw new Error(`no GGUF type for ${String(v)}`);
}

function writeScalar(o: Out, type: number, v: unknown): void {
  switch (type) {
    case T.STRING:
      o.str(v as string);
      break;
    case T.BOOL:
      o.push(Buffer.from([v ? 1 : 0]));
      break;
    case T.UINT64:
      o.u64(v as bigint);
      break;
    case T.UINT32:
      o.u32(v as number);
      break;
    case T.INT32:
      o.i32(v as number);
      break;
    case T.FLOAT32:
      o.f32(v as number);
      break;
  }
}

export function tensorBytes(t: TensorSpec): number {
  const [weights, bytes] = TYPE_BLOCKS[t.type];
  return (t.shape.reduce((a, b) => a * b, 1) / weights) * bytes;
}

/** Writes `metadata` and `tensors` as a GGUF v3 file at `path`; returns the file's tensor bytes. */
export function writeGguf(path: string, metadata: Record<string, unknown>, tensors: TensorSpec[]): number {
  const alignment = 32;
  const o = new Out();
  o.push(Buffer.from('GGUF', 'ascii'));
  o.u32(3);
  o.u64(tensors.length);
  o.u64(Object.keys(metadata).length);
  for (const [key, v] of Object.entries(metadata)) {
    o.str(key);
    if (Array.isArray(v)) {
      const inner = v.length ? typeOf(v[0]) : T.INT32;
      o.u32(T.ARRAY);
      o.u32(inner);
      o.u64(v.length);
      for (const x of v) writeScalar(o, inner, x);
    } else {
      const type = typeOf(v);
      o.u32(type);
      writeScalar(o, type, v);
    }
  }
  let offset = 0;
  for (const t of tensors) {
    o.str(t.name);
    o.u32(t.shape.length);
    for (const d of t.shape) o.u64(d);
    o.u32(t.type);
    o.u64(offset);
    offset += Math.ceil(tensorBytes(t) / alignment) * alignment;
  }
  const pad = (alignment - (o.length % alignment)) % alignment;
  o.push(Buffer.alloc(pad));
  const header = o.bytes();
  const fd = fs.openSync(path, 'w');
  try {
    fs.writeSync(fd, header);
    fs.ftruncateSync(fd, header.length + offset); // sparse data section
  } finally {
    fs.closeSync(fd);
  }
  return tensors.reduce((sum, t) => sum + tensorBytes(t), 0);
}

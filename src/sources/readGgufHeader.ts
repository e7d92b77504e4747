// A GGUF file's header read with @huggingface/gguf from any byte source, never its tensor data.
// gguf() asks for the file in 2 MB ranges through a fetch function; this one answers those
// requests from a ByteRangeReader, so the same parser serves local files, remote windows and the
// web build. gguf() stops at the end of the tensor infos; reading is also refused past
// MAX_GGUF_HEADER_BYTES. A header that runs past the file's end (the parser sees zeros there) or
// tensors that end past it mean a truncated file, reported as such.
import { gguf } from '@huggingface/gguf';
import { ggmlTypeById } from '../core/data/ggmlTypeIds';
import type { GgufHeader } from '../core/model/modelFromGguf';
import type { ByteRangeReader } from './byteRange';

/** Headers of real files run to ~10 MB (a 256k-token vocabulary); gguf() itself stops at 50 MB. */
export const MAX_GGUF_HEADER_BYTES = 40 * 1024 * 1024;
const GGUF_MAGIC = [0x47, 0x47, 0x55, 0x46];

export interface GgufHeaderRead extends GgufHeader {
  /** Where the tensor data starts (end of the header, aligned). */
  tensorDataOffset: number;
  /** Bytes of the header actually read. */
  bytesRead: number;
}

/** A fetch that answers gguf()'s Range requests from `reader`, counting what it reads. */
function rangeFetch(reader: ByteRangeReader, counter: { bytes: number }): typeof fetch {
  return (async (_url: unknown, init?: { headers?: Record<string, string> }) => {
    const range = /^bytes=(\d+)-(\d+)$/.exec(init?.headers?.Range ?? '');
    if (!range) throw new TypeError('GGUF reader: a request with no byte range');
    const start = Number(range[1]);
    const end = Number(range[2]);
    if (start >= MAX_GGUF_HEADER_BYTES) {
      throw new RangeError(`its header runs past ${MAX_GGUF_HEADER_BYTES / 1024 / 1024} MiB: not read`);
    }
    const bytes =
      start < reader.size
        ? await reader.read(start, Math.min(end + 1, MAX_GGUF_HEADER_BYTES) - start)
        : new Uint8Array(0);
    counter.bytes += bytes.length;
    const last = Math.max(start, start + bytes.length - 1);
    return new Response(bytes as unknown as ArrayBuffer, {
      status: 206,
      headers: { 'content-range': `bytes ${start}-${last}/${reader.size}` },
    });
  }) as unknown as typeof fetch;
}

/** Bytes a tensor takes in the file, from its storage type's block layout. */
function tensorBytes(shape: Array<number | bigint>, dtype: number): number | undefined {
  const type = ggmlTypeById(dtype);
  if (!type) return undefined;
  const elements = shape.reduce<number>((a, d) => a * Number(d), 1);
  return (elements / type.type.blockWeights) * type.type.blockBytes;
}

/** Reads the header of the GGUF file behind `reader`; errors are one-line reasons. */
export async function readGgufHeader(reader: ByteRangeReader): Promise<GgufHeaderRead> {
  if (reader.size < 24) throw new TypeError(`the file is ${reader.size} bytes: too short for a GGUF header`);
  const magic = await reader.read(0, 4);
  if (!GGUF_MAGIC.every((b, i) => magic[i] === b)) {
    throw new TypeError('not a GGUF file (it does not start with "GGUF")');
  }
  const counter = { bytes: 0 };
  let parsed;
  try {
    parsed = await gguf('https://param-lens.invalid/model.gguf', { fetch: rangeFetch(reader, counter) });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/runs past/.test(message)) throw new TypeError(message);
    if (/Invalid array buffer length|maxByteLength/i.test(message))
      throw new TypeError(`its header is larger than ` + `${MAX_GGUF_HEADER_BYTES / 1024 / 1024} MiB: not read`);
    throw new TypeError(`its header is corrupt (${message.slice(0, 160)})`);
  }
  const headerEnd = parsed.tensorInfoByteRange[1];
  if (headerEnd > reader.size) {
    throw new TypeError(`the file is truncated: it ends at byte ${reader.size}, inside its header`);
  }
  const dataOffset = Number(parsed.tensorDataOffset);
  let end = dataOffset;
  for (const t of parsed.tensorInfos) {
    const bytes = tensorBytes(t.shape, t.dtype);
    if (bytes === undefined) continue; // modelFromGguf names the unknown type
    end = Math.max(end, dataOffset + Number(t.offset) + bytes);
  }
  if (parsed.tensorInfos.length > 0 && end > reader.size) {
    throw new TypeError(
      `the file is truncated: its tensors end at byte ${end.toLocaleString('en-US')}, ` +
        `the file has ${reader.size.toLocaleString('en-US')}`,
    );
  }
  return {
    metadata: parsed.metadata,
    tensorInfos: parsed.tensorInfos,
    tensorDataOffset: dataOffset,
    bytesRead: counter.bytes,
  };
}

// A file on the Hub read by byte ranges (HTTP Range requests on its resolve URL), for the GGUF
// header reader. Reads go out in aligned chunks of CHUNK bytes and each chunk is fetched once,
// so the magic check and gguf()'s first 2 MB request cost one request together.
import type { ByteRangeReader } from '../byteRange';
import { HubError } from './hubError';

/** gguf() of @huggingface/gguf asks for 2 MB at a time; the same size here keeps requests aligned. */
const CHUNK = 2 * 1024 * 1024;

/** The first `limit` bytes of a response body; the rest is not downloaded. */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array> {
  const out = new Uint8Array(limit);
  let filled = 0;
  const reader = response.body?.getReader();
  if (!reader) return out.subarray(0, 0);
  while (filled < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    const take = Math.min(value.length, limit - filled);
    out.set(value.subarray(0, take), filled);
    filled += take;
  }
  await reader.cancel().catch(() => undefined);
  return out.subarray(0, filled);
}

export function hubRangeReader(hubFetch: typeof fetch, url: string, size: number, what: string): ByteRangeReader {
  const chunks = new Map<number, Promise<Uint8Array>>();
  const chunk = (index: number): Promise<Uint8Array> => {
    let p = chunks.get(index);
    if (!p) {
      const start = index * CHUNK;
      const end = Math.min(size, start + CHUNK) - 1;
      p = hubFetch(url, { headers: { Range: `bytes=${start}-${end}` } }).then(r => {
        // A server that ignores Range sends the whole file from byte 0: never read that much.
        if (r.status !== 206 && start > 0) throw new HubError('server', `${what}: the Hub ignored a byte range`);
        return readAtMost(r, end - start + 1);
      });
      chunks.set(index, p);
    }
    return p;
  };
  return {
    size,
    async read(start, length) {
      const stop = Math.min(size, start + length);
      if (start >= stop) return new Uint8Array(0);
      const out = new Uint8Array(stop - start);
      let filled = 0;
      for (let i = Math.floor(start / CHUNK); i * CHUNK < stop; i++) {
        const bytes = await chunk(i);
        const from = Math.max(start, i * CHUNK) - i * CHUNK;
        const to = Math.min(stop - i * CHUNK, bytes.length);
        if (to <= from) break; // the file is shorter than its listing: a truncated read
        out.set(bytes.subarray(from, to), filled);
        filled += to - from;
        if (to < Math.min(stop - i * CHUNK, CHUNK)) break;
      }
      return out.subarray(0, filled);
    },
  };
}

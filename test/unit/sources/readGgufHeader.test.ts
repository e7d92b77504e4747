import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readGgufHeader, MAX_GGUF_HEADER_BYTES } from '../../../src/sources/readGgufHeader';
import { bytesReader, type ByteRangeReader } from '../../../src/sources/byteRange';
import { modelFromGguf } from '../../../src/core/model/modelFromGguf';
import { writeGguf } from '../core/model/ggufWriter';
import { llama31Q4KM, LLAMA31_METADATA } from '../core/model/ggufTables';

const FIXTURES = '/work/shared/fixtures/gguf';

/** A reader over a file on disk that records every range asked for. */
function fileReader(file: string): ByteRangeReader & { reads: Array<[number, number]> } {
  const size = fs.statSync(file).size;
  const reads: Array<[number, number]> = [];
  return {
    size,
    reads,
    async read(start, length) {
      const n = Math.max(0, Math.min(length, size - start));
      reads.push([start, n]);
      const b = Buffer.alloc(n);
      const fd = fs.openSync(file, 'r');
      try {
        fs.readSync(fd, b, 0, n, start);
      } finally {
        fs.closeSync(fd);
      }
      return new Uint8Array(b.buffer, b.byteOffset, n);
    },
  };
}

suite('sources: readGgufHeader (header bytes only, through @huggingface/gguf)', () => {
  let dir: string;
  suiteSetup(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-sources-'));
  });
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a real vocabulary-only file written by llama.cpp: its metadata, no tensors', async function () {
    const file = path.join(FIXTURES, 'ggml-vocab-phi-3.gguf');
    if (!fs.existsSync(file)) this.skip();
    const h = await readGgufHeader(bytesReader(fs.readFileSync(file)));
    const md = h.metadata as Record<string, unknown>;
    assert.strictEqual(md['general.architecture'], 'phi3');
    assert.strictEqual(md['phi3.context_length'], 4096);
    assert.strictEqual(md['phi3.embedding_length'], 3072);
    assert.strictEqual(h.tensorInfos.length, 0);
  });

  test('an 8B Q4_K_M file (sparse, 4.9 GB): only the header and at most one 2 MB step past it are read', async () => {
    const file = path.join(dir, 'Llama-3.1-8B-Instruct-Q4_K_M.gguf');
    const bytes = writeGguf(file, LLAMA31_METADATA, llama31Q4KM());
    const reader = fileReader(file);
    assert.ok(reader.size > 4.5e9);
    const h = await readGgufHeader(reader);
    assert.strictEqual(h.tensorInfos.length, 292);
    const read = reader.reads.reduce((a, [, n]) => a + n, 0);
    assert.ok(h.tensorDataOffset < 64 * 1024, `header of ${h.tensorDataOffset} bytes`);
    assert.ok(read <= h.tensorDataOffset + 2_000_000 + 4, `${read} bytes read`);
    const m = modelFromGguf(h);
    assert.strictEqual(m.ggufTensorBytes, bytes);
    assert.strictEqual(m.contextLength, 131072);
  });

  test('truncated inside the tensor data: the reason says where the tensors end and where the file does', async () => {
    const file = path.join(dir, 'cut-data.gguf');
    writeGguf(file, LLAMA31_METADATA, llama31Q4KM());
    fs.truncateSync(file, 1_000_000_000);
    await assert.rejects(
      readGgufHeader(fileReader(file)),
      (e: Error) =>
        e instanceof TypeError &&
        /^the file is truncated: its tensors end at byte [\d,]+, the file has 1,000,000,000$/.test(e.message),
    );
  });

  test('truncated inside the header: a reason, not a parse of the zeros past the end', async () => {
    const file = path.join(dir, 'cut-header.gguf');
    writeGguf(file, LLAMA31_METADATA, llama31Q4KM());
    fs.truncateSync(file, 3000);
    await assert.rejects(
      readGgufHeader(fileReader(file)),
      (e: Error) => e instanceof TypeError && /truncated|corrupt/.test(e.message),
    );
  });

  test('truncated real file (half of a llama.cpp vocabulary file)', async function () {
    const file = path.join(FIXTURES, 'ggml-vocab-llama-spm.gguf');
    if (!fs.existsSync(file)) this.skip();
    const bytes = fs.readFileSync(file);
    await assert.rejects(
      readGgufHeader(bytesReader(bytes.subarray(0, bytes.length >> 1))),
      (e: Error) => e instanceof TypeError && /truncated|corrupt/.test(e.message),
    );
  });

  test('not a GGUF, a too-short file, a bad version, garbage after the magic: one-line reasons', async () => {
    const reasons: string[] = [];
    for (const bytes of [
      Buffer.from('PK\u0003\u0004 this is a zip file, not a model, really'),
      Buffer.from('GGUF'),
      Buffer.concat([Buffer.from('GGUF'), Buffer.from([9, 0, 0, 0]), Buffer.alloc(64)]),
      Buffer.concat([
        Buffer.from('GGUF'),
        Buffer.from([3, 0, 0, 0]),
        Buffer.alloc(8, 0xff),
        Buffer.alloc(8, 0xff),
        Buffer.alloc(64, 0x41),
      ]),
    ]) {
      try {
        await readGgufHeader(bytesReader(new Uint8Array(bytes)));
        assert.fail('read a bad file');
      } catch (e) {
        assert.ok(e instanceof TypeError, String(e));
        assert.ok(!e.message.includes('\n'), e.message);
        reasons.push(e.message);
      }
    }
    assert.match(reasons[0], /not a GGUF file/);
    assert.match(reasons[1], /too short/);
    assert.match(reasons[2], /corrupt.*version/);
    assert.match(reasons[3], /corrupt/);
  });

  test('a header over the read limit (six arrays of 1,000,000 uint64) is refused, reading no more', async function () {
    this.timeout(20_000);
    const file = path.join(dir, 'huge-header.gguf');
    const fd = fs.openSync(file, 'w');
    const strings = 6;
    const length = 1_000_000;
    try {
      const head = Buffer.alloc(24);
      head.write('GGUF', 0, 'ascii');
      head.writeUInt32LE(3, 4);
      head.writeBigUInt64LE(0n, 8);
      head.writeBigUInt64LE(BigInt(strings), 16);
      fs.writeSync(fd, head, 0, 24, 0);
      let at = 24;
      for (let i = 0; i < strings; i++) {
        const kv = Buffer.alloc(8 + 2 + 4 + 4 + 8);
        kv.writeBigUInt64LE(2n, 0);
        kv.write(`k${i}`, 8, 'ascii');
        kv.writeUInt32LE(9, 10); // ARRAY
        kv.writeUInt32LE(10, 14); // of UINT64
        kv.writeBigUInt64LE(BigInt(length), 18);
        fs.writeSync(fd, kv, 0, kv.length, at);
        at += kv.length + 8 * length; // the values stay sparse (zeros)
      }
      fs.ftruncateSync(fd, at + 1024);
    } finally {
      fs.closeSync(fd);
    }
    const reader = fileReader(file);
    await assert.rejects(
      readGgufHeader(reader),
      (e: Error) => e instanceof TypeError && /40 MiB: not read/.test(e.message),
    );
    const read = reader.reads.reduce((a, [, n]) => a + n, 0);
    assert.ok(read <= MAX_GGUF_HEADER_BYTES + 4, `${read} bytes read (the limit and the 4-byte magic)`);
  });
});

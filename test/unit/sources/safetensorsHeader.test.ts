import * as assert from 'assert';
import {
  readSafetensorsHeader,
  safetensorsHeaderLength,
  safetensorsIndexFiles,
} from '../../../src/sources/safetensorsHeader';

/** A safetensors file's first bytes: 8-byte length, then the JSON header. */
function header(json: object): { bytes: Uint8Array; length: number } {
  const text = Buffer.from(JSON.stringify(json));
  const out = Buffer.alloc(8 + text.length);
  out.writeBigUInt64LE(BigInt(text.length));
  text.copy(out, 8);
  return { bytes: new Uint8Array(out), length: text.length };
}

suite('sources: safetensors headers (exact counts by dtype)', () => {
  test('elements and bytes per dtype; metadata skipped; data section checked against the file size', () => {
    const h = header({
      __metadata__: { format: 'pt' },
      'model.embed_tokens.weight': { dtype: 'BF16', shape: [151936, 1024], data_offsets: [0, 311164928] },
      'model.norm.weight': { dtype: 'F32', shape: [1024], data_offsets: [311164928, 311169024] },
      'model.layers.0.mlp.experts.w': { dtype: 'F4', shape: [3, 3], data_offsets: [311169024, 311169029] },
    });
    const len = safetensorsHeaderLength(h.bytes.subarray(0, 8), 8 + h.length + 311169029);
    assert.strictEqual(len, h.length);
    const c = readSafetensorsHeader(h.bytes.subarray(8), 8 + h.length + 311169029, len);
    assert.deepStrictEqual(c.elements, { BF16: 151936 * 1024, F32: 1024, F4: 9 });
    assert.strictEqual(c.tensors, 3);
    assert.throws(
      () => readSafetensorsHeader(h.bytes.subarray(8), 8 + h.length + 1000, len),
      /truncated: its tensors end at byte/,
    );
  });

  test('bad files: short, a length past the file, over 100 MB, not JSON, offsets that do not match the shape', () => {
    assert.throws(() => safetensorsHeaderLength(new Uint8Array(4), 4), /too short/);
    const h = header({ a: { dtype: 'F16', shape: [2], data_offsets: [0, 4] } });
    assert.throws(() => safetensorsHeaderLength(h.bytes.subarray(0, 8), 20), /truncated: its header needs/);
    const huge = Buffer.alloc(8);
    huge.writeBigUInt64LE(200_000_000n);
    assert.throws(() => safetensorsHeaderLength(new Uint8Array(huge), 1e12), /100 MB limit/);
    assert.throws(() => readSafetensorsHeader('[1,2]'), /not a JSON object/);
    assert.throws(() => readSafetensorsHeader('{"a": '), /not valid JSON/);
    assert.throws(
      () => readSafetensorsHeader('{"a": {"dtype": "F16", "shape": [4], "data_offsets": [0, 4]}}'),
      /holds 4 bytes, its shape and dtype need 8/,
    );
    assert.throws(
      () => readSafetensorsHeader('{"a": {"dtype": "Q4", "shape": [4], "data_offsets": [0, 2]}}'),
      /unknown dtype "Q4"/,
    );
    assert.throws(
      () => readSafetensorsHeader('{"a": {"dtype": "F16", "shape": [-1], "data_offsets": [0, 2]}}'),
      /bad shape/,
    );
  });

  test('index files: shard names in order, nothing outside the folder', () => {
    const index = {
      metadata: { total_size: 16 },
      weight_map: {
        a: 'model-00001-of-00002.safetensors',
        b: 'model-00002-of-00002.safetensors',
        c: 'model-00001-of-00002.safetensors',
      },
    };
    assert.deepStrictEqual(safetensorsIndexFiles(JSON.stringify(index)), [
      'model-00001-of-00002.safetensors',
      'model-00002-of-00002.safetensors',
    ]);
    assert.throws(
      () => safetensorsIndexFiles(JSON.stringify({ weight_map: { a: '../../x.safetensors' } })),
      /not a shard file beside it/,
    );
    assert.throws(() => safetensorsIndexFiles('{}'), /no weight_map/);
  });
});

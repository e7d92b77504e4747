// Per-tensor storage of the MLC and EXL3 formats (quant/formatTensorBits.ts).
import * as assert from 'assert';
import { EXL3_HEAD_BITS, exl3TensorBits, mlcTensorBits } from '../../../../src/core/quant/formatTensorBits';
import { mlcScheme } from '../../../../src/core/data/mlcFormats';

const row = (role: string, rowLength = 4096) => ({ role, rowLength });

suite('quant: tensor storage of MLC and EXL3', () => {
  test('MLC group formats quantize linear layers, embeddings and output; norms and routers stay float', () => {
    const q = mlcScheme('q4f16_1')!;
    assert.strictEqual(mlcTensorBits(row('attn_q'), q, true), 4.5);
    assert.strictEqual(mlcTensorBits(row('token_embd'), q, false), 4.5);
    assert.strictEqual(mlcTensorBits(row('output'), q, false), 4.5);
    assert.strictEqual(mlcTensorBits(row('small'), q, false), 16);
    assert.strictEqual(mlcTensorBits(row('router'), q, false), 16);
    const f32 = mlcScheme('q4f32_1')!;
    assert.strictEqual(mlcTensorBits(row('small'), f32, false), 32);
  });

  test('q4f16_2 leaves embeddings and output unquantized; q4f16_ft uses per-channel scales', () => {
    const q2 = mlcScheme('q4f16_2')!;
    assert.strictEqual(mlcTensorBits(row('token_embd'), q2, false), 16);
    assert.strictEqual(mlcTensorBits(row('output'), q2, false), 16);
    assert.strictEqual(mlcTensorBits(row('ffn_up'), q2, true), 4.5);
    const ft = mlcScheme('q4f16_ft')!;
    assert.strictEqual(mlcTensorBits(row('ffn_down', 14336), ft, true), 4 + 16 / 14336);
    assert.strictEqual(mlcTensorBits(row('token_embd'), ft, false), 4.5); // fallback groups of 32
    assert.strictEqual(mlcTensorBits(row('attn_q'), mlcScheme('q0f16')!, true), 16);
  });

  test('EXL3: the label bits on linear layers, 6-bit head, 16-bit embeddings, plus channel vectors', () => {
    assert.strictEqual(exl3TensorBits(row('attn_v'), 4, true), 4 + 32 / 4096);
    assert.strictEqual(exl3TensorBits(row('output'), 4, false), EXL3_HEAD_BITS + 32 / 4096);
    assert.strictEqual(exl3TensorBits(row('token_embd'), 4, false), 16);
    assert.strictEqual(exl3TensorBits(row('small'), 2.5, false), 16);
  });
});

import * as assert from 'assert';
import { quantWithBits } from '../../../../src/core/quant/quantWithBits';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { findLabels } from '../../../../src/core/recognize/findLabels';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';
import { requestFromLabel } from '../../../../src/shared/estimateRequest';

// A bitrate written for an ExLlama format reaches the estimate: "6.0bpw" is not EXL2's or EXL3's
// default average.
suite('quant: a format with the bits its label wrote', () => {
  test('ExLlama formats carry the bits; fixed formats stay as named', () => {
    assert.strictEqual(quantWithBits('EXL3', 6), 'EXL3 6bpw');
    assert.strictEqual(quantWithBits('EXL2', 4.65), 'EXL2 4.65bpw');
    assert.strictEqual(quantWithBits('Q4_K_M', 4.85), 'Q4_K_M');
    assert.strictEqual(quantWithBits('EXL3', undefined), 'EXL3');
  });

  test('the compound names price the bits written', () => {
    const at = (quant: string) => estimateMemory({ model: 'Qwen/Qwen3-8B', quant }).weightsBytes;
    assert.ok(at('EXL3 6bpw') > 1.3 * at('EXL3'), `${at('EXL3 6bpw')} vs ${at('EXL3')}`);
    assert.strictEqual(at('EXL3 6bpw'), at('6.0bpw-exl3'));
    assert.strictEqual(at('EXL2 6bpw'), at('6.0bpw'));
  });

  test("a label's bits reach the request, and a bitrate beside an ExLlama name is read", () => {
    const label = findLabels('load 6.0bpw')[0];
    assert.strictEqual(label.quant, 'EXL2');
    assert.strictEqual(requestFromLabel(label).quant, 'EXL2 6bpw');
    const text = 'We ran turboderp/Qwen3-8B-exl3 at 6.0bpw.';
    assert.strictEqual(runSettingsAt(text, 7, 'plaintext').quant, 'EXL3 6bpw');
    // a name that writes its own bits keeps them
    assert.strictEqual(runSettingsAt('turboderp/Qwen3-8B-exl3-3.5bpw at 6.0bpw', 3, 'plaintext').quant, undefined);
  });
});

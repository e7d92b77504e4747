import * as assert from 'assert';
import { gpuCardsText, yourGpusLabel } from '../../../../src/core/render/gpuCards';
import { renderHover } from '../../../../src/core/render/hoverMarkdown';
import { labelAt } from '../../../../src/core/recognize/findLabels';

suite("the user's GPUs, as picked", () => {
  test('cards named by their size in GB, never converted', () => {
    assert.strictEqual(gpuCardsText([24]), '24 GB');
    assert.strictEqual(gpuCardsText([24, 24]), '2 × 24 GB');
    assert.strictEqual(gpuCardsText([24, 48]), '24 GB + 48 GB');
    assert.strictEqual(gpuCardsText([]), '');
    assert.strictEqual(yourGpusLabel([24, 24]), 'your 2 GPUs (2 × 24 GB)');
  });

  test("the hover's fit line shows the cards as picked, whatever the display unit", () => {
    const line = 'ollama run llama3.1:70b';
    const label = labelAt(line, line.indexOf('70b'))!;
    for (const units of ['GiB', 'GB'] as const) {
      const md = renderHover(label, { units, gpusGiB: [24, 24], engine: 'llama.cpp' });
      assert.match(md, /your 2 GPUs \(2 × 24 GB\)/, units);
      assert.doesNotMatch(md, /24 \+ 24 GiB/, units);
    }
  });
});

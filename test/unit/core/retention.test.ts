// What the hover path remembers must not keep the documents it read alive. In V8 a string cut
// from a line with slice() can be a view into the whole line, so a remembered label from a 4 MB
// minified line could hold all 4 MB (measured before the fix: 178 MB kept after 40 such lines).
import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { labelAt } from '../../../src/core/recognize/findLabels';
import { renderHover } from '../../../src/core/render/hoverMarkdown';
import { catalogModels } from '../../../src/core/catalog/lookupModel';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

suite('memory: remembered results', () => {
  test('hovering labels in 40 different 4 MB lines keeps none of the lines alive', function () {
    this.timeout(60_000);
    const models = catalogModels().slice(0, 40);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (const [i, m] of models.entries()) {
      // A fresh 4 MB line each time, with a label (and a bare size and a format) in the middle.
      const pad = `{"k${i}":"v","n":[${i},2,3]},`.repeat(Math.ceil(2e6 / 24));
      const line = `${pad}"model":"${m.id}","size":"${i + 3}B model","q":"Q4_K_M gguf",${pad}`;
      // Inside the model id, the bare size and the format: each must be read as a label, or the
      // test would measure nothing.
      const at = (needle: string) => line.indexOf(needle, pad.length) + 2;
      const probes = [
        [m.id, at(m.id)],
        [`${i + 3}B`, at(`${i + 3}B`) - 1],
        ['Q4_K_M', at('Q4_K_M')],
      ] as const;
      for (const [needle, offset] of probes) {
        const label = labelAt(line, offset);
        assert.ok(label, `a label at ${JSON.stringify(needle)} in line ${i}`);
        renderHover(label, { units: 'GiB' });
      }
    }
    gc();
    const keptMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    assert.ok(keptMiB < 20, `${keptMiB.toFixed(1)} MiB kept after 160 MB of lines`);
  });
});

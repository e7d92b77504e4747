// A dtype's hover is brief (issue 12): bytes per parameter and a glossary link, no model tables.
import * as assert from 'assert';
import { findLabels } from '../../../../src/core/recognize/findLabels';
import { renderHover } from '../../../../src/core/render/hoverMarkdown';

const options = {
  units: 'GiB' as const,
  glossaryLink: (id: string) => `command:glossary?${id}`,
  estimateLink: () => 'command:estimate',
};
const hoverOf = (text: string, label: string) => {
  const l = findLabels(text).find(x => x.text === label);
  assert.ok(l, text);
  return renderHover(l, options);
};

suite('render: dtype hover', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['torch_dtype=torch.float16', 'float16', /2 bytes per parameter/],
    ['dtype="bfloat16"', 'bfloat16', /2 bytes per parameter/],
    ['x.to(torch.float32)', 'float32', /4 bytes per parameter/],
    ['model = load(load_in_8bit=True)', '8bit', /1 byte per parameter/],
  ];
  for (const [text, label, cost] of cases) {
    test(`${label} in "${text}" gets two lines`, () => {
      const md = hoverOf(text, label);
      assert.match(md, cost);
      assert.match(md, /Glossary: \[/);
      assert.ok(md.split('\n\n').length <= 2, md);
      assert.doesNotMatch(md, /\|/, 'no table');
      assert.doesNotMatch(md, /Estimate/, 'no estimate link');
    });
  }

  test('a model beside it keeps the full hover', () => {
    const md = hoverOf(
      'AutoModel.from_pretrained("meta-llama/Llama-3.1-8B", torch_dtype=torch.bfloat16)',
      'meta-llama/Llama-3.1-8B',
    );
    assert.match(md, /\|/);
    assert.ok(md.split('\n\n').length > 2);
  });
});

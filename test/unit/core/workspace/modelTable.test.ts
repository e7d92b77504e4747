import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fileMentions, type Mention } from '../../../../src/core/workspace/fileMentions';
import { languageForPath } from '../../../../src/core/workspace/languageForPath';
import { modelTable } from '../../../../src/core/workspace/modelTable';
import { billOfMaterials, modelMarkdown } from '../../../../src/core/workspace/billOfMaterials';
import { priceMention } from '../../../../src/core/workspace/priceMention';
import { asConfigured } from '../../../../src/core/render/asConfigured';
import { formatBytes } from '../../../../src/core/units';

const ROOT = path.join(__dirname, '../../../../../test/fixtures/workspace');

function scan(): Map<string, Mention[]> {
  const files = new Map<string, Mention[]>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        walk(full);
        continue;
      }
      const rel = path.relative(ROOT, full).split(path.sep).join('/');
      const lang = languageForPath(rel);
      if (lang) files.set(rel, fileMentions(fs.readFileSync(full, 'utf8'), lang));
    }
  };
  walk(ROOT);
  return files;
}

suite('workspace/modelTable', () => {
  test('the demo workspace: each model once, with its mentions, formats and runs', () => {
    const rows = modelTable(scan(), { units: 'GiB', gpusGiB: [24, 24] });
    const keys = rows.map(r => r.key);
    assert.strictEqual(new Set(keys).size, keys.length, 'no model twice');
    const llama70 = rows.find(r => r.key === 'meta-llama/Llama-3.1-70B')!;
    assert.deepStrictEqual(llama70.mentions.map(m => m.file).sort(), [
      'Dockerfile',
      'Dockerfile',
      'run/serve.sh',
      'serve.py',
    ]);
    assert.deepStrictEqual([...llama70.formats].sort(), ['BF16', 'Q4_K_M']);
    assert.ok(
      llama70.runs.some(r => /^vLLM, 8,192-token context/.test(r)),
      llama70.runs.join(' | '),
    );
    assert.strictEqual(llama70.verdict, 'no'); // BF16 70B on 2 × 24 GiB
    const llama8 = rows.find(r => r.key === 'meta-llama/Llama-3.1-8B')!;
    const files8 = new Set(llama8.mentions.map(m => m.file));
    for (const f of ['Modelfile', 'run/Modelfile', 'run/qlora.py'])
      assert.ok(files8.has(f), `${f} in ${[...files8].join(', ')}`);
    // every mention of every file is in exactly one row
    const all = [...scan().values()].reduce((n, ms) => n + ms.length, 0);
    assert.strictEqual(
      rows.reduce((n, r) => n + r.mentions.length, 0),
      all,
    );
    for (const r of rows) assert.ok(r.maxBytes! >= r.minBytes!, r.key);
    // a bare "70B" in prose is a size, not a model: not a row
    assert.ok(!rows.some(r => r.key === '70b'));
  });

  test('the memory of a mention is the figure its hover states as configured', () => {
    const files = scan();
    const units = 'GiB' as const;
    for (const [file, ms] of files) {
      for (const m of ms) {
        const p = priceMention(m.label, m.settings, { units, gpusGiB: [24] });
        const c = asConfigured(m.label, m.settings, { units, gpusGiB: [24] });
        if (!p || !c) continue;
        assert.ok(
          c.lines[0].includes(`**${formatBytes(p.gpuBytes, units)}**`),
          `${file}: ${c.lines[0]} vs ${formatBytes(p.gpuBytes, units)}`,
        );
      }
    }
  });

  test('fit follows the GPU setting, and none is given without one', () => {
    const files = scan();
    const none = modelTable(files, { units: 'GiB' });
    assert.ok(none.every(r => r.verdict === undefined));
    const big = modelTable(files, { units: 'GiB', gpusGiB: [141, 141, 141, 141, 141, 141, 141, 141] });
    assert.strictEqual(big.find(r => r.key === 'Qwen/Qwen2.5-0.5B')!.verdict, 'fits');
  });

  test('the bill of materials: one row per model, cells escaped; a model with each mention', () => {
    const rows = modelTable(scan(), { units: 'GiB', gpusGiB: [24] });
    const md = billOfMaterials(rows, { units: 'GiB', gpusGiB: [24] });
    const body = md.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| Model') && !l.startsWith('| ---'));
    assert.strictEqual(body.length, rows.length);
    assert.match(md, /\| Fit on 24 GiB \|/);
    assert.match(md, /meta-llama\/Llama-3\.1-70B \| 4 \| Q4\\_K\\_M, BF16 \|/);
    const one = modelMarkdown(
      rows.find(r => r.key === 'Qwen/Qwen2.5-32B')!,
      { units: 'GiB', gpusGiB: [24] },
    );
    assert.match(
      one,
      /\| run\/docker-compose\.yaml \| 5 \| AWQ \| vLLM, 32,768-token context, 2 GPUs \| ≈ [\d.]+ GiB \| /,
    );
    assert.match(billOfMaterials([], { units: 'GB' }), /No model mentions found/);
  });
});

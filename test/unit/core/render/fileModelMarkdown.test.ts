import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gguf } from '@huggingface/gguf';
import { modelFromGguf } from '../../../../src/core/model/modelFromGguf';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { estimateMemory } from '../../../../src/core/estimate/estimateMemory';
import { formatBytes } from '../../../../src/core/units';
import { mixPhrase, renderFileModel, renderFileStatus } from '../../../../src/core/render/fileModelMarkdown';
import { writeGguf } from '../model/ggufWriter';
import { llama31Q4KM, LLAMA31_METADATA } from '../model/ggufTables';

suite("render: a model read from the user's files", () => {
  test('GGUF: where it was read, architecture, trained context, the tensor mix and an exact run line', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'param-lens-render-'));
    try {
      const file = path.join(dir, 'x.gguf');
      const bytes = writeGguf(file, LLAMA31_METADATA, llama31Q4KM());
      const info = modelFromGguf(await gguf(file, { allowLocalFile: true }));
      const md = renderFileModel(
        { info, from: 'models/x.gguf', place: 'gguf', notes: [] },
        { units: 'GiB', contextTokens: 8192, engine: 'llama.cpp' },
      );
      assert.match(md, /\*\*Read from `models\/x\.gguf`\*\* — its GGUF header/);
      assert.match(
        md,
        /architecture \*\*llama\*\* · 8,030,261,312 parameters · 32 layers · trained context \*\*131,072\*\*/,
      );
      assert.ok(md.includes(`Weights in the file: **${formatBytes(bytes, 'GiB')}**`), md);
      assert.match(md, /Q4\\_K 80\.9% · Q6\\_K 19\.1% · F32 <0\.01% of the parameters/);
      const e = estimateMemory({ model: info, contextTokens: 8192, engine: 'llama.cpp' });
      assert.ok(md.includes(`≈ **${formatBytes(e.totalBytes, 'GiB')}** (from the file's own tensor bytes)`), md);
      // The Ollama store: engine ollama, the projector's bytes added to the total.
      const ollama = renderFileModel(
        {
          info,
          from: '~/.ollama/models/blobs/sha256-…',
          place: 'ollama',
          notes: ['vision projector'],
          extraBytes: 2 ** 30,
        },
        { units: 'GiB', contextTokens: 8192 },
      );
      const eo = estimateMemory({ model: info, contextTokens: 8192, engine: 'ollama' });
      assert.ok(
        ollama.includes(`+ 1.00 GiB vision projector ≈ **${formatBytes(eo.totalBytes + 2 ** 30, 'GiB')}**`),
        ollama,
      );
      assert.match(ollama, /To run it on ollama/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('checkpoint: the dtype mix and the engine that runs safetensors', () => {
    const config = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../../../../test/data/configs/Qwen--Qwen3-8B.json'), 'utf8'),
    );
    const info = modelFromConfig(config, { id: 'Qwen/Qwen3-8B' });
    const md = renderFileModel(
      {
        info,
        from: '~/.cache/huggingface/hub/models--Qwen--Qwen3-8B/snapshots/abc',
        place: 'hf-cache',
        notes: ['revision abc'],
        dtypes: { BF16: 3, F32: 1 },
      },
      { units: 'GB', engine: 'llama.cpp' },
    );
    assert.match(md, /Hugging Face cache/);
    assert.match(md, /architecture \*\*qwen3\*\*/);
    assert.match(md, /Tensors on disk: BF16 75\.0% · F32 25\.0% of the elements/);
    assert.match(md, /To run it on transformers/);
    assert.match(md, /_revision abc_/);
  });

  test('status lines and the mix phrase', () => {
    assert.match(
      renderFileStatus('reading', 'models/x.gguf'),
      /Reading `models\/x\.gguf` from disk \(header only\): hover again/,
    );
    assert.match(
      renderFileStatus('failed', 'x.gguf: the file is truncated'),
      /Could not read the model file: x\.gguf: the file is truncated/,
    );
    assert.strictEqual(mixPhrase({}), '');
    assert.strictEqual(
      mixPhrase({ A: 1, B: 1, C: 1, D: 1, E: 1, F: 1 }),
      'A 16.7% · B 16.7% · C 16.7% · D 16.7% · E 16.7% · 1 more',
    );
  });
});

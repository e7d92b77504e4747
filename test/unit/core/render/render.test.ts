import * as assert from 'assert';
import { renderHover } from '../../../../src/core/render/hoverMarkdown';
import { escapeMarkdown } from '../../../../src/core/render/markdown';
import { findLabels, labelAt } from '../../../../src/core/recognize/findLabels';
import { formatBytes, formatParamsWords } from '../../../../src/core/units';
import { sizeTier } from '../../../../src/core/sizeTier';
import { buildEstimateView, estimateMarkdown } from '../../../../src/core/render/estimateView';

const hover = (text: string, offset: number, units: 'GiB' | 'GB' = 'GiB') =>
  renderHover(labelAt(text, offset)!, { units });

suite('hover rendering', () => {
  test('a parameter count leads with what it says, then the definition, tier and a labelled memory table', () => {
    const md = hover('a 70B model', 3);
    const lines = md.split('\n\n');
    assert.match(lines[0], /^\*\*70B\*\* — 70 billion parameters/);
    assert.match(md, /Parameters are/);
    assert.match(md, /Size tier: \*\*single GPU\*\*/);
    assert.match(md, /\| FP16 \| Q8\\_0 \| Q4\\_K\\_M \|/);
    assert.match(md, /GiB = 2\^30 bytes/);
    assert.match(md, /\d GiB \|/);
  });

  test('units follow the setting and are always labelled', () => {
    assert.match(hover('a 70B model', 3, 'GB'), /GB = 10\^9 bytes[\s\S]*\d GB \|/);
  });

  test('a quant label says what it is and its bits per weight', () => {
    const md = hover('use Q4_K_M', 6);
    assert.match(
      md,
      /\*\*Q4\\_K\\_M\*\* — GGUF 4-bit K-quant mix .*4\.5 bits per weight, about 4\.9 over a whole file/,
    );
    assert.match(md, /8B \| 4\.\d+ GiB/);
  });

  test('MoE shows total and active, never N × M as the total', () => {
    const md = hover('8x7B', 1);
    assert.match(md, /46\.7B parameters in total \(not 56B/);
    assert.match(md, /12\.9B active per token/);
  });

  test('a known model names itself with its exact count', () => {
    const md = hover('meta-llama/Llama-3.1-70B-Instruct', 5);
    assert.match(md, /Llama 3\.1 70B · 70\.6B parameters \(70,553,706,496\)/);
    assert.match(md, /from the model catalog/);
  });

  test('guesses are said to be guesses', () => {
    assert.match(hover('70B', 1), /_A guess: /);
    assert.match(hover('Q4 gguf', 1), /surrounding text \("gguf" nearby\)/);
  });

  test('the KV cache format setting reaches the run line', () => {
    const md = renderHover(labelAt('meta-llama/Llama-3.1-8B-Instruct', 3)!, { units: 'GiB', kvCacheQuant: 'Q4_0' });
    assert.match(md, /\(Q4\\_K\\_M, Q4\\_0 KV cache\): 4\.\d+ GiB weights \+ 288 MiB KV cache/);
  });

  test('document text cannot become an autolink', () => {
    assert.ok(!/www\.|https:\/\//.test(escapeMarkdown('www.evil.io https://x.y')));
  });

  test('document text cannot inject links, HTML or commands', () => {
    for (const text of ['[x](command:evil)', '<img src=x>', '`code`', '**b**']) {
      const escaped = escapeMarkdown(text);
      assert.ok(!/(?<!\\)[[\]`*<]/.test(escaped.replace(/&lt;|&gt;/g, '')), escaped);
    }
    const labels = findLabels('see mistral-7b](command:workbench.action.quit).Q4_K_M.gguf');
    for (const l of labels) assert.ok(!/\]\(command:/.test(renderHover(l, { units: 'GiB' })));
  });
});

suite('units and tiers', () => {
  test('bytes are formatted with their unit', () => {
    assert.strictEqual(formatBytes(4.58 * 2 ** 30, 'GiB'), '4.58 GiB');
    assert.strictEqual(formatBytes(140e9, 'GB'), '140 GB');
    assert.strictEqual(formatBytes(512 * 2 ** 20, 'GiB'), '512 MiB');
    assert.strictEqual(formatBytes(NaN), '—');
  });
  test('parameter counts in words', () => {
    assert.strictEqual(formatParamsWords(70e9), '70 billion');
    assert.strictEqual(formatParamsWords(46.7e9), '46.7 billion');
    assert.strictEqual(formatParamsWords(350e6), '350 million');
  });
  test('tiers follow the rule of thumb', () => {
    assert.deepStrictEqual(
      [1e9, 3e9, 8e9, 13e9, 34e9, 70e9, 405e9].map(p => sizeTier(p).id),
      ['device', 'device', 'laptop', 'laptop', 'gpu', 'gpu', 'datacentre'],
    );
  });
});

suite('hover: what it takes to run', () => {
  test('adds weights, KV cache and runtime at the context and engine given', () => {
    const md = renderHover(labelAt('meta-llama/Llama-3.1-8B-Instruct', 3)!, {
      units: 'GiB',
      contextTokens: 8192,
      engine: 'llama.cpp',
    });
    assert.match(
      md,
      new RegExp(
        String.raw`To run it on llama\.cpp at 8,192 tokens \(Q4\\_K\\_M\): 4\.\d+ GiB ` +
          String.raw`weights \+ 1\.00 GiB KV cache \+ \d+ MiB runtime ≈ \*\*\d\.\d+ GiB\*\*`,
      ),
    );
    const vllm = renderHover(labelAt('meta-llama/Llama-3.1-8B-Instruct', 3)!, {
      units: 'GiB',
      contextTokens: 32768,
      engine: 'vllm',
    });
    assert.match(vllm, /on vllm at 32,768 tokens \(its published format\): 15\.0 GiB weights \+ 4\.00 GiB KV cache/);
  });

  test('an empty KV cache format means the default, as an unset one does', () => {
    const label = labelAt('meta-llama/Llama-3.1-8B-Instruct', 3)!;
    assert.strictEqual(renderHover(label, { units: 'GiB', kvCacheQuant: '' }), renderHover(label, { units: 'GiB' }));
    assert.match(renderHover(label, { units: 'GiB', kvCacheQuant: '' }), /To run it on llama\.cpp/);
  });

  test('an Ollama tag says which file Ollama downloads', () => {
    // llama3 (April 2024) ships Q4_0 (src/core/data/ollamaLibrary.json: 40 GB for 70b); llama3.1 Q4_K_M.
    assert.match(renderHover(labelAt('llama3:70b', 2)!, { units: 'GiB' }), /Ollama downloads Q4\\_0 by default/);
    assert.match(renderHover(labelAt('llama3.1:70b', 2)!, { units: 'GiB' }), /Ollama downloads Q4\\_K\\_M by default/);
  });
});

suite('estimate panel view', () => {
  test("breakdown, fit on the user's GPUs, largest context and formats agree with the estimator", () => {
    const v = buildEstimateView({ model: 'meta-llama/Llama-3.1-8B-Instruct', gpusGiB: [8] }, 'GiB');
    assert.strictEqual(v.request.quant, 'Q4_K_M');
    assert.strictEqual(v.parts.map(p => p.key).join(), 'weights,kv,overhead');
    const mine = v.fits.find(f => f.mine)!;
    assert.strictEqual(mine.label, 'your GPU (8 GB)');
    assert.ok(
      v.largestContext && v.largestContext.tokens > 8192 && v.largestContext.tokens < 131072,
      JSON.stringify(v.largestContext),
    );
    assert.ok(v.formats.some(f => f.quant === 'IQ2_XXS' && f.verdict === 'fits'));
    assert.ok(v.formats.some(f => f.quant === 'F16' && f.verdict === 'no'));
  });

  test('the Markdown copy is a table with the total and the assumptions', () => {
    const md = estimateMarkdown(buildEstimateView({ model: 'Mixtral 8x7B', quant: 'Q4_K_M' }, 'GB'));
    assert.match(md, /\| \*\*Total\*\* \| \*\*\d+(\.\d+)? GB\*\* \|/);
    assert.match(md, /46\.7B parameters, 12\.9B active/);
    assert.match(md, /_Estimated by Param Lens \(basis: config\)/);
  });

  test("bad input throws the estimator's RangeError", () => {
    assert.throws(() => buildEstimateView({ model: 'no-such-thing' }, 'GiB'), RangeError);
  });
});

suite('render: the context a hover prices with no run settings', () => {
  test('a model whose window is shorter than the setting is priced at its own maximum, and says so', () => {
    const llama2 = renderHover(labelAt('meta-llama/Llama-2-7b-hf', 3)!, { units: 'GiB', contextTokens: 8192 });
    assert.match(llama2, /at 4,096 tokens \(its maximum\)/);
    const llama31 = renderHover(labelAt('meta-llama/Llama-3.1-8B', 3)!, { units: 'GiB', contextTokens: 8192 });
    assert.match(llama31, /at 8,192 tokens \(/);
    assert.doesNotMatch(llama31, /its maximum/);
  });
});

suite('render: an engine that has the architecture', () => {
  test('Whisper and BART are priced on transformers with the reason; T5 and decoders stay on llama.cpp', () => {
    const run = (id: string) =>
      renderHover(labelAt(id, 3)!, { units: 'GiB', contextTokens: 8192 })
        .split('\n')
        .find(l => l.startsWith('To run it')) ?? '';
    for (const id of ['openai/whisper-small', 'facebook/bart-large']) {
      assert.match(run(id), /^To run it on transformers at \d[\d,]* tokens \(its maximum\)/, id);
      assert.match(run(id), /llama\.cpp does not run this architecture/, id);
    }
    assert.match(run('google/flan-t5-base'), /^To run it on llama\.cpp at 512 tokens \(its maximum\)/);
    assert.match(run('meta-llama/Llama-3.1-8B'), /^To run it on llama\.cpp at 8,192 tokens \(/);
  });
});

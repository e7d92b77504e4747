import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, fixture, hoverText, positionOf } from './helpers';

// Every Param Lens hover ends with this footer; other providers' hovers never contain it.
const OURS = 'Param Lens ·';

interface Case {
  file: string;
  language?: string;
  needle: string;
  expect: RegExp[];
}

const CASES: Case[] = [
  // serve.py runs the model with LLM(model=MODEL_ID, dtype="bfloat16", max_model_len=8192): priced as configured
  {
    file: 'serve.py',
    language: 'python',
    needle: 'meta-llama/Llama-3.1-70B-Instruct',
    expect: [
      /Llama 3\.1 70B · 70\.6B parameters \(70,553,706,496\)/,
      /Size tier: \*\*single GPU\*\*/,
      /\*\*As configured here:\*\* vLLM, 8,192-token context → needs ≈ \*\*/,
      /read here: dtype="bfloat16", max\\_model\\_len=8192/,
      /GiB/,
    ],
  },
  { file: 'serve.py', language: 'python', needle: 'Qwen/Qwen2.5-7B-Instruct-AWQ', expect: [/AWQ 4-bit/, /\| AWQ \|/] },
  {
    file: 'config.yaml',
    language: 'yaml',
    needle: 'mistral-7b-instruct-v0.2.Q4_K_M.gguf',
    expect: [/Mistral 7B Instruct v0\.2/, /GGUF 4-bit K-quant mix/],
  },
  { file: 'config.yaml', language: 'yaml', needle: '8x7B', expect: [/Mixtral 8x7B/, /46\.7B parameters/] },
  {
    file: 'model-config.json',
    language: 'json',
    needle: 'Qwen3-30B-A3B',
    expect: [/Qwen3 30B-A3B/, /active per token/],
  },
  { file: 'model-config.json', language: 'json', needle: '"AWQ"', expect: [/\*\*AWQ\*\* — AWQ 4-bit, group size 128/] },
  {
    file: 'pyproject.toml',
    needle: 'unsloth/llama-3-8b-bnb-4bit',
    expect: [/bitsandbytes 4-bit NormalFloat/, /8\.03B parameters \(8,030,261,248\)/],
  },
  {
    file: 'Dockerfile',
    language: 'dockerfile',
    needle: 'Llama-3.1-70B-Instruct-Q4_K_M-00001-of-00003.gguf',
    expect: [/file 1 of 3 of a split GGUF/, /Llama 3\.1 70B/],
  },
  {
    file: 'Modelfile',
    needle: 'llama3.1:8b-instruct-q4_K_M',
    expect: [/Llama 3\.1 8B/, /Q4\\_K\\_M/, /\*\*As configured here:\*\* Ollama, 8,192-token context → ≈ \*\*/],
  },
  { file: 'pull-models.sh', language: 'shellscript', needle: 'llama3:70b', expect: [/Llama 3 70B/] },
  { file: 'pull-models.sh', language: 'shellscript', needle: 'qwen2.5:0.5b', expect: [/Qwen2\.5 0\.5B/, /on-device/] },
  {
    file: 'NOTES.md',
    language: 'markdown',
    needle: '70B model',
    expect: [/\*\*70B\*\* — 70 billion parameters/, /"model" nearby/],
  },
  { file: 'NOTES.md', language: 'markdown', needle: 'IQ4_XS', expect: [/i-quant/, /4\.25 bits/] },
  { file: 'NOTES.md', language: 'markdown', needle: 'MXFP4', expect: [/microscaling FP4/] },
  {
    file: 'notes.txt',
    language: 'plaintext',
    needle: 'Llama 3.1 405B',
    into: 11,
    expect: [/Llama 3\.1 405B/, /data centre/],
  } as Case & { into: number },
  {
    file: 'notes.txt',
    language: 'plaintext',
    needle: '235B-A22B',
    expect: [/235 billion parameters, 22 billion active/],
  },
];

const LOOKALIKES: Array<[string, string]> = [
  ['styles.css', '70B0C4'],
  ['model-config.json', '70b3f2a9'],
  ['model-config.json', '550e8400'],
  ['pyproject.toml', 'Q4 2024'],
  ['NOTES.md', '0x70B'],
  ['notes.txt', 'Q4.'],
  ['notes.txt', '1920x1080'],
  ['notes.txt', 'A100'],
];

suite('hover in a real VS Code', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  for (const c of CASES) {
    test(`${c.file}: ${c.needle}`, async () => {
      const doc = await vscode.workspace.openTextDocument(fixture(c.file));
      if (c.language) assert.strictEqual(doc.languageId, c.language);
      const text = await hoverText(doc.uri, positionOf(doc, c.needle, (c as Case & { into?: number }).into ?? 1));
      assert.ok(text.includes(OURS), `no Param Lens hover at ${c.needle}; got: ${text}`);
      for (const re of c.expect) assert.match(text, re);
    });
  }

  for (const [file, needle] of LOOKALIKES) {
    test(`no hover on the look-alike ${needle} in ${file}`, async () => {
      const doc = await vscode.workspace.openTextDocument(fixture(file));
      const text = await hoverText(doc.uri, positionOf(doc, needle, 1));
      assert.ok(!text.includes(OURS), `unexpected hover: ${text}`);
    });
  }

  test('untitled document', async () => {
    const doc = await vscode.workspace.openTextDocument({
      content: 'try gpt-oss-20b with 16 GB',
      language: 'plaintext',
    });
    assert.strictEqual(doc.uri.scheme, 'untitled');
    const text = await hoverText(doc.uri, positionOf(doc, 'gpt-oss-20b', 3));
    assert.match(text, /gpt-oss-20b/);
    assert.ok(text.includes(OURS));
  });

  test('the hover range covers the whole label', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('serve.py'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, 'Llama-3.1-70B', 3),
    );
    const ours = hovers.find(h =>
      h.contents.some(c => typeof c !== 'string' && 'value' in c && c.value.includes(OURS)),
    );
    assert.ok(ours?.range);
    assert.strictEqual(doc.getText(ours.range), 'meta-llama/Llama-3.1-70B-Instruct');
  });

  test('a label in the middle of a 2 MB minified line', async () => {
    const pad = '{"k":"v"},'.repeat(100_000);
    const doc = await vscode.workspace.openTextDocument({
      content: `[${pad}{"model":"Qwen/Qwen2.5-7B-Instruct-AWQ"},${pad}]`,
      language: 'json',
    });
    const text = await hoverText(doc.uri, positionOf(doc, 'Qwen2.5-7B', 2));
    assert.ok(text.includes(OURS), text.slice(0, 200));
  });

  test('the hover trusts only its own glossary command, allows no HTML, and escapes document text', async () => {
    const doc = await vscode.workspace.openTextDocument({
      content: 'see [x](command:workbench.action.quit) 70B model',
      language: 'markdown',
    });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, '70B', 1),
    );
    const ours = hovers
      .flatMap(h => h.contents)
      .find(c => typeof c !== 'string' && 'value' in c && c.value.includes(OURS)) as vscode.MarkdownString;
    assert.ok(ours);
    assert.deepStrictEqual(ours.isTrusted, { enabledCommands: ['paramLens.openGlossary', 'paramLens.estimate'] });
    assert.ok(!ours.supportHtml);
    const commands = [...ours.value.matchAll(/\]\((command:[^)?]+)/g)].map(m => m[1]);
    assert.ok(
      commands.length > 0 &&
        commands.every(c => c === 'command:paramLens.openGlossary' || c === 'command:paramLens.estimate'),
      commands.join(),
    );
    // The document's own link text is escaped: it never becomes a link to another command.
    assert.ok(!/\]\(command:workbench/.test(ours.value), ours.value);
  });
});

import * as assert from './check';
import * as vscode from 'vscode';

const OURS = 'Param Lens ·';

async function hoverText(doc: vscode.TextDocument, needle: string): Promise<string> {
  const position = doc.positionAt(doc.getText().indexOf(needle) + 2);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

export function registerHoverSuite(): void {
  suite('web extension host', () => {
    suiteSetup(async () => {
      const ext = vscode.extensions.getExtension('param-lens.param-lens');
      assert.ok(ext, 'the web build is loaded');
      await ext.activate();
      assert.ok(ext.isActive);
    });

    test('runs in a web worker, not in Node', () => {
      assert.strictEqual(
        typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node,
        'undefined',
      );
      assert.ok(
        typeof (globalThis as { importScripts?: unknown }).importScripts === 'function',
        'a worker global scope',
      );
      assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    });

    const cases: Array<[string, string, string, RegExp]> = [
      ['python', 'model = "meta-llama/Llama-3.1-70B-Instruct"', 'Llama-3.1', /Llama 3\.1 70B · 70\.6B parameters/],
      ['yaml', 'quant: Q4_K_M\nfallback: Mixtral 8x7B', 'Q4_K_M', /GGUF 4-bit K-quant mix/],
      ['plaintext', 'ollama run llama3.1:8b-instruct-q4_K_M', 'llama3.1:8b', /Llama 3\.1 8B/],
      ['markdown', 'A 70B model at FP16', '70B', /70 billion parameters/],
    ];
    for (const [language, content, needle, expected] of cases) {
      test(`hover in an untitled ${language} document: ${needle}`, async () => {
        const doc = await vscode.workspace.openTextDocument({ content, language });
        const text = await hoverText(doc, needle);
        assert.ok(text.includes(OURS), text);
        assert.match(text, expected);
      });
    }

    test("a GGUF file in the workspace is read through workspace.fs (no Node): its header's figures", async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'the fixtures workspace is open');
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'run_local.py'));
      let text = '';
      for (let i = 0; i < 100 && !text.includes('Read from'); i++) {
        text = await hoverText(doc, 'models/ggml-vocab-llama-spm.gguf');
        if (!text.includes('Read from')) await new Promise(r => setTimeout(r, 100));
      }
      assert.match(text, /\*\*Read from `models\/ggml-vocab-llama-spm\.gguf`\*\* — its GGUF header/);
      assert.match(text, /32 layers · trained context \*\*4,096\*\* tokens/);
    });

    test('no hover on a look-alike', async () => {
      const doc = await vscode.workspace.openTextDocument({ content: 'color: #70B0C4; id 0x70B', language: 'css' });
      assert.ok(!(await hoverText(doc, '70B0C4')).includes(OURS));
    });

    test('the glossary and estimate commands work in the web build', async () => {
      assert.strictEqual(await vscode.commands.executeCommand('paramLens.openGlossary', 'kv-cache'), 'kv-cache');
      const result = await vscode.commands.executeCommand<{ estimate: { totalBytes: number } }>('paramLens.estimate', {
        model: 'Qwen/Qwen2.5-7B',
        quant: 'Q4_K_M',
        showPanel: false,
      });
      assert.ok(result.estimate.totalBytes > 4e9);
    });
  });
}

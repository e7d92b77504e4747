import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, fixture, hoverText, positionOf, setSetting } from './helpers';

const OURS = 'Param Lens ·';

async function hoverAt(file: string, needle: string): Promise<string> {
  const doc = await vscode.workspace.openTextDocument(fixture(file));
  return hoverText(doc.uri, positionOf(doc, needle, 2));
}

suite('settings and the toggle command', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  teardown(async () => {
    await setSetting('hover.enabled', undefined);
    await setSetting('hover.excludedLanguages', undefined);
    await setSetting('units', undefined);
    await setSetting('engine', undefined);
    await setSetting('contextLength', undefined);
  });

  test('every contributed command is registered, and every registered paramLens command is contributed', async () => {
    const ext = vscode.extensions.getExtension('param-lens.param-lens')!;
    const contributed = (ext.packageJSON.contributes.commands as Array<{ command: string }>).map(c => c.command).sort();
    assert.ok(contributed.length >= 5, contributed.join(', '));
    const registered = (await vscode.commands.getCommands(true)).filter(c => /^paramLens\.[A-Za-z]+$/.test(c)).sort();
    assert.deepStrictEqual(registered, contributed);
  });

  test('Param Lens: Toggle Hovers turns the hover off and on again', async () => {
    assert.ok((await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
    await vscode.commands.executeCommand('paramLens.toggleHovers');
    assert.strictEqual(vscode.workspace.getConfiguration('paramLens').get('hover.enabled'), false);
    assert.ok(!(await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
    await vscode.commands.executeCommand('paramLens.toggleHovers');
    assert.ok((await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
  });

  test('excluded languages get no hover; others still do', async () => {
    await setSetting('hover.excludedLanguages', ['python']);
    assert.ok(!(await hoverAt('serve.py', 'Llama-3.1-70B')).includes(OURS));
    assert.ok((await hoverAt('config.yaml', '8x7B')).includes(OURS));
  });

  // config.yaml's "fallback: Mixtral 8x7B" states no run settings: the settings decide.
  test('engine and context length change the "to run it" line', async () => {
    assert.match(await hoverAt('config.yaml', '8x7B'), /To run it on llama\.cpp at 8,192 tokens/);
    await setSetting('engine', 'vllm');
    await setSetting('contextLength', 32768);
    const text = await hoverAt('config.yaml', '8x7B');
    assert.match(
      text,
      /To run it on vllm at 32,768 tokens \(its published format\): 87\.0 GiB weights \+ 4\.00 GiB KV cache/,
    );
  });

  test("the file's own settings win over the user's", async () => {
    await setSetting('engine', 'llama.cpp');
    await setSetting('contextLength', 32768);
    assert.match(await hoverAt('serve.py', 'Llama-3.1-70B'), /As configured here:\*\* vLLM, 8,192-token context/);
  });

  test('a nonsense context length falls back to the default instead of breaking the hover', async () => {
    await setSetting('contextLength', -5);
    assert.match(await hoverAt('config.yaml', '8x7B'), /at 8,192 tokens/);
  });

  test('units: GB instead of GiB, always labelled', async () => {
    await setSetting('units', 'GB');
    const text = await hoverAt('config.yaml', '8x7B');
    assert.match(text, /GB = 10\^9 bytes/);
    assert.match(text, /\| 93\.4 GB \|/);
  });
});

suite('manifest: walkthrough, web and trust', () => {
  test('the walkthrough steps point at commands that exist', async () => {
    const ext = vscode.extensions.getExtension('param-lens.param-lens')!;
    const walkthrough = ext.packageJSON.contributes.walkthroughs[0];
    assert.ok(walkthrough.steps.length >= 3);
    const commands = await vscode.commands.getCommands(true);
    for (const step of walkthrough.steps) {
      for (const m of String(step.description).matchAll(/command:([\w.]+)/g))
        assert.ok(commands.includes(m[1]), `${step.id}: ${m[1]}`);
    }
    await vscode.commands.executeCommand('paramLens.openSample');
    assert.match(vscode.window.activeTextEditor?.document.getText() ?? '', /meta-llama\/Llama-3\.1-70B-Instruct/);
  });

  test('Restricted Mode, virtual workspaces, both hosts', () => {
    const p = vscode.extensions.getExtension('param-lens.param-lens')!.packageJSON;
    assert.strictEqual(p.capabilities.untrustedWorkspaces.supported, true);
    assert.strictEqual(p.capabilities.virtualWorkspaces, true);
    // The workspace side first: the model files it reads (GGUF paths, the HF cache, the Ollama store) are there.
    assert.deepStrictEqual(p.extensionKind, ['workspace', 'ui']);
    assert.ok(p.main && p.browser);
  });
});

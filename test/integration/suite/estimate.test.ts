import * as assert from 'assert';
import * as vscode from 'vscode';
import { estimateMemory } from '../../../src/core/estimate/estimateMemory';
import type { EstimateInput, MemoryEstimate } from '../../../src/core/types';
import type { EstimateView } from '../../../src/core/render/estimateView';
import { activateExtension, setSetting } from './helpers';

interface Result {
  request: EstimateInput;
  estimate: MemoryEstimate;
}
interface Api {
  estimateView(): EstimateView | undefined;
  webviewListeners(): number;
  estimateError(): string | undefined;
  estimateMessage(raw: unknown): void;
  estimateStep(): { title: string; seq: number } | undefined;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));
const MODEL_STEP = 'Model: pick one, or type any name or label such as "70B Q4_K_M"';

/**
 * Waits until the flow shows the step titled `title` (a slow machine may take seconds to compute a
 * step's items), then accepts its active item, again if the accept reached the workbench before
 * the step did. Never guesses how long a step takes to open.
 */
async function accept(title: string): Promise<void> {
  const api = (await activateExtension()).exports as Api;
  const step = await openStep(api, title);
  for (let attempt = 0; attempt < 5; attempt++) {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    for (let i = 0; i < 30 && api.estimateStep()?.seq === step.seq; i++) await sleep(100);
    if (api.estimateStep()?.seq !== step.seq) return;
  }
  assert.fail(`the "${title}" step did not take the accept`);
}

/** The step titled `title` once the extension host has shown it (up to 20 s). */
async function openStep(api: Api, title: string): Promise<{ title: string; seq: number }> {
  for (let i = 0; i < 200; i++) {
    const step = api.estimateStep();
    if (step?.title === title) {
      await sleep(100); // the workbench draws the step just after the extension host shows it
      return step;
    }
    await sleep(100);
  }
  assert.fail(`the estimate flow never showed "${title}" (open: ${api.estimateStep()?.title ?? 'nothing'})`);
}

async function estimateTab(): Promise<vscode.Tab | undefined> {
  for (let i = 0; i < 30; i++) {
    const tab = vscode.window.tabGroups.all
      .flatMap(g => g.tabs)
      .find(t => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('paramLens.estimate'));
    if (tab) return tab;
    await sleep(100);
  }
  const all = vscode.window.tabGroups.all
    .flatMap(g => g.tabs)
    .map(t => `${t.label}:${t.input instanceof vscode.TabInputWebview ? t.input.viewType : typeof t.input}`);
  assert.fail(`no estimate tab among ${all.join(', ')}`);
}

suite('estimate command in a real VS Code', () => {
  suiteSetup(async () => {
    await activateExtension();
  });

  teardown(async () => {
    await setSetting('gpuMemoryGB', undefined);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  test('with arguments it estimates without asking, equal to the core, and opens the result panel', async () => {
    const args = {
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      quant: 'Q4_K_M',
      contextTokens: 16384,
      engine: 'llama.cpp',
    };
    const result = await vscode.commands.executeCommand<Result>('paramLens.estimate', args);
    assert.ok(result);
    const expected = estimateMemory({ ...args, engine: 'llama.cpp', kvCacheQuant: 'F16' });
    assert.strictEqual(result.estimate.totalBytes, expected.totalBytes);
    assert.strictEqual(result.estimate.kvCacheBytes, 2 * 2 ** 30);
    assert.ok(await estimateTab(), 'the estimate panel is open');
  });

  test('fine-tuning purposes and engines pass through', async () => {
    const result = await vscode.commands.executeCommand<Result>('paramLens.estimate', {
      model: 'Qwen/Qwen2.5-7B',
      mode: 'qlora',
      contextTokens: 2048,
      showPanel: false,
    });
    assert.ok(result.estimate.trainingBytes! > 0);
    assert.strictEqual(result.estimate.kvCacheBytes, 0);
  });

  test('bad arguments are refused with a message, never thrown', async () => {
    for (const arg of [{ model: 42 }, 'rm -rf', [1, 2], { params: -1 }]) {
      const result = await vscode.commands.executeCommand<Result | undefined>('paramLens.estimate', arg);
      assert.strictEqual(result, undefined, JSON.stringify(arg));
    }
  });

  test('from the label under the cursor, accepting every default step by step', async () => {
    await setSetting('gpuMemoryGB', [24]);
    const doc = await vscode.workspace.openTextDocument({
      content: 'model = "Qwen/Qwen2.5-7B-Instruct-AWQ"',
      language: 'python',
    });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 20, 0, 20);
    const running = vscode.commands.executeCommand<Result>('paramLens.estimate');
    await accept('Purpose'); // inference
    await accept('Engine'); // the default (auto: AWQ runs on vLLM)
    await accept('Weights format'); // the label's own (AWQ)
    await accept('Context length (tokens)'); // the default
    const result = await running;
    assert.ok(result, 'the flow completed');
    assert.strictEqual(result.request.quant, 'AWQ');
    assert.strictEqual(result.request.engine, 'vllm');
    const expected = estimateMemory({
      model: 'Qwen/Qwen2.5-7B-Instruct-AWQ',
      quant: 'AWQ',
      contextTokens: 8192,
      engine: 'vllm',
      mode: 'inference',
      kvCacheQuant: 'F16',
    });
    assert.strictEqual(result.estimate.totalBytes, expected.totalBytes);
  });

  test('Esc at the first step cancels', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'nothing to see', language: 'plaintext' });
    await vscode.window.showTextDocument(doc);
    const running = vscode.commands.executeCommand<Result | undefined>('paramLens.estimate');
    await openStep((await activateExtension()).exports as Api, MODEL_STEP);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await running, undefined);
  });

  test('the context menu and the hover offer it', async () => {
    const ext = vscode.extensions.getExtension('param-lens.param-lens')!;
    const menu = ext.packageJSON.contributes.menus['editor/context'];
    assert.ok(menu.some((m: { command: string }) => m.command === 'paramLens.estimate'));
    const doc = await vscode.workspace.openTextDocument({
      content: 'model = "meta-llama/Llama-3.1-8B-Instruct"',
      language: 'python',
    });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      new vscode.Position(0, 15),
    );
    const text = hovers
      .flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
      .join('\n');
    const link = /\(command:paramLens\.estimate\?([^)]+)\)/.exec(text);
    assert.ok(link, text);
    const [args] = JSON.parse(decodeURIComponent(link[1])) as [{ model: string }];
    assert.strictEqual(args.model, 'meta-llama/Llama-3.1-8B');
    const result = await vscode.commands.executeCommand<Result>('paramLens.estimate', { ...args, showPanel: false });
    assert.ok(result.estimate.totalBytes > 4e9, "the hover link's arguments estimate");
  });

  test('the open panel follows the settings: GPUs set afterwards show in its fit list', async () => {
    const api = (await activateExtension()).exports as Api;
    await vscode.commands.executeCommand('paramLens.estimate', {
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      quant: 'Q4_K_M',
    });
    assert.ok(await estimateTab());
    assert.ok(!api.estimateView()!.fits.some(f => f.mine), 'no GPU of yours before the setting');
    await setSetting('gpuMemoryGB', [24]);
    let mine: string | undefined;
    for (let i = 0; i < 50 && !mine; i++, await sleep(100)) mine = api.estimateView()!.fits.find(f => f.mine)?.label;
    assert.strictEqual(mine, 'your GPU (24 GB)');
  });

  test('closing and re-opening the panel does not pile up listeners', async () => {
    const api = (await activateExtension()).exports as Api;
    const counts: number[] = [];
    for (let round = 0; round < 4; round++) {
      await vscode.commands.executeCommand('paramLens.estimate', { params: 7e9 });
      assert.ok(await estimateTab());
      counts.push(api.webviewListeners());
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (let i = 0; i < 30 && vscode.window.tabGroups.all.some(g => g.tabs.length); i++) await sleep(100);
    }
    assert.deepStrictEqual(counts.slice(1), counts.slice(0, -1), `listeners held while open: ${counts.join(', ')}`);
  });

  test("the panel warns past the model's native context, in its view and its assumptions", async () => {
    const api = (await activateExtension()).exports as Api;
    await vscode.commands.executeCommand('paramLens.estimate', {
      model: 'mistralai/Mistral-7B-v0.3',
      contextTokens: 131072,
    });
    assert.ok(await estimateTab());
    const view = api.estimateView()!;
    assert.strictEqual(view.warnings?.length, 1, JSON.stringify(view.warnings));
    assert.match(view.warnings[0], /131,072 tokens exceed the model's native maximum of 32,768/);
    assert.ok(view.assumptions.includes(view.warnings[0]));
  });

  test('an unknown model typed in the panel clears the figures, with a message about the model box', async () => {
    const api = (await activateExtension()).exports as Api;
    await vscode.commands.executeCommand('paramLens.estimate', {
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      quant: 'Q4_K_M',
    });
    assert.ok(await estimateTab());
    const before = api.estimateView()!;
    const inputs = { ...before.request, model: 'totally-unknown-model', gpusGiB: undefined };
    api.estimateMessage({ type: 'update', inputs });
    assert.strictEqual(api.estimateView(), undefined, "the previous model's figures are gone");
    const message = api.estimateError() ?? '';
    assert.match(message, /does not know "totally-unknown-model"/);
    assert.doesNotMatch(message, /params/);
    // a model it knows brings the figures back
    api.estimateMessage({ type: 'update', inputs: { ...inputs, model: 'meta-llama/Llama-3.1-8B-Instruct' } });
    assert.strictEqual(api.estimateView()?.totalBytes, before.totalBytes);
    assert.strictEqual(api.estimateError(), undefined);
  });

  test('QLoRA picked in the flow: transformers and NF4 offered and chosen; header and assumptions agree', async () => {
    const api = (await activateExtension()).exports as Api;
    const doc = await vscode.workspace.openTextDocument({ content: 'model = "Qwen/Qwen2.5-7B"', language: 'python' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 12, 0, 12);
    const running = vscode.commands.executeCommand<Result>('paramLens.estimate');
    await openStep(api, 'Purpose'); // inference, lora, qlora, full
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await accept('Purpose'); // qlora
    await accept('Engine'); // the one that runs NF4 (transformers)
    await accept('Weights format'); // NF4, first
    await accept('Context length (tokens)'); // the default
    const result = await running;
    assert.ok(result, 'the flow completed');
    assert.strictEqual(result.request.mode, 'qlora');
    assert.strictEqual(result.request.engine, 'transformers');
    assert.strictEqual(result.request.quant, 'NF4');
    const view = api.estimateView()!;
    assert.match(view.subtitle, / · NF4 · transformers · qlora/);
    assert.ok(view.assumptions.some(a => /frozen base in NF4/.test(a)));
  });
});

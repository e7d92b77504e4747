// Issue 20 in a real VS Code: the Models view's table on the demo workspace (each model once, with
// its mentions, formats, runs, memory and fit), a mention revealed, the fit diagnostic and its quick
// fix on the demo vLLM compose file, and the inlay hints on and off.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, fixture, setSetting } from './helpers';
import { fileMentions } from '../../../src/core/workspace/fileMentions';
import { fitFindings } from '../../../src/core/workspace/fitDiagnostics';
import { priceMention } from '../../../src/core/workspace/priceMention';

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

suite('Models view, fit diagnostics and inlay hints, in a real VS Code', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('gpuMemoryGB', undefined);
    await setSetting('inlayHints.enabled', undefined);
    await setSetting('fitDiagnostics.severity', undefined);
  });

  test(
    'the bill of materials lists each model of the demo workspace once, with mentions, formats, runs, memory, ' + 'fit',
    async () => {
      await setSetting('gpuMemoryGB', [24, 24]);
      await vscode.commands.executeCommand('paramLens.models.focus');
      const doc = await vscode.commands.executeCommand<vscode.TextDocument>('paramLens.exportModels');
      assert.ok(doc, 'the export command returns the document it opened');
      assert.strictEqual(doc.languageId, 'markdown');
      const rows = doc
        .getText()
        .split('\n')
        .filter(l => l.startsWith('| ') && !/^\| (?:Model|---) /.test(l))
        .map(l => l.slice(2, -2).split(' | '));
      const names = rows.map(r => r[0]);
      assert.strictEqual(new Set(names).size, names.length, `each model once: ${names.join(', ')}`);
      const row = (name: string) =>
        rows.find(r => r[0] === name.replace(/_/g, '\\_')) ?? assert.fail(`${name} is listed`);
      // four mentions in three files; two formats; the vLLM run read from serve.py; BF16 70B does not fit 2 × 24 GiB
      const llama70 = row('meta-llama/Llama-3.1-70B');
      assert.strictEqual(llama70[1], '4');
      assert.match(llama70[2], /Q4\\_K\\_M/);
      assert.match(llama70[2], /BF16/);
      assert.match(llama70[3], /vLLM, 8,192-token context/);
      assert.match(llama70[4], /^≈ [\d.]+ GiB – [\d.]+ GiB$/);
      assert.strictEqual(llama70[5], 'does not fit');
      assert.match(row('Qwen/Qwen2.5-32B')[3], /vLLM, 32,768-token context, 2 GPUs/);
      assert.strictEqual(row('Qwen/Qwen2.5-32B')[5], 'fits');
      // the Modelfiles, the QLoRA script and the local-files script (fixture files may be added: at least these)
      assert.ok(Number(row('meta-llama/Llama-3.1-8B')[1]) >= 3);
      for (const name of [
        'Qwen/Qwen3-30B-A3B',
        'mistralai/Mistral-7B-Instruct-v0.2',
        'Qwen/Qwen2.5-0.5B',
        'deepseek-ai/DeepSeek-V3',
      ])
        row(name);
      // not a model: the size in prose, the colour, the CSS file
      assert.ok(!names.some(n => /70B\b|#70B0C4/i.test(n) && !n.includes('/')), names.join(', '));
    },
  );

  test('a mention opens its line with the model name selected', async () => {
    await vscode.commands.executeCommand('paramLens.exportModels');
    const text = (await vscode.workspace.openTextDocument(fixture('run/docker-compose.yaml'))).getText();
    const mention = fileMentions(text, 'yaml')[0];
    await vscode.commands.executeCommand('paramLens.revealModelMention', {
      kind: 'mention',
      row: {},
      mention: { file: 'run/docker-compose.yaml', mention },
    });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('run/docker-compose.yaml'));
    assert.strictEqual(editor.document.getText(editor.selection), 'Qwen/Qwen2.5-32B-Instruct-AWQ');
  });

  test(
    'the demo vLLM compose file on 2 × 16 GiB: a diagnostic on --max-model-len; the quick fix sets the largest ' +
      'context that fits',
    async () => {
      await setSetting('gpuMemoryGB', [16, 16]);
      const uri = fixture('run/docker-compose.yaml');
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      const diag = await until('the fit diagnostic', () =>
        vscode.languages.getDiagnostics(uri).find(d => d.source === 'Param Lens'),
      );
      assert.strictEqual(doc.getText(diag.range), '--max-model-len 32768');
      assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Information);
      assert.match(
        diag.message,
        new RegExp(
          String.raw`needs ≈ [\d.]+ GiB: [\d.]+ (?:GiB|MiB) more than the 28\.8 GiB vLLM reserves on your ` +
            String.raw`2 GPUs \(0\.9 × \(16 \+ 16\) GiB\)\. The largest context that fits is [\d,]+ tokens\.`,
        ),
      );
      // the value the estimate gives, from the core
      const expected = fitFindings(doc.getText(), fileMentions(doc.getText(), 'yaml'), {
        units: 'GiB',
        gpusGiB: [16, 16],
      })[0].largestContext;
      assert.ok(expected > 0 && expected < 32768);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diag.range,
      );
      const titles = actions.map(a => a.title);
      const fix = actions.find(a => /largest that fits/.test(a.title)) ?? assert.fail(titles.join(' | '));
      assert.ok(titles.includes('Open the estimate'), titles.join(' | '));
      assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
      assert.match(doc.getText(), new RegExp(`--max-model-len ${expected} --tensor-parallel-size 2`));
      const m = fileMentions(doc.getText(), 'yaml')[0];
      assert.strictEqual(priceMention(m.label, m.settings, { units: 'GiB', gpusGiB: [16, 16] })?.verdict, 'fits');
      await until('the diagnostic to clear', () =>
        vscode.languages.getDiagnostics(uri).some(d => d.source === 'Param Lens') ? undefined : true,
      );
      // severity off: none
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await setSetting('fitDiagnostics.severity', 'off');
      await until('no diagnostic when off', () =>
        vscode.languages.getDiagnostics(uri).some(d => d.source === 'Param Lens') ? undefined : true,
      );
    },
  );

  test('inlay hints: none by default; one "≈ … GiB" per mention when enabled', async () => {
    const uri = fixture('serve.py');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const range = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = () =>
      vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, range);
    assert.deepStrictEqual(
      (await hints()).filter(h => String(h.label).startsWith('≈')),
      [],
    );
    await setSetting('inlayHints.enabled', true);
    const shown = await until('inlay hints', async () => {
      const h = (await hints()).filter(x => String(x.label).startsWith('≈'));
      return h.length ? h : undefined;
    });
    const mentions = fileMentions(doc.getText(), 'python');
    assert.strictEqual(shown.length, mentions.length);
    for (const [i, h] of shown.entries()) {
      assert.match(String(h.label), /^≈ [\d.]+ GiB$/);
      assert.strictEqual(h.position.line, mentions[i].line);
      assert.strictEqual(h.position.character, mentions[i].end);
    }
  });
});

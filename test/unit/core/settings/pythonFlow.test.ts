// Python: another call's keyword arguments are that call's, never a variable the label reads.
import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';

function at(text: string, label: string) {
  const s: Record<string, unknown> = { ...runSettingsAt(text, text.indexOf(label), 'python') };
  delete s.read;
  return s;
}

suite('settings/pythonFlow: calls side by side', () => {
  test('a name another call uses as a keyword resolves to the module variable, not that keyword', () => {
    const t =
      'from vllm import LLM\n\nmax_model_len = 8192\n\ndef big():\n    return LLM(\n' +
      '        model="org/Big",\n        tensor_parallel_size=4,\n        max_model_len=32768,\n    )\n\n' +
      'def small():\n    return LLM(model="org/Small", max_model_len=max_model_len)\n';
    assert.deepStrictEqual(at(t, 'org/Small'), { engine: 'vllm', contextTokens: 8192 });
    assert.deepStrictEqual(at(t, 'org/Big'), { engine: 'vllm', tensorParallel: 4, contextTokens: 32768 });
  });

  test('with no module variable, the name stays unread', () => {
    const t =
      'from vllm import LLM\nbig = LLM(model="org/Big", max_model_len=32768)\n' +
      'small = LLM(model="org/Small", max_model_len=max_model_len)\n';
    assert.deepStrictEqual(at(t, 'org/Small'), { engine: 'vllm' });
  });
});

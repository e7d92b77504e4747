// Shell: each command is its own scope; a variable is the script's, read where it is used.
import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';

function at(text: string, label: string) {
  const s: Record<string, unknown> = { ...runSettingsAt(text, text.indexOf(label), 'shellscript') };
  delete s.read;
  return s;
}

suite('settings/shellCommand: commands side by side', () => {
  test('a vLLM command, then llama-server, then SGLang: each reads its own', () => {
    const t =
      'vllm serve org/Big --tensor-parallel-size 2 \\\n  --max-model-len 32768 &\n' +
      'llama-server -m models/small-q4_k_m.gguf -c 4096 -ngl 99 &\n' +
      'python -m sglang.launch_server --model-path org/Third\n';
    assert.deepStrictEqual(at(t, 'org/Big'), { engine: 'vllm', tensorParallel: 2, contextTokens: 32768 });
    assert.deepStrictEqual(at(t, 'small-q4_k_m'), { engine: 'llama.cpp', contextTokens: 4096, gpuLayers: 99 });
    assert.deepStrictEqual(at(t, 'org/Third'), { engine: 'sglang' });
  });

  test('a model id held by a variable set from a command substitution', () => {
    const t = 'export M=`python3 -c "print(download(\'org/M\'))"`\n' + 'vllm serve ${M} --max-model-len 4096\n';
    assert.deepStrictEqual(at(t, 'org/M'), { engine: 'vllm', contextTokens: 4096 });
  });
});

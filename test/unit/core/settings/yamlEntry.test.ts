// A compose service, a Kubernetes container, a YAML list item or document is a scope: settings
// written in a sibling scope never apply to the label.
import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';
import type { RunSettings } from '../../../../src/core/types';

function at(text: string, label: string, lang: string, nth = 0): Omit<RunSettings, 'read'> {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(label, i + 1);
  assert.ok(i >= 0, `${label} not in text`);
  const s: Partial<RunSettings> = runSettingsAt(text, i, lang);
  delete s.read;
  return s;
}

const BIG = '--model org/Big --tensor-parallel-size 4 --max-model-len 32768';

suite('settings/yamlEntry: sibling scopes', () => {
  test('compose: a service written with an anchor or a flow mapping beside the others is still one scope', () => {
    const t =
      'services:\n  big:\n    image: vllm/vllm-openai\n    command: ' +
      BIG +
      '\n  small: &small\n    image: ollama/ollama\n    environment:\n      - OLLAMA_MODEL=llama3.1:8b\n' +
      '  cache: {image: redis}\n';
    assert.deepStrictEqual(at(t, 'llama3.1:8b', 'dockercompose'), { engine: 'ollama' });
    assert.deepStrictEqual(at(t, 'org/Big', 'dockercompose'), {
      engine: 'vllm',
      tensorParallel: 4,
      contextTokens: 32768,
    });
  });

  test('compose: a merged block (`<<: *x`) applies, a sibling service does not', () => {
    const t =
      'x-vllm: &vllm\n  image: vllm/vllm-openai:v0.6.6\n\nservices:\n  big:\n    <<: *vllm\n    command: ' +
      BIG +
      '\n  small:\n    <<: *vllm\n    command: --model org/Small --max-num-seqs 64\n';
    assert.deepStrictEqual(at(t, 'org/Small', 'dockercompose'), { engine: 'vllm', batch: 64 });
  });

  test('compose: a client pointing at another service (URL, depends_on) is not run by that engine', () => {
    const t =
      'services:\n  vllm:\n    image: vllm/vllm-openai\n    command: ' +
      BIG +
      '\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    depends_on:\n      - vllm\n' +
      '    environment:\n      - OPENAI_API_BASE_URL=http://vllm:8000/v1\n      - DEFAULT_MODELS=org/Client\n';
    assert.deepStrictEqual(at(t, 'org/Client', 'dockercompose'), {});
  });

  test("Kubernetes: an env list at its key's indent belongs to its container, not the pod", () => {
    const t =
      'spec:\n  containers:\n  - name: big\n    image: vllm/vllm-openai\n    args: ["' +
      BIG.split(' ').join('", "') +
      '"]\n  - name: small\n    image: ollama/ollama\n    env:\n    - name: OLLAMA_MODEL\n      value: llama3.1:8b\n';
    assert.deepStrictEqual(at(t, 'llama3.1:8b', 'yaml'), { engine: 'ollama' });
  });

  test('Kubernetes: another document (---) never applies', () => {
    const t =
      'kind: Deployment\nspec:\n  containers:\n  - name: a\n    image: vllm/vllm-openai\n    args: ["' +
      BIG.split(' ').join('", "') +
      '"]\n---\nkind: Deployment\nspec:\n  containers:\n  - name: b\n' +
      '    image: ghcr.io/huggingface/text-generation-inference:2.4\n    args: ["--model-id", "org/Tgi"]\n';
    assert.deepStrictEqual(at(t, 'org/Tgi', 'yaml'), { engine: 'tgi' });
  });

  test('a CI matrix: each include item is its own scope', () => {
    const t =
      'strategy:\n  matrix:\n    include:\n      - model: org/Big\n        max_model_len: 32768\n' +
      '      - model: org/Small\n        tp: 1\n';
    assert.deepStrictEqual(at(t, 'org/Small', 'yaml'), { tensorParallel: 1 });
    assert.deepStrictEqual(at(t, 'org/Big', 'yaml'), { engine: 'vllm', contextTokens: 32768 });
  });

  test('a substitution with a default is read as one value (`${TP:-2}`)', () => {
    const t =
      'services:\n  a:\n    image: vllm/vllm-openai\n    command: >\n      --model ${M:-org/M}\n' +
      '      --tensor-parallel-size ${TP:-2}\n      --max-model-len ${LEN:-8192}\n';
    assert.deepStrictEqual(at(t, 'org/M', 'dockercompose'), { engine: 'vllm', tensorParallel: 2, contextTokens: 8192 });
  });
  test('a script in a literal block (`run: |`): the label reads its own command, not the next one', () => {
    const t =
      'steps:\n  - name: start\n    run: |\n' +
      '      vllm serve org/Big --tensor-parallel-size 2 --max-model-len 32768 &\n' +
      '      llama-server -m models/small-q4_k_m.gguf -c 4096 --port 8081 &\n      sleep 30\n';
    assert.deepStrictEqual(at(t, 'small-q4_k_m', 'yaml'), { engine: 'llama.cpp', contextTokens: 4096 });
    assert.deepStrictEqual(at(t, 'org/Big', 'yaml'), { engine: 'vllm', tensorParallel: 2, contextTokens: 32768 });
  });

  test('a script in a compose command still takes the engine from the service image', () => {
    const t =
      'services:\n  ollama:\n    image: ollama/ollama\n    entrypoint: ["/bin/sh", "-c"]\n    command:\n' +
      '      - |\n        ollama serve &\n        sleep 5\n        ollama pull llama3.1:8b\n';
    assert.deepStrictEqual(at(t, 'llama3.1:8b', 'dockercompose'), { engine: 'ollama' });
  });
});

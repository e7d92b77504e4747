// A Workspace reads the ConfigMap it names (KAITO); one it does not name is never read.
import * as assert from 'assert';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';

const CONFIG = (name: string, len: number) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  inference_config.yaml: |\n` +
  `    vllm:\n      gpu-memory-utilization: 0.9\n      max-model-len: ${len}\n`;
const WORKSPACE = (config?: string) =>
  'apiVersion: kaito.sh/v1beta1\nkind: Workspace\nmetadata:\n  name: ws\ninference:\n  preset:\n' +
  `    name: phi-4-mini-instruct\n${config ? `  config: "${config}"\n` : ''}`;

function settings(text: string) {
  const s: Record<string, unknown> = { ...runSettingsAt(text, text.indexOf('phi-4-mini-instruct'), 'yaml') };
  delete s.read;
  return s;
}

suite('settings/linkedConfig', () => {
  test('the named ConfigMap, before or after the Workspace', () => {
    const want = { engine: 'vllm', gpuMemoryUtilization: 0.9, contextTokens: 4096 };
    assert.deepStrictEqual(settings(`${CONFIG('params', 4096)}---\n${WORKSPACE('params')}`), want);
    assert.deepStrictEqual(settings(`${WORKSPACE('params')}---\n${CONFIG('params', 4096)}`), want);
  });

  test('a ConfigMap of another name, or no config at all, states nothing', () => {
    assert.deepStrictEqual(settings(`${CONFIG('other', 4096)}---\n${WORKSPACE('params')}`), {});
    assert.deepStrictEqual(settings(`${CONFIG('params', 4096)}---\n${WORKSPACE()}`), {});
  });

  test('with two ConfigMaps, only the named one', () => {
    const t = `${CONFIG('a', 2048)}---\n${CONFIG('b', 16384)}---\n${WORKSPACE('b')}`;
    assert.strictEqual(settings(t).contextTokens, 16384);
  });
});

import * as assert from 'assert';
import { cpuExpertLayersOf } from '../../../../src/core/settings/cpuExperts';
import { runSettingsAt } from '../../../../src/core/settings/runSettingsAt';

const cpuMoe = (text: string) => runSettingsAt(text, text.indexOf('-m ') + 3, 'shellscript').cpuMoeLayers;

suite('settings/cpuExperts: routed experts kept in system RAM', () => {
  test('-ot patterns: every layer, a leading range, or nothing that can be told as a count', () => {
    assert.strictEqual(cpuExpertLayersOf('exps=CPU'), -1);
    assert.strictEqual(cpuExpertLayersOf('.ffn_.*_exps.=CPU'), -1);
    assert.strictEqual(cpuExpertLayersOf(String.raw`blk\.([0-9]|1[0-9])\.ffn_.*_exps=CPU`), 20);
    // the first pattern a tensor matches decides: layers 0 and 1 go to CUDA0 first
    assert.strictEqual(cpuExpertLayersOf(String.raw`blk\.(0|1)\.=CUDA0,exps=CPU`), undefined);
    assert.strictEqual(cpuExpertLayersOf(String.raw`blk\.(2[0-9])\.ffn_.*_exps=CPU`), undefined);
    assert.strictEqual(cpuExpertLayersOf('attn=CPU'), undefined, 'no experts moved');
    assert.strictEqual(cpuExpertLayersOf('exps=CUDA1'), undefined, 'experts on another GPU');
    assert.strictEqual(cpuExpertLayersOf('(=CPU'), undefined, 'not a pattern');
    assert.strictEqual(cpuExpertLayersOf('no-equals-sign'), undefined);
  });

  test('llama-server flags and env: --n-cpu-moe, -ncmoe, --cpu-moe, -ot, LLAMA_ARG_N_CPU_MOE', () => {
    const m = 'llama-server -m gpt-oss-120b-mxfp4-00001-of-00003.gguf -ngl 99';
    assert.strictEqual(cpuMoe(`${m} --n-cpu-moe 30`), 30);
    assert.strictEqual(cpuMoe(`${m} -ncmoe 8 -c 8192`), 8);
    assert.strictEqual(cpuMoe(`${m} --cpu-moe -c 8192`), -1);
    assert.strictEqual(cpuMoe(`${m} -ot ".ffn_.*_exps.=CPU"`), -1);
    assert.strictEqual(cpuMoe(`${m} --override-tensor "blk\\.(0|1|2)\\.ffn_.*_exps=CPU"`), 3);
    assert.strictEqual(cpuMoe(`LLAMA_ARG_N_CPU_MOE=12 ${m}`), 12);
    assert.strictEqual(cpuMoe(m), undefined);
    // another engine's command does not read llama.cpp's flags
    const v = 'vllm serve openai/gpt-oss-120b --cpu-moe';
    assert.strictEqual(runSettingsAt(v, v.indexOf('openai/'), 'shellscript').cpuMoeLayers, undefined);
  });

  test('--tensor-split: proportions split at "," or "/", whole list read', () => {
    const t = 'llama-server -m Llama-3.1-70B-Instruct-Q4_K_M.gguf -ngl 99 --tensor-split 3,1 -c 4096';
    const s = runSettingsAt(t, t.indexOf('Llama'), 'shellscript');
    assert.deepStrictEqual(s.tensorSplit, [3, 1]);
    assert.strictEqual(s.contextTokens, 4096);
    assert.ok(s.read.some(r => r.text === '--tensor-split 3,1'));
    const u = 'llama-server -m Llama-3.1-70B-Instruct-Q4_K_M.gguf --tensor-split=0.6/0.4';
    assert.deepStrictEqual(runSettingsAt(u, u.indexOf('Llama'), 'shellscript').tensorSplit, [0.6, 0.4]);
  });
});

import * as assert from 'assert';
import { parseHostedId } from '../../../../src/core/resolve/hostedIds';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';
import { resolveName } from '../../../../src/core/resolve/resolveName';

suite('resolve: hosted-API ids', () => {
  const served: Array<[string, string]> = [
    ['together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo', 'meta-llama/Llama-3.1-70B'],
    ['groq/mixtral-8x7b-32768', 'mistralai/Mixtral-8x7B-v0.1'],
    ['groq/llama3-70b-8192', 'meta-llama/Meta-Llama-3-70B'],
    ['groq/llama-3.1-8b-instant', 'meta-llama/Llama-3.1-8B'],
    ['mistral.mixtral-8x7b-instruct-v0:1', 'mistralai/Mixtral-8x7B-v0.1'],
    ['meta.llama3-1-70b-instruct-v1:0', 'meta-llama/Llama-3.1-70B'],
    ['bedrock/us-west-2/meta.llama3-8b-instruct-v1:0', 'meta-llama/Meta-Llama-3-8B'],
    ['mistral.mistral-7b-instruct-v0:2', 'mistralai/Mistral-7B-Instruct-v0.2'],
    ['fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct', 'meta-llama/Llama-3.1-405B'],
    ['vertex_ai/meta/llama-3.1-8b-instruct-maas', 'meta-llama/Llama-3.1-8B'],
    ['openrouter/openai/gpt-oss-20b:free', 'openai/gpt-oss-20b'],
    ['deepinfra/Qwen/Qwen3-235B-A22B-Instruct-2507', 'Qwen/Qwen3-235B-A22B'],
    ['replicate/meta/llama-2-70b-chat', 'meta-llama/Llama-2-70b-hf'],
    ['anyscale/mistralai/Mixtral-8x22B-Instruct-v0.1', 'mistralai/Mixtral-8x22B-v0.1'],
    ['ollama/llama2', 'meta-llama/Llama-2-7b-hf'],
    ['ollama_chat/llama3.1:70b', 'meta-llama/Llama-3.1-70B'],
  ];
  for (const [id, model] of served) {
    test(`${id} → ${model}`, () => {
      const m = lookupModel(id);
      assert.strictEqual(m?.id, model);
      assert.strictEqual(m?.resolvedAs, 'catalog');
      assert.match(String(m?.resolution), /^served by /);
    });
  }

  test('a fine-tune behind a provider prefix is a derivative, and says who serves it', () => {
    const m = lookupModel('deepinfra/NousResearch/Hermes-3-Llama-3.1-405B');
    assert.strictEqual(m?.resolvedAs, 'derivative');
    assert.strictEqual(m?.baseModel, 'meta-llama/Llama-3.1-405B');
    assert.match(String(m?.resolution), /^served by DeepInfra; fine-tune of Llama 3\.1 405B/);
  });

  test('parseHostedId: provider, Bedrock spelling, Fireworks "p" versions, Vertex versions', () => {
    assert.deepStrictEqual(parseHostedId('bedrock/eu-west-1/meta.llama3-2-3b-instruct-v1:0'), {
      provider: 'Amazon Bedrock',
      served: 'llama3.2-3b-instruct',
      ollama: false,
    });
    assert.strictEqual(parseHostedId('fireworks_ai/accounts/fireworks/models/deepseek-v3p1')?.served, 'deepseek-v3.1');
    // Mistral's dated API name for the open-weight Codestral 22B (hostedProviders.json "renamed").
    assert.strictEqual(parseHostedId('vertex_ai/codestral@2405')?.served, 'mistralai/Codestral-22B-v0.1');
    assert.strictEqual(parseHostedId('vertex_ai/codestral-2501')?.served, 'codestral-2501');
    assert.strictEqual(
      parseHostedId('meta.llama3-2-11b-instruct-v1:0')?.served,
      'meta-llama/Llama-3.2-11B-Vision-Instruct',
    );
    assert.strictEqual(parseHostedId('bedrock/ap-south-1/deepseek.v3.2')?.served, 'deepseek-v3.2');
    assert.strictEqual(parseHostedId('meta-llama/Llama-3.1-8B'), undefined);
  });

  test('closed or unknown served models resolve to nothing', () => {
    assert.strictEqual(lookupModel('vertex_ai/codestral@latest'), undefined);
    assert.strictEqual(lookupModel('openrouter/mistralai/mistral-7b-instruct'), undefined); // no version
  });

  test("models that keep DeepSeek-V3's architecture under another name", () => {
    // V3.1 and V3.2 have catalog entries of their own (read from their real configs); deepseek-chat
    // is served by V3's architecture.
    const expected: Record<string, [string, string]> = {
      'fireworks_ai/accounts/fireworks/models/deepseek-v3p1': ['catalog', 'deepseek-ai/DeepSeek-V3.1-Base'],
      'openrouter/deepseek/deepseek-chat': ['derivative', 'deepseek-ai/DeepSeek-V3'],
      'bedrock/ap-south-1/deepseek.v3.2': ['catalog', 'deepseek-ai/DeepSeek-V3.2'],
    };
    for (const [id, [as, model]] of Object.entries(expected)) {
      const m = lookupModel(id);
      assert.strictEqual(m?.resolvedAs, as, id);
      assert.strictEqual(as === 'derivative' ? m?.baseModel : m?.id, model, id);
    }
  });
});

suite('resolve: more providers and dated releases', () => {
  test('LiteLLM prefixes of Mistral, Azure AI, watsonx, Vercel, Lambda and others serve the named weights', () => {
    assert.strictEqual(resolveName('azure_ai/Meta-Llama-3.1-8B-Instruct')?.as, 'catalog');
    assert.match(String(resolveName('azure_ai/Meta-Llama-3.1-8B-Instruct')?.how), /^served by Azure AI Foundry/);
    assert.strictEqual(resolveName('watsonx/ibm/granite-4-h-small')?.model?.id, 'ibm-granite/granite-4.0-h-small');
    assert.strictEqual(resolveName('mistral/codestral-2405')?.model?.id, 'mistralai/Codestral-22B-v0.1');
    assert.strictEqual(resolveName('vertex_ai/meta/llama3-405b-instruct-maas')?.model?.id, 'meta-llama/Llama-3.1-405B');
  });

  test('a release date the catalog entry lacks is a later release on its architecture, not the entry', () => {
    const r = resolveName('Qwen/Qwen3-4B-Instruct-2612');
    assert.strictEqual(r?.as, 'derivative');
    assert.strictEqual(r?.model?.id, 'Qwen/Qwen3-4B');
    assert.strictEqual(resolveName('Qwen/Qwen3-4B-Instruct-2507')?.as, 'catalog'); // an alias of the entry
    // Mistral Large 3 (2512) is another architecture: no size written, so no Mistral Large 2.
    assert.strictEqual(resolveName('mistral/mistral-large-2512'), undefined);
  });
});

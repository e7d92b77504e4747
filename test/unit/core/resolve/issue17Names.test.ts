// Names of issue 17: re-uploads and fine-tunes over releases the catalog gained, and families of
// fine-tunes whose names do not hold their base's words (src/core/data/sameArchitecture.json).
import * as assert from 'assert';
import { lookupModel } from '../../../../src/core/catalog/lookupModel';

const baseOf = (name: string) => {
  const m = lookupModel(name);
  return m?.resolvedAs === 'derivative' ? m.baseModel : undefined;
};

suite('resolve: issue 17 releases and their re-uploads', () => {
  test('Qwen2.5-VL 32B: the release itself, a hosted id, and a re-upload', () => {
    assert.strictEqual(lookupModel('Qwen/Qwen2.5-VL-32B-Instruct')?.id, 'Qwen/Qwen2.5-VL-32B-Instruct');
    assert.strictEqual(lookupModel('deepinfra/Qwen/Qwen2.5-VL-32B-Instruct')?.id, 'Qwen/Qwen2.5-VL-32B-Instruct');
    assert.strictEqual(baseOf('unsloth/Qwen2.5-VL-32B-Instruct-unsloth-bnb-4bit'), 'Qwen/Qwen2.5-VL-32B-Instruct');
  });

  test("Pixtral 12B: Mistral's own id is the Transformers conversion's release", () => {
    assert.strictEqual(lookupModel('mistralai/Pixtral-12B-2409')?.id, 'mistral-community/pixtral-12b');
    assert.strictEqual(baseOf('unsloth/Pixtral-12B-2409-unsloth-bnb-4bit'), 'mistral-community/pixtral-12b');
  });

  test('Aya Vision: both sizes, and a re-upload keeps its own size', () => {
    assert.strictEqual(lookupModel('CohereForAI/aya-vision-8b')?.id, 'CohereForAI/aya-vision-8b');
    assert.strictEqual(lookupModel('CohereForAI/aya-vision-32b')?.id, 'CohereForAI/aya-vision-32b');
    assert.strictEqual(baseOf('unsloth/aya-vision-8b-unsloth-bnb-4bit'), 'CohereForAI/aya-vision-8b');
  });
});

suite('resolve: fine-tune families named without their base (issue 17)', () => {
  test('TinyLlama has one size: a sizeless TinyLlama name is the 1.1B', () => {
    assert.strictEqual(baseOf('unsloth/tinyllama-chat-bnb-4bit'), 'TinyLlama/TinyLlama-1.1B-Chat-v1.0');
    // A size that disagrees is not TinyLlama's.
    assert.notStrictEqual(baseOf('someone/tinyllama-7b-chat'), 'TinyLlama/TinyLlama-1.1B-Chat-v1.0');
  });

  test('QwQ-32B-Preview is built on Qwen2.5-32B, not on the later QwQ-32B', () => {
    assert.strictEqual(baseOf('unsloth/QwQ-32B-Preview-bnb-4bit'), 'Qwen/Qwen2.5-32B');
    assert.strictEqual(lookupModel('Qwen/QwQ-32B')?.id, 'Qwen/QwQ-32B');
  });

  test('CatPPT, a merge of Mistral 7B fine-tunes, keeps Mistral 7B v0.1', () => {
    assert.strictEqual(baseOf('rishiraj/CatPPT'), 'mistralai/Mistral-7B-v0.1');
  });
});

suite('resolve: the original LLaMA and the 2023 fine-tunes built on it (issue 17)', () => {
  test('"llama" with no generation written is LLaMA 1; a re-upload keeps it', () => {
    assert.strictEqual(lookupModel('huggyllama/llama-13b')?.id, 'huggyllama/llama-13b');
    assert.strictEqual(baseOf('decapoda-research/llama-7b-hf'), 'huggyllama/llama-7b');
    assert.strictEqual(lookupModel('meta-llama/Llama-2-13b-hf')?.id, 'meta-llama/Llama-2-13b-hf');
  });

  test('fine-tune families named without LLaMA keep its size: StableVicuna, Manticore, Robin', () => {
    assert.strictEqual(baseOf('TheBloke/stable-vicuna-13B-HF'), 'huggyllama/llama-13b');
    assert.strictEqual(baseOf('openaccess-ai-collective/manticore-13b-chat-pyg'), 'huggyllama/llama-13b');
    assert.strictEqual(baseOf('OptimalScale/robin-7b-v2-delta'), 'huggyllama/llama-7b');
    assert.strictEqual(baseOf('OptimalScale/robin-65b-v2-delta'), 'huggyllama/llama-65b');
  });

  test('a guard model with its generation glued on ("Guard-3") is another kind, not a LLaMA fine-tune', () => {
    assert.strictEqual(lookupModel('meta-llama/Llama-Guard-3-8B'), undefined);
    assert.strictEqual(lookupModel('groq/meta-llama/llama-guard-4-12b'), undefined);
  });

  test('OpenLLaMA is its own family (a reproduction, not LLaMA weights), preview checkpoints included', () => {
    assert.strictEqual(lookupModel('openlm-research/open_llama_13b')?.id, 'openlm-research/open_llama_13b');
    assert.strictEqual(baseOf('VMware/open-llama-7b-open-instruct'), 'openlm-research/open_llama_7b');
    assert.strictEqual(
      baseOf('h2oai/h2ogpt-gm-oasst1-en-2048-open-llama-7b-preview-300bt-v2'),
      'openlm-research/open_llama_7b_preview_300bt',
    );
  });

  test('SOLAR and DeepSeek LLM: the chat or instruct release of the maker is the same entry', () => {
    assert.strictEqual(lookupModel('upstage/SOLAR-10.7B-Instruct-v1.0')?.id, 'upstage/SOLAR-10.7B-v1.0');
    assert.strictEqual(baseOf('unsloth/solar-10.7b-bnb-4bit'), 'upstage/SOLAR-10.7B-v1.0');
    assert.strictEqual(lookupModel('deepseek-ai/deepseek-llm-67b-chat')?.id, 'deepseek-ai/deepseek-llm-67b-base');
    assert.strictEqual(lookupModel('deepseek-llm:7b')?.id, 'deepseek-ai/deepseek-llm-7b-base');
  });
});

suite('resolve: issue-17 families in several sizes and their Ollama tags', () => {
  test('Granite 4.0 dense Micro and 350M: base, instruct and re-uploads; the -h hybrids stay their own', () => {
    assert.strictEqual(lookupModel('ibm-granite/granite-4.0-micro')?.id, 'ibm-granite/granite-4.0-micro-base');
    assert.strictEqual(baseOf('unsloth/granite-4.0-350m-base-unsloth-bnb-4bit'), 'ibm-granite/granite-4.0-350m-base');
    assert.strictEqual(lookupModel('ibm-granite/granite-4.0-h-350m')?.id, 'ibm-granite/granite-4.0-h-350m');
    assert.strictEqual(lookupModel('granite4:350m')?.id, 'ibm-granite/granite-4.0-350m-base');
  });

  test('Gemma 3 270M, InternLM2.5 20B, Nemotron-4 340B, CodeGeeX4 by id, hosted id and tag', () => {
    assert.strictEqual(baseOf('unsloth/gemma-3-270m-unsloth-bnb-4bit'), 'google/gemma-3-270m');
    assert.strictEqual(lookupModel('gemma3:270m')?.id, 'google/gemma-3-270m');
    assert.strictEqual(lookupModel('ollama/internlm2_5-20b-chat')?.id, 'internlm/internlm2_5-20b-chat');
    assert.strictEqual(lookupModel('nvidia/Nemotron-4-340B-Instruct')?.id, 'nvidia/Nemotron-4-340B-Base');
    assert.strictEqual(lookupModel('ollama/codegeex4')?.id, 'THUDM/codegeex4-all-9b');
  });

  test('Olmo 3 7B, RedPajama-INCITE 7B and Phoenix (on BLOOMZ 7B1 MT)', () => {
    assert.strictEqual(baseOf('unsloth/Olmo-3-7B-Instruct-unsloth-bnb-4bit'), 'allenai/Olmo-3-1025-7B');
    assert.strictEqual(
      lookupModel('togethercomputer/RedPajama-INCITE-7B-Chat')?.id,
      'togethercomputer/RedPajama-INCITE-7B-Base',
    );
    assert.strictEqual(baseOf('FreedomIntelligence/phoenix-inst-chat-7b'), 'bigscience/bloomz-7b1-mt');
    assert.strictEqual(lookupModel('minicpm-v:8b')?.id, 'openbmb/MiniCPM-V-2_6');
    assert.strictEqual(baseOf('alpaca-7b'), 'huggyllama/llama-7b');
  });
});

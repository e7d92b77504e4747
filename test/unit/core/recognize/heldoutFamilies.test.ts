// Families of real lines the held-out corpus (test/data/corpus/heldout-lines.jsonl) showed the
// recognizer getting wrong: each is tested here in small made-up lines of the same shape.
import * as assert from 'assert';
import { findLabels } from '../../../../src/core/recognize/findLabels';

const spans = (text: string) => findLabels(text).map(l => l.text);
const quants = (text: string) => findLabels(text).map(l => `${l.text}=${l.quant}`);

suite('recognize: held-out families', () => {
  test("PyTorch Lightning's precision values are formats", () => {
    assert.deepStrictEqual(quants('  precision: bf16-mixed'), ['bf16=BF16']);
    assert.deepStrictEqual(quants('trainer = L.Trainer(precision="16-mixed")'), ['16-mixed=F16']);
    assert.deepStrictEqual(quants('precision: 32-true'), ['32-true=F32']);
  });

  test('MLX bit widths 2 to 8, written as MLX-Nbit or alone by mlx-community uploads', () => {
    assert.deepStrictEqual(quants('Qwen2.5-7B-Instruct-MLX-2bit'), ['Qwen2.5-7B-Instruct-MLX-2bit=MLX-2bit']);
    assert.deepStrictEqual(quants('mlx-community/Foo-7B-5bit'), ['mlx-community/Foo-7B-5bit=MLX-5bit']);
    const [l] = findLabels('mlx-community/Foo-7B-2bit');
    assert.strictEqual(l.bitsPerWeight, 2.5);
    // elsewhere a bare "4bit" is bitsandbytes' (unsloth), not MLX
    assert.deepStrictEqual(quants('unsloth/Foo-7B-bnb-4bit'), ['unsloth/Foo-7B-bnb-4bit=NF4']);
  });

  test('a size followed by a data word is bytes; a model-size key makes it parameters', () => {
    assert.deepStrictEqual(spans('Tests with 512B payload'), []);
    assert.deepStrictEqual(spans('aligned to 64B cache lines'), []);
    assert.deepStrictEqual(spans('DEFAULT_MODEL_SIZE 0.6B'), ['0.6B']);
    assert.deepStrictEqual(spans('"model_size": "7b"'), ['7b']);
  });

  test("a model page's URL on a model hub names the owner with the model", () => {
    assert.deepStrictEqual(spans('https://build.nvidia.com/nvidia/foo-120b-a12b'), ['nvidia/foo-120b-a12b']);
    assert.deepStrictEqual(spans('https://modelscope.cn/models/someone/Foo-32B-Instruct'), [
      'someone/Foo-32B-Instruct',
    ]);
    // any other site's path is not an owner
    assert.deepStrictEqual(spans('https://example.com/files/llama-7b'), ['llama-7b']);
  });

  test('a publisher of catalog models deep in a path is the organisation; a bucket never is', () => {
    assert.deepStrictEqual(spans('/models/meta-llama/Llama-3.1-8B-Instruct'), ['meta-llama/Llama-3.1-8B-Instruct']);
    assert.deepStrictEqual(spans('eval providers/openai/gpt-oss-20b now'), ['openai/gpt-oss-20b']);
    assert.deepStrictEqual(spans('--model-uri s3://my-bucket/foo-coder-6.7b-instruct/'), ['foo-coder-6.7b-instruct']);
    assert.deepStrictEqual(spans('/home/user/llama-2-7b'), ['llama-2-7b']);
  });

  test('an inference provider after an id is not part of it; an Ollama-style tag still is', () => {
    assert.deepStrictEqual(spans('model: "meta-llama/Llama-3.1-8B-Instruct:hf-inference"'), [
      'meta-llama/Llama-3.1-8B-Instruct',
    ]);
    assert.deepStrictEqual(spans('ask org/Foo-7B:fireworks-ai now'), ['org/Foo-7B']);
    assert.deepStrictEqual(spans('hf.co/org/Foo-7B-GGUF:Q4_K_M'), ['org/Foo-7B-GGUF:Q4_K_M']);
  });

  test('a directory named for what it holds is not an organisation', () => {
    assert.deepStrictEqual(spans('megatron_output/Qwen2.5-7B-Instruct'), ['Qwen2.5-7B-Instruct']);
    assert.deepStrictEqual(spans('sft-checkpoints/llama-2-7b'), ['llama-2-7b']);
  });

  test('an MLC / WebLLM build is its model, with the catalog count', () => {
    const [l] = findLabels('model: "Llama-3.2-3B-Instruct-q4f32_1-MLC"');
    assert.strictEqual(l.model, 'meta-llama/Llama-3.2-3B');
  });

  test('a GGUF type as a member of a type or module in code', () => {
    assert.deepStrictEqual(quants('\tGGMLFileQuantizationType.Q6_K,'), ['Q6_K=Q6_K']);
    assert.deepStrictEqual(quants('let t = GgmlType::Q4_0;'), ['Q4_0=Q4_0']);
    assert.deepStrictEqual(quants('x = GGMLQuantizationType.F16'), ['F16=F16']);
    // any other member named like a format is not one
    assert.deepStrictEqual(quants('Color.F16 and Size::Q4'), []);
  });

  test('a family name without a size that keeps a known base is a label priced at the base (GLM-4.6)', () => {
    const [l] = findLabels('model = "zai-org/GLM-4.6"');
    assert.strictEqual(l.text, 'zai-org/GLM-4.6');
    assert.ok(l.params! > 3.5e11, String(l.params));
    // an unknown name without a size is still nothing
    assert.deepStrictEqual(spans('model = "someone/glm-helper"'), []);
  });
});

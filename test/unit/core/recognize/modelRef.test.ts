// Model names in paths, URLs and ids (issue 12): whole ids, names without an organisation, formats
// as their own path parts; and paths that name no model.
import * as assert from 'assert';
import { findLabels } from '../../../../src/core/recognize/findLabels';

const read = (text: string) => findLabels(text).map(l => [l.text, l.quant ?? null, l.params ?? null] as const);

suite('recognizer: names in paths and ids', () => {
  const cases: Array<[string, string, string | null, number | null]> = [
    ['model: meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/Llama-3.1-8B-Instruct', null, 8030261248],
    ['Llama 3.1 8B is fast', 'Llama 3.1 8B', null, 8030261248],
    ['url: hf://neuralmagic/gemma-2-9b-it-FP8', 'neuralmagic/gemma-2-9b-it-FP8', 'FP8', 9241705984],
    ['"HuggingFaceM4/idefics2-8b-AWQ/processor_config.json",', 'HuggingFaceM4/idefics2-8b-AWQ', 'AWQ', 8e9],
    [
      '# https://huggingface.co/THUDM/chatglm-6b/blob/1d240ba371910e9282298d4592532d7f0f3e9f3e/modeling.py',
      'THUDM/chatglm-6b',
      null,
      6e9,
    ],
    ['# https://ollama.com/ajindal/llama3.1-storm:8b/blobs/1970553b62f4', 'ajindal/llama3.1-storm:8b', null, 8e9],
    ['"model": "/models/WhiteRabbitNeo-33B-DeepSeekCoder",', 'WhiteRabbitNeo-33B-DeepSeekCoder', null, 33e9],
    ['output_dir: data/zephyr-7b-sft-qlora', 'zephyr-7b-sft-qlora', null, 7e9],
    ['pip install nous-hermes-13b', 'nous-hermes-13b', null, 13e9],
    ['the 11-billion-parameter T5 (T5-11B)', 'T5-11B', null, 11e9],
    ['| VILA-7B     | 23.60 |', 'VILA-7B', null, 7e9],
    ["MODEL_NAME = 'RWKV-5-World-3B-v2-20231113-ctx4096.pth'", 'RWKV-5-World-3B-v2-20231113-ctx4096.pth', null, 3e9],
    [
      './Llama-3.2-1B-Instruct.Q4_K_M.llamafile --bench',
      'Llama-3.2-1B-Instruct.Q4_K_M.llamafile',
      'Q4_K_M',
      1235814400,
    ],
    ['-m openai/gpt-oss-20b:free \\', 'openai/gpt-oss-20b:free', null, 20914757184],
    ['["${MODEL_PATH:-QWEN/QWEN3-32B}"]', 'QWEN/QWEN3-32B', null, 32762123264],
    ['llama-server -m mmproj-model-f16.gguf', 'mmproj-model-f16.gguf', 'F16', null],
    ['RedHatAI/Qwen2.5-7B-Instruct-quantized.w4a16', 'RedHatAI/Qwen2.5-7B-Instruct-quantized.w4a16', 'INT4', 7e9],
  ];
  for (const [text, label, quant, params] of cases) {
    test(`${text} → ${label}`, () => {
      const hit = read(text).find(([t]) => t === label);
      assert.ok(hit, `${text} → ${JSON.stringify(read(text))}`);
      assert.strictEqual(hit[1], quant);
      if (params !== null) assert.ok(hit[2] !== null && Math.abs(hit[2] / params - 1) < 0.02, `${hit[2]} vs ${params}`);
    });
  }

  test('formats that are path parts of their own are separate labels', () => {
    assert.deepStrictEqual(
      read('llm = LLM("W4A16/W8A8")').map(([t, q]) => [t, q]),
      [
        ['W4A16', 'INT4'],
        ['W8A8', 'INT8'],
      ],
    );
    assert.deepStrictEqual(
      read('models/exl2/4.0bpw/').map(([t, q]) => [t, q]),
      [
        ['exl2', 'EXL2'],
        ['4.0bpw', 'EXL2'],
      ],
    );
    const exl2 = read('-cf /mnt/models/llama2-7b-exl2/4.5bpw/ \\').map(([t]) => t);
    assert.deepStrictEqual(exl2, ['llama2-7b-exl2', '4.5bpw']);
  });

  test('paths, files and ids that name no model stay silent', () => {
    for (const text of [
      'fig = "assets/radar_72b.jpg"',
      'data/70b.csv',
      'configs/config_671B.json',
      'scripts/run_gpt2_124M.sh',
      'adapter_model.safetensors:   0%|  | 0.00/162M [00:00<?, ?B/s]',
      'kubectl get nodes -o custom-columns="NAME:.metadata.name"',
      'Volume:         pvc-e5578707-c626-11e6-baf6-08002729a32b',
      'deps/usearch/fp16/include)',
      'model, tokenizer = models.load(args.gguf, args.repo)',
      'mistralrs run -f /path/to/model.gguf',
    ])
      assert.deepStrictEqual(read(text), [], text);
  });
});

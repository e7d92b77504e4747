// The hover as the file configures the run, in a real VS Code: the four kinds of file issue 13
// names (a vLLM compose file, a llama-server command, a Modelfile, a QLoRA training script), each
// answered on the line after the name and within the hover's line budget.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, hoverText, positionOf, setSetting } from './helpers';

const BUDGET = 12;
const shownLines = (md: string) => md.split('\n').filter(l => l.trim()).length;

interface Case {
  name: string;
  language: string;
  content: string;
  needle: string;
  expect: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'vLLM compose file',
    language: 'dockercompose',
    needle: 'Qwen/Qwen2.5-32B-Instruct-AWQ',
    content:
      'services:\n  vllm:\n    image: vllm/vllm-openai:latest\n    command: >\n' +
      '      --model Qwen/Qwen2.5-32B-Instruct-AWQ --max-model-len 32768 --tensor-parallel-size 2\n' +
      '      --max-num-seqs 64 --gpu-memory-utilization 0.9\n  web:\n    image: nginx\n    command: ' +
      '--max-model-len 99\n',
    expect: [
      new RegExp(
        String.raw`\*\*As configured here:\*\* vLLM, 32,768-token context, 64 ` +
          String.raw`sequences, 2 GPUs at 0\.9 → needs ≈ \*\*29\.7 GiB\*\* to start`,
      ),
      /\*\*fits\*\* in 0\.9 of 2 × 24 GB = 43\.2 GiB, leaving room for 87,901 tokens of KV/,
    ],
  },
  {
    name: 'llama-server command',
    language: 'shellscript',
    needle: 'Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf',
    content:
      '#!/bin/sh\nllama-server \\\n  -m Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf \\\n  -c 16384 -ngl 20 \\\n  ' +
      '--cache-type-k q8_0\n',
    expect: [
      new RegExp(
        String.raw`\*\*As configured here:\*\* llama\.cpp, 16,384-token context, Q8\\_0 ` +
          String.raw`K \/ F16 V cache → ≈ \*\*[\d.]+ GiB\*\* on the GPUs \(20 of 80 layers\)`,
      ),
      // two 24 GB GPUs are set (below): llama.cpp spreads the 20 layers over both
      /^GPU 0: [\d.]+ \/ 24 GiB · GPU 1: [\d.]+ \/ 24 GiB · system RAM [\d.]+ GiB\.$/m,
    ],
  },
  {
    name: 'Modelfile',
    language: 'plaintext',
    needle: 'llama3.1:8b',
    content: 'FROM llama3.1:8b\nPARAMETER num_ctx 32768\nPARAMETER temperature 0.2\n',
    expect: [
      new RegExp(
        String.raw`\*\*As configured here:\*\* Ollama, 32,768-token context → ` +
          String.raw`≈ \*\*9\.57 GiB\*\* \(4\.58 GiB weights \+ 4\.00 GiB KV cache`,
      ),
    ],
  },
  {
    name: 'QLoRA training script',
    language: 'python',
    needle: 'unsloth/Meta-Llama-3.1-8B-bnb-4bit',
    content:
      'from unsloth import FastLanguageModel\nfrom trl import SFTTrainer, SFTConfig\n' +
      'model, tokenizer = FastLanguageModel.from_pretrained(\n    model_name = ' +
      '"unsloth/Meta-Llama-3.1-8B-bnb-4bit",\n' +
      '    max_seq_length = 2048,\n    load_in_4bit = True,\n)\nmodel = FastLanguageModel.get_peft_model(model, r ' +
      '= 16)\n' +
      'trainer = SFTTrainer(model = model, args = SFTConfig(per_device_train_batch_size = 2, optim = "adamw_8bit"))\n',
    expect: [
      new RegExp(
        String.raw`\*\*As configured here:\*\* transformers, QLoRA \(NF4\), ` +
          String.raw`2 × 2,048-token sequences, rank 16, adamw\\_8bit → ≈ \*\*`,
      ),
    ],
  },
];

suite('hover as configured, in a real VS Code', () => {
  suiteSetup(async () => {
    await activateExtension();
    await setSetting('gpuMemoryGB', [24, 24]);
  });
  suiteTeardown(async () => {
    await setSetting('gpuMemoryGB', undefined);
  });

  for (const c of CASES) {
    test(c.name, async () => {
      const doc = await vscode.workspace.openTextDocument({ content: c.content, language: c.language });
      const text = await hoverText(doc.uri, positionOf(doc, c.needle, 2));
      const ours = text.slice(text.indexOf('**'));
      const lines = ours.split('\n\n');
      assert.match(
        lines[1] ?? '',
        /^\*\*As configured here:\*\*/,
        `the answer is not the line after the name: ${text}`,
      );
      for (const re of c.expect) assert.match(text, re);
      assert.ok(shownLines(ours) <= BUDGET, `hover over ${BUDGET} lines: ${text}`);
    });
  }
});

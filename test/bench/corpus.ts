// A corpus of realistic lines from many file types, for the hover benchmark: code and config that
// mention models, and ordinary lines that do not. Built from templates × model names so it covers
// at least 500 lines without a data file to maintain.
import { findLabels } from '../../src/core/recognize/findLabels';

const MODELS = [
  'meta-llama/Llama-3.1-70B-Instruct',
  'Qwen/Qwen2.5-7B-Instruct-AWQ',
  'unsloth/llama-3-8b-bnb-4bit',
  'mistral-7b-instruct-v0.2.Q4_K_M.gguf',
  'llama3.1:8b-instruct-q4_K_M',
  'qwen2.5:0.5b',
  'mistralai/Mixtral-8x7B-Instruct-v0.1',
  'Qwen/Qwen3-30B-A3B',
  'google/gemma-3-27b-it',
  'openai/gpt-oss-20b',
  'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B',
  'Llama-3.1-70B-Instruct-Q4_K_M-00001-of-00003.gguf',
  'microsoft/Phi-3-mini-4k-instruct',
  'TheBloke/Llama-2-13B-chat-GPTQ',
  'mlx-community/Llama-3.2-3B-Instruct-4bit',
  'bartowski/Qwen2.5-32B-Instruct-GGUF',
  'gemma3:27b',
  'deepseek-r1:671b',
];

const TEMPLATES = [
  'model_id = "{m}"',
  'llm = LLM(model="{m}", dtype="bfloat16", max_model_len=8192)',
  'tokenizer = AutoTokenizer.from_pretrained("{m}")',
  '  model: {m}',
  '"model": "{m}",',
  'base_model = "{m}"',
  'FROM {m}',
  'ollama pull {m}',
  'RUN huggingface-cli download {m} --local-dir /models',
  '| {m} | 4.9 GB | fast |',
  '- We benchmarked {m} at 32k context.',
  'const MODEL = process.env.MODEL ?? "{m}";',
  '--model {m} --quantization awq --tensor-parallel-size 2',
];

const PLAIN = [
  'def train(model, data, epochs=3):',
  '    for batch in loader:',
  'import torch.nn.functional as F',
  'color: #70B0C4; background: #8B7B00;',
  'commit 70b3f2a9c1d4e5f60718293a4b5c6d7e8f901234',
  'id: 550e8400-e29b-41d4-a716-446655440000',
  'Revenue grew 12% in FY24 Q4 and Q4 2024.',
  'resolution: 1920x1080 at 60Hz on an A100',
  'ptr = 0x70B; size = 512MB; header = 4B aligned',
  '    return self.proj(x) + residual',
  'const handler = (req, res) => res.json({ ok: true });',
  '## Installation',
  'export PATH="$HOME/.local/bin:$PATH"',
  'The 70B model needs two GPUs; the 8x7B fits one with Q4_K_M.',
  'Use FP16 or BF16 for training, INT4 weights for inference.',
  'context_length: 131072  # 128k',
  'gpu_memory_utilization: 0.9',
  '"dependencies": { "react": "^18.2.0" }',
  'SELECT id, name FROM users WHERE age > 30;',
  'version = "1.2.3b4"',
];

/** The catalog ids the corpus names, so the benchmark can warm up on others. */
export function corpusModels(): string[] {
  const ids = new Set<string>();
  for (const line of corpus()) for (const l of findLabels(line)) if (l.model) ids.add(l.model);
  return [...ids];
}

export function corpus(): string[] {
  const lines: string[] = [];
  for (const t of TEMPLATES) for (const m of MODELS) lines.push(t.replace('{m}', m));
  for (let i = 0; i < 6; i++) lines.push(...PLAIN.map(p => (i ? `${' '.repeat(i * 2)}${p}` : p)));
  return lines;
}

// The hover section for a model read from the user's own files (a GGUF header, a checkpoint's
// config.json and safetensors headers, the Hugging Face cache, the Ollama store): where it was read
// from, the file's real architecture, trained context and weights mix, and what it needs to run.
// Pure: the adapter (src/sources/) reads the files and hands over what it found.
import type { Engine, ModelInfo } from '../types';
import { unlessInvalid } from '../errors';
import { DEFAULTS } from '../options';
import { estimateMemory } from '../estimate/estimateMemory';
import { formatBytes, formatInt, type MemoryUnit } from '../units';
import { escapeMarkdown } from './markdown';

export interface FileModelView {
  info: ModelInfo;
  /** Where it was read from, as the user knows the path. */
  from: string;
  place: 'gguf' | 'folder' | 'hf-cache' | 'ollama' | 'hub' | 'hub-gguf';
  notes: string[];
  /** Bytes loaded beside the weights (a vision projector). */
  extraBytes?: number;
  /** A checkpoint's safetensors elements per dtype. */
  dtypes?: Record<string, number>;
}

export interface FileModelOptions {
  units: MemoryUnit;
  contextTokens?: number;
  engine?: Engine;
  kvCacheQuant?: string;
}

const PLACE: Record<FileModelView['place'], string> = {
  gguf: 'its GGUF header',
  folder: 'its config.json and safetensors headers',
  'hf-cache': 'the Hugging Face cache: config.json and safetensors headers',
  ollama: "the Ollama store: the model blob's GGUF header",
  hub: 'the Hugging Face Hub: its config.json and safetensors parameter counts',
  'hub-gguf': "the Hugging Face Hub: the GGUF file's header, read by byte ranges",
};

/** Text in a code span (shown as written: Markdown escapes do not apply inside one). */
const codeSpan = (s: string) => `\`${s.replace(/[`\r\n]/g, ' ')}\``;

/** "Q4_K 78.9% · Q6_K 20.5% · F32 0.6%": shares of the elements, largest first. */
export function mixPhrase(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total <= 0) return '';
  const parts = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const share = (n: number) => (n / total < 0.0001 ? '<0.01' : ((100 * n) / total).toFixed(n / total < 0.001 ? 2 : 1));
  const shown = parts.slice(0, 5).map(([k, n]) => `${escapeMarkdown(k)} ${share(n)}%`);
  if (parts.length > 5) shown.push(`${parts.length - 5} more`);
  return shown.join(' · ');
}

/** The engine the file is run with: GGUF files by llama.cpp or Ollama, checkpoints by vLLM or transformers. */
function engineFor(view: FileModelView, preferred: Engine | undefined): Engine {
  if (view.place === 'ollama') return 'ollama';
  if (view.info.resolvedAs === 'gguf' || view.place === 'hub-gguf')
    return preferred === 'ollama' ? 'ollama' : 'llama.cpp';
  return preferred === 'vllm' ? 'vllm' : 'transformers';
}

export function renderFileModel(view: FileModelView, options: FileModelOptions): string {
  const m = view.info;
  const b = (n: number) => formatBytes(n, options.units);
  const lines = [`$(file-binary) **Read from ${codeSpan(view.from)}** — ${PLACE[view.place]}`];
  const arch =
    typeof m.ggufArchitecture === 'string' ? m.ggufArchitecture : typeof m.modelType === 'string' ? m.modelType : '';
  const facts = [
    arch ? `architecture **${escapeMarkdown(arch)}**` : '',
    `${formatInt(m.params)} parameters` +
      (m.activeParams !== undefined ? ` (${formatInt(m.activeParams)} active per token)` : ''),
    `${formatInt(m.layers)} layers`,
    `trained context **${formatInt(m.contextLength)}** tokens`,
  ].filter(Boolean);
  lines.push(facts.join(' · '));
  const types = m.ggufTensorTypes as Record<string, number> | undefined;
  if (types && typeof m.ggufTensorBytes === 'number' && m.ggufTensorBytes > 0) {
    lines.push(`Weights in the file: **${b(m.ggufTensorBytes)}** — ${mixPhrase(types)} of the parameters`);
  } else if (view.dtypes && Object.keys(view.dtypes).length) {
    lines.push(`Tensors on disk: ${mixPhrase(view.dtypes)} of the elements`);
  }
  const engine = engineFor(view, options.engine);
  const contextTokens = options.contextTokens ?? DEFAULTS.contextTokens;
  // A model the estimator cannot size (RangeError/TypeError) gets no run line; other errors propagate.
  const kvCacheQuant = options.kvCacheQuant || undefined;
  const e = unlessInvalid(() => estimateMemory({ model: m, contextTokens, engine, kvCacheQuant }));
  if (e) {
    const extra = view.extraBytes ? ` + ${b(view.extraBytes)} vision projector` : '';
    const total = e.totalBytes + (view.extraBytes ?? 0);
    const basis = e.basis === 'exact' ? "the file's own tensor bytes" : "the file's architecture";
    lines.push(
      `To run it on ${engine} at ${formatInt(contextTokens)} tokens: ${b(e.weightsBytes)} weights + ` +
        `${b(e.kvCacheBytes)} KV cache` +
        ` + ${b(e.overheadBytes)} runtime${extra} ≈ **${b(total)}** (from ${basis})`,
    );
  }
  if (view.notes.length) lines.push(`_${view.notes.map(escapeMarkdown).join('; ')}_`);
  lines.push(
    view.place === 'hub' || view.place === 'hub-gguf'
      ? '_Param Lens · read from the Hugging Face Hub (headers only), kept in its cache_'
      : '_Param Lens · read from the file on disk (headers only)_',
  );
  return lines.join('\n\n');
}

/** The line shown while the file is being read, when it is not on this machine, or when it could not be read. */
export function renderFileStatus(state: 'reading' | 'missing' | 'failed', text: string): string {
  if (state === 'reading')
    return `$(sync) _Reading ${codeSpan(text)} from disk (header only): hover again for the ` + `file's own figures._`;
  if (state === 'missing') return `$(info) _${escapeMarkdown(text)}._`;
  return `$(warning) _Could not read the model file: ${escapeMarkdown(text)}_`;
}

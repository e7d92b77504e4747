// runSettingsAt(text, offset, languageId?): the run settings written around a label — in the same
// command, compose service, Kubernetes container, Python call (and the calls its result flows
// into), Modelfile, YAML/TOML config or LiteLLM entry — and nothing from a neighbour or a comment.
// Looks at a bounded window of lines around the offset and remembers results per text.
import { Memo } from '../memo';
import type { RunEngine, RunSettings } from '../types';
import { BACKEND_KEYS, ENGINE_MARKERS, TRAINING_MARKERS, engineOnlyFor } from './engineOptions';
import { fenceAround, indentedBlockAround, type Fence } from './fencedBlock';
import { dialectOf, sniff, type Dialect } from './languageOf';
import { loadingFormat } from './loadingFormat';
import { optionPairs, type OptionPair } from './optionPairs';
import { readOptions } from './applyOptions';
import { RUNTIME_MARKERS, type Runtime } from './runtimes';
import { tensorrtLlmFormat } from './tensorrtLlmFormat';
import { pythonScope, dictScope } from './pythonFlow';
import type { Scope } from './scope';
import { shellScope } from './shellCommand';
import { tomlScope } from './tomlTable';
import { variablesIn } from './variables';
import { windowAround, type TextWindow } from './window';
import { splitWords } from './words';
import { yamlScope } from './yamlEntry';
import { writtenBeside } from './writtenBeside';
import { labelAt } from '../recognize/findLabels';

const memo = new Memo<RunSettings>(128);

export function runSettingsAt(text: string, offset: number, languageId?: string): RunSettings {
  if (typeof text !== 'string') throw new TypeError('runSettingsAt: text must be a string');
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`runSettingsAt: offset must be an integer from 0 to ${text.length}`);
  }
  if (languageId !== undefined && typeof languageId !== 'string')
    throw new TypeError('runSettingsAt: languageId must be a string');
  const w = windowAround(text, offset);
  const key = `${languageId ?? ''}\u0000${offset - w.start}\u0000${text.slice(w.start, w.end)}`;
  const cached = memo.get(key, () => shift(readAt(text.slice(w.start, w.end), offset - w.start, languageId), 0));
  return shift(cached, w.start);
}

/** The same settings with `read` offsets moved by `by` (a fresh object each call). */
function shift(s: RunSettings, by: number): RunSettings {
  return { ...s, read: s.read.map(r => ({ ...r, start: r.start + by, end: r.end + by })) };
}

function readAt(text: string, offset: number, languageId?: string): RunSettings {
  const whole: TextWindow = { start: 0, end: text.length };
  let w = whole;
  let dialect = dialectOf(languageId, text);
  if (languageId === 'plaintext' && !/^\s*(?:[\w-]+:\s|--?\w|FROM\s)/m.test(text)) return besideInProse(text, offset);
  if (dialect === 'markdown') {
    const fence = fenceAround(text, offset, whole) ?? indentedCode(text, offset, whole);
    if (!fence) return besideInProse(text, offset);
    w = { start: fence.start, end: fence.end };
    dialect = fence.info
      ? dialectOf(fence.info, text.slice(fence.start, fence.end))
      : sniff(text.slice(fence.start, fence.end));
    if (dialect === 'markdown') dialect = sniff(text.slice(fence.start, fence.end));
  }
  const scope = scopeFor(dialect, text, offset, w);
  return settingsFrom(text, offset, scope, dialect);
}

/**
 * An indented block that holds a run file: a YAML or Python one, a Modelfile, or commands with
 * options. An indented paragraph of prose (a list item's continuation) is not one.
 */
function indentedCode(text: string, offset: number, w: TextWindow): Fence | undefined {
  const block = indentedBlockAround(text, offset, w);
  if (!block) return undefined;
  const body = text.slice(block.start, block.end);
  const kind = sniff(body);
  return kind !== 'shell' || /(?:^|\s)--[A-Za-z][\w-]*|\\\n/.test(body) ? block : undefined;
}

/** Prose: a format or context in the label's own sentence or table row. */
function besideInProse(text: string, offset: number): RunSettings {
  const label = labelAt(
    text.slice(text.lastIndexOf('\n', offset - 1) + 1, lineEnd(text, offset)),
    offset - (text.lastIndexOf('\n', offset - 1) + 1),
  );
  if (!label) return { read: [] };
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return writtenBeside(text, lineStart + label.start, lineStart + label.end);
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

function scopeFor(dialect: Dialect, text: string, offset: number, w: TextWindow): Scope {
  switch (dialect) {
    case 'yaml':
      return yamlScope(text, offset, w);
    case 'python':
      return pythonScope(text, offset, w);
    case 'json':
      return dictScope(text, offset, w);
    case 'toml':
      return tomlScope(text, offset, w);
    case 'modelfile':
      return { segments: [[w.start, w.end]], comments: 'hash', window: w, modelfile: true };
    default:
      return shellScope(text, offset, w);
  }
}

interface Runner {
  engine?: RunEngine;
  at?: [number, number];
  /** A runtime with no engine of its own (runtimes.ts): its options are read, no engine is stated. */
  runtime?: Runtime;
}

function engineOf(text: string, scope: Scope, pairs: OptionPair[]): Runner {
  for (const p of pairs) {
    const backend = BACKEND_KEYS[p.key]?.[(p.value?.text ?? p.valueText ?? '').toLowerCase()];
    if (backend) return { engine: backend, at: [p.name.start, p.value?.end ?? p.name.end] };
  }
  if (scope.modelfile) return { engine: 'ollama' };
  for (const callee of scope.callees ?? []) {
    const last = callee.split('.').pop() ?? '';
    const win = text.slice(scope.window.start, scope.window.end);
    if ((last === 'LLM' || /^(?:Async)?EngineArgs$/.test(last)) && /\bvllm\b/.test(win)) return { engine: 'vllm' };
    if (last === 'Llama' && /\bllama_cpp\b/.test(win)) return { engine: 'llama.cpp' };
    if (/^(?:Auto\w*|\w+For\w+)\.from_pretrained$/.test(callee.split('.').slice(-2).join('.')))
      return { engine: 'transformers' };
  }
  let best: { engine?: RunEngine; runtime?: Runtime; at: number; end: number } | undefined;
  for (const [from, to] of scope.own ? [scope.own, ...scope.segments] : scope.segments) {
    if (best && scope.own && from !== scope.own[0]) break;
    const seg = stripUrls(stripComments(text.slice(from, to)));
    const markers = [...ENGINE_MARKERS, ...RUNTIME_MARKERS];
    for (const marker of markers) {
      const m = marker.re.exec(seg);
      if (m && (!best || from + m.index < best.at))
        best = {
          engine: 'engine' in marker ? marker.engine : undefined,
          runtime: 'runtime' in marker ? marker.runtime : undefined,
          at: from + m.index,
          end: from + m.index + m[0].length,
        };
    }
  }
  if (best?.runtime) return { runtime: best.runtime };
  if (best?.engine) return { engine: best.engine, at: [best.at, best.end] };
  // No engine named: an option only one engine has (`num_ctx`, `n_ctx`, `max_model_len`) names it.
  for (const p of pairs) {
    const only = engineOnlyFor(p.key);
    if (only) return { engine: only, at: [p.name.start, p.name.end] };
  }
  return {};
}

/**
 * URLs blanked out, offsets kept: `http://vllm:8000/v1` or `OLLAMA_BASE_URL=http://ollama:11434` is
 * a client pointing at another service, not the engine that runs this one. (A model reference such
 * as `ollama://qwen2.5` or `hf://org/m` is kept.)
 */
function stripUrls(s: string): string {
  return s.replace(/\b(?:https?|wss?|grpcs?|tcp):\/\/[^\s"'`,)\]}]*/gi, m => ' '.repeat(m.length));
}

/** Comments blanked out, offsets kept. */
function stripComments(s: string): string {
  return s.replace(/(^|\s)#[^\n]*/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));
}

function settingsFrom(text: string, offset: number, scope: Scope, dialect: Dialect): RunSettings {
  const words = scope.segments.flatMap(([a, b]) =>
    splitWords(text, a, b, dialect === 'json' ? 'none' : scope.comments),
  );
  const pairs = optionPairs(words);
  const resolve = variablesIn(text, scope.window, offset, scope.foreign);
  const { engine, at, runtime } = engineOf(text, scope, pairs);
  const training =
    pairs.some(p => TRAINING_MARKERS.has(p.key)) ||
    (scope.callees ?? []).some(c =>
      /(?:SFT|DPO|ORPO|GRPO|KTO)(?:Config|Trainer)$|TrainingArguments$|get_peft_model$/.test(c),
    );
  const out: RunSettings = { read: [] };
  const note = (field: string, start: number, end: number) =>
    out.read.push({ field, start, end, text: text.slice(start, end) });
  if (engine) {
    out.engine = engine;
    if (at) note('engine', at[0], at[1]);
  }
  let values = readOptions(pairs, engine, training, resolve, text, runtime);
  const fmt = loadingFormat(pairs, scope.callees ?? [], training, resolve);
  if (runtime === 'tensorrt-llm') {
    const trt = tensorrtLlmFormat(pairs, resolve);
    fmt.quant ??= trt.quant;
    // quantized to a format not read: `--dtype` names the activations, not the weights
    if (trt.quantized && !trt.quant) values = values.filter(v => !(v.field === 'quant' && /dtype$/.test(v.pair.key)));
    const kv = trt.kvCacheQuant;
    if (kv) values.push({ field: 'kvCacheQuant', value: kv.value, pair: kv.pair });
  }
  const explicitQuant = values.some(v => v.field === 'quant' && !/dtype$/.test(v.pair.key));
  for (const v of values) {
    if (v.field === 'quant' && /dtype$/.test(v.pair.key) && (explicitQuant || fmt.quant)) continue;
    (out as unknown as Record<string, unknown>)[v.field] = v.value;
    out.read = out.read.filter(r => r.field !== v.field);
    note(v.field, v.pair.name.start, v.end ?? (v.pair.value ?? v.pair.name).end);
  }
  if (fmt.quant && !explicitQuant) {
    out.quant = fmt.quant.value;
    out.read = out.read.filter(r => r.field !== 'quant');
    note('quant', fmt.quant.pair.name.start, (fmt.quant.pair.value ?? fmt.quant.pair.name).end);
  }
  if ((fmt.mode && training) || fmt.mode?.pair) {
    out.mode = fmt.mode!.value;
    const p = fmt.mode!.pair;
    if (p) note('mode', p.name.start, (p.value ?? p.name).end);
  }
  return out;
}

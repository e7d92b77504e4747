// Fit problems where a run is configured: when the configuration a file states for a model does not
// fit the GPUs (the user's, else the ones the file names), a finding on the context setting (or the
// model name) that says by how much, with the fixes: the largest context that fits, a weights
// format that fits, or the estimate. Raised only on firm ground, never on a guess:
// - the model is a catalog model (its architecture known: basis 'exact' or 'config', not 'label');
// - the file names the engine and is an inference run (fine-tuning prices many unstated defaults);
// - the file states the context; the weights format is written (label or setting) or the engine
//   loads the model's own published weights; a KV format, if written, is one the estimator prices;
// - the engine is priced with its own policy (no borrowed policy, no format the engine cannot load);
// - GPUs are known.
import type { Label, RunSettings } from '../types';
import { chooseEngine } from '../settings/chooseEngine';
import { KV_CACHE_FORMATS } from '../estimate/validateInput';
import { quantFormat } from '../data/quantFormats';
import { ENGINE_NAMES, NEAREST_POLICY } from '../data/engineFormats';
import { formatBytes, formatInt, type MemoryUnit } from '../units';
import type { ConfiguredOptions } from '../render/asConfigured';
import type { Mention } from './fileMentions';
import { PREALLOCATING, priceMention, type Priced } from './priceMention';
import { formatsFor } from '../estimate/offeredFormats';
import { gpusNamedIn } from './gpusNamed';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FitFix {
  title: string;
  kind: 'context' | 'format';
  /** Offsets into the file's text. */
  edit: TextEdit;
}

export interface FitFinding {
  /** Offsets into the file's text of what the finding is about. */
  start: number;
  end: number;
  message: string;
  mention: Mention;
  /** The largest context that fits (0: none does) and a format that fits at the stated context. */
  largestContext: number;
  fittingFormat?: string;
  fixes: FitFix[];
}

export interface FitOptions {
  units: MemoryUnit;
  engine?: ConfiguredOptions['engine'];
  kvCacheQuant?: string;
  /** The user's GPUs, GiB each; when empty, the GPUs the file names (if any) are used. */
  gpusGiB?: number[];
}

/**
 * What vLLM and SGLang quantize at load time from the published weights (`--quantization fp8`:
 * dynamic FP8; vLLM `--quantization bitsandbytes`: in-flight 4-bit), so a flag switches to them;
 * AWQ and GPTQ need a checkpoint quantized beforehand. https://docs.vllm.ai/en/v0.10.2/configuration/engine_args.html
 */
const AT_LOAD: Record<string, Partial<Record<string, string>>> = {
  vllm: { FP8: 'fp8', NF4: 'bitsandbytes' },
  sglang: { FP8: 'fp8' },
};

export function fitFindings(text: string, mentions: readonly Mention[], o: FitOptions): FitFinding[] {
  if (typeof text !== 'string') throw new TypeError('fitFindings: text must be a string');
  let gpus = (o.gpusGiB ?? []).filter(g => g > 0);
  let gpuSource = gpus.length > 1 ? `your ${gpus.length} GPUs` : 'your GPU';
  if (!gpus.length) {
    const named = gpusNamedIn(text);
    if (!named) return [];
    gpus = named.gpusGiB;
    gpuSource = `the ${gpus.length > 1 ? `${gpus.length} × ` : ''}${named.name} this file names`;
  }
  const out: FitFinding[] = [];
  for (const m of mentions) {
    if (m.cell !== undefined) continue;
    const f = findingFor(text, m, { ...o, gpusGiB: gpus }, gpuSource);
    if (f) out.push(f);
  }
  return out;
}

function firm(label: Label, s: RunSettings, o: FitOptions): boolean {
  if (!label.model || !s.engine) return false;
  if (s.mode !== undefined && s.mode !== 'inference') return false;
  if (s.contextTokens === undefined) return false;
  const quant = s.quant ?? label.quant;
  const choice = chooseEngine(s.engine, o.engine, quant);
  if (choice.notes.length || choice.engine !== s.engine) return false;
  if (!quant && (choice.policy === 'llama.cpp' || choice.policy === 'ollama')) return false;
  for (const k of [s.kvCacheQuant, s.kvCacheQuantV])
    if (k && !(KV_CACHE_FORMATS as readonly string[]).includes(k)) return false;
  return true;
}

function findingFor(
  text: string,
  m: Mention,
  o: FitOptions & { gpusGiB: number[] },
  gpuSource: string,
): FitFinding | undefined {
  const { label, settings: s } = m;
  if (!firm(label, s, o)) return undefined;
  const opts: ConfiguredOptions = {
    units: o.units,
    engine: o.engine,
    kvCacheQuant: o.kvCacheQuant,
    gpusGiB: o.gpusGiB,
  };
  const p = priceMention(label, s, opts);
  if (!p || p.verdict !== 'no' || p.capacityBytes === undefined || p.configured.estimate.basis === 'label')
    return undefined;
  const b = (n: number) => formatBytes(n, o.units);
  const ctxRead = s.read.find(r => r.field === 'contextTokens');
  const labelStart = label.start;
  const [start, end] = ctxRead ? [ctxRead.start, ctxRead.end] : [labelStart, labelStart + label.text.length];
  const largest = largestContext(label, s, opts, s.contextTokens!);
  const formats = fittingFormats(label, s, opts, p);
  const engine = ENGINE_NAMES[p.configured.engine];
  const room = PREALLOCATING.has(p.configured.input.engine ?? '')
    ? `the ${b(p.capacityBytes)} ${engine} reserves on ${gpuSource} (${s.gpuMemoryUtilization ?? 0.9} × ` +
      `${p.gpusGiB!.length > 1 ? `(${p.gpusGiB!.join(' + ')})` : p.gpusGiB![0]} GiB)`
    : `${gpuSource} (${b(p.capacityBytes)})`;
  const parts = [
    `${label.model} as configured (${engine}, ${formatInt(s.contextTokens!)}-token context, ` +
      `${p.configured.input.quant ?? 'published weights'}) needs ≈ ${b(p.gpuBytes)}: ` +
      `${b(p.gpuBytes - p.capacityBytes)} more than ` +
      `${room}.`,
  ];
  parts.push(
    largest > 0 ? `The largest context that fits is ${formatInt(largest)} tokens.` : 'No context fits in this format.',
  );
  if (formats.best) parts.push(`${formats.best} weights fit at this context.`);
  const fixes: FitFix[] = [];
  if (largest > 0 && ctxRead) {
    const edit = numberEdit(text, ctxRead, largest);
    if (edit)
      fixes.push({
        kind: 'context',
        edit,
        title: `Set the context to ${formatInt(largest)} tokens, the largest that fits`,
      });
  }
  if (formats.edit)
    fixes.push({
      kind: 'format',
      edit: formats.edit.edit,
      title: `Switch to ${formats.edit.format} weights, which fit`,
    });
  return {
    start,
    end,
    message: parts.join(' '),
    mention: m,
    largestContext: largest,
    fittingFormat: formats.best,
    fixes,
  };
}

/** The largest context (a multiple of 256 tokens, at most the stated one) at which the configuration fits. */
export function largestContext(label: Label, s: RunSettings, o: ConfiguredOptions, stated: number): number {
  const step = 256;
  const fitsAt = (ctx: number) => priceMention(label, { ...s, contextTokens: ctx }, o)?.verdict === 'fits';
  let hi = Math.floor((stated - 1) / step);
  if (hi < 1 || !fitsAt(step)) return 0;
  if (fitsAt(hi * step)) return hi * step;
  let lo = 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fitsAt(mid * step)) lo = mid;
    else hi = mid;
  }
  return lo * step;
}

function bitsOf(q: string | undefined): number | undefined {
  return q ? quantFormat(q)?.effectiveBpw : undefined;
}

/** The formats with fewer bits than the current one that fit at the stated context; one of them with an edit. */
function fittingFormats(
  label: Label,
  s: RunSettings,
  o: ConfiguredOptions,
  p: Priced,
): { best?: string; edit?: { format: string; edit: TextEdit } } {
  const engine = p.configured.input.engine ?? NEAREST_POLICY[p.configured.engine];
  const gguf = engine === 'llama.cpp' || engine === 'ollama';
  const current = p.configured.input.quant ?? 'BF16';
  const currentBits = bitsOf(current) ?? 16;
  const out: { best?: string; edit?: { format: string; edit: TextEdit } } = {};
  // the formats the estimate panel offers for the engine (estimate/offeredFormats.ts), most bits first
  const candidates = [...formatsFor(engine)].sort((a, b) => (bitsOf(b) ?? 0) - (bitsOf(a) ?? 0));
  for (const f of candidates) {
    const bits = bitsOf(f);
    if (bits === undefined || bits >= currentBits) continue;
    if (priceMention({ ...label, quant: f }, { ...s, quant: f }, o)?.verdict !== 'fits') continue;
    out.best ??= f;
    const edit = formatEdit(label, s, f, gguf, p.configured.engine);
    if (edit) {
      out.edit = { format: f, edit };
      break;
    }
  }
  return out;
}

/** Replace the format in the model's own name (GGUF file, Ollama tag) or a `--quantization` value, or add the flag. */
function formatEdit(label: Label, s: RunSettings, f: string, gguf: boolean, engine: string): TextEdit | undefined {
  const labelStart = label.start;
  if (gguf && label.quant) {
    const at = label.text.toLowerCase().lastIndexOf(label.quant.toLowerCase());
    if (at < 0) return undefined;
    const written = label.text.slice(at, at + label.quant.length);
    const newText = written[0] === written[0].toLowerCase() ? f[0].toLowerCase() + f.slice(1) : f;
    return { start: labelStart + at, end: labelStart + at + written.length, newText };
  }
  if (gguf) return undefined;
  const flag = AT_LOAD[engine]?.[f];
  if (!flag) return undefined;
  const q = s.read.find(r => r.field === 'quant');
  if (q) {
    const m = /(quantization["']?\s*[=:\s]\s*["']?)([\w-]+)/i.exec(q.text);
    if (!m) return undefined;
    const at = q.start + m.index + m[1].length;
    return { start: at, end: at + m[2].length, newText: flag };
  }
  if (label.quant) return undefined; // the format is in the checkpoint's name: another checkpoint is needed
  const ctx = s.read.find(r => r.field === 'contextTokens');
  if (!ctx || !/^--[\w-]+/.test(ctx.text)) return undefined; // a command line: add the flag beside the context
  return { start: ctx.end, end: ctx.end, newText: ` --quantization ${flag}` };
}

/** The number in a setting's text (`--max-model-len 131072`, `max_model_len=131072`) replaced. */
function numberEdit(text: string, r: RunSettings['read'][number], value: number): TextEdit | undefined {
  const m = /(\d[\d_]*)(?![\w.])(?!.*\d)/s.exec(r.text);
  if (!m) return undefined;
  const start = r.start + m.index;
  if (text.slice(start, start + m[1].length) !== m[1]) return undefined;
  return { start, end: start + m[1].length, newText: String(value) };
}

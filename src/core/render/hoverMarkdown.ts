// The hover for one label, as Markdown. Short and scannable, most useful line first: what the
// label says, what the underlying idea is, the size tier, then what the weights need in memory.
// Everything taken from the document is escaped.
import type { Engine, Label, RunEngine, RunSettings } from '../types';
import { asConfigured, statesAnything } from './asConfigured';
import { chooseEngine } from '../settings/chooseEngine';
import { estimateMemory } from '../estimate/estimateMemory';
import { gibTarget, verdict } from '../fit/fit';
import { quantFormat } from '../data/quantFormats';
import { findCatalogModel } from '../catalog/lookupModel';
import type { CatalogModel } from '../catalog/catalogModel';
import { ollamaDefaultQuant } from '../estimate/resolveModel';
import { glossarySummary, glossaryTerm } from '../glossary/glossary';
import { sizeTier } from '../sizeTier';
import { formatBytes, formatParamsShort, formatParamsWords, type MemoryUnit, formatInt } from '../units';
import { escapeMarkdown, table } from './markdown';
import { Memo } from '../memo';
import { labelResolution } from '../resolve/labelResolution';
import { COMPARISON_FORMATS, estimateInput, weightsIn, type ModelInput } from './weightsTable';
import { deviceFitLine, offloadLine } from './deviceFit';
import { defaultWeightsFormat } from '../estimate/defaultFormat';
import { unlessInvalid } from '../errors';
import { DEFAULTS } from '../options';
import { yourGpusLabel } from './gpuCards';
import { isDtypeLabel, renderDtypeHover } from './dtypeHover';
import { quantWithBits } from '../quant/quantWithBits';

export interface HoverOptions {
  units: MemoryUnit;
  /** Context for the "to run it" line (default 8,192 tokens). */
  contextTokens?: number;
  /** The user's engine for the "to run it" line ('auto' or unset: the one that runs the format). */
  engine?: RunEngine | 'auto';
  /** Run settings written around the label (runSettingsAt): the hover answers as configured. */
  runSettings?: RunSettings;
  /** KV cache format for the "to run it" line (default F16). */
  kvCacheQuant?: string;
  /** The link target that opens the glossary at an entry; no glossary links without it. */
  glossaryLink?: (id: string) => string;
  /** The link target that opens the estimate for this label. */
  estimateLink?: () => string;
  /** The user's GPUs (GiB each), for the fit line. */
  gpusGiB?: number[];
}

/** The glossary entries that explain a label, most specific first. */
export function glossaryIdsFor(label: Label): string[] {
  const ids: string[] = [];
  if (label.quant) ids.push(quantFormat(label.quant)?.glossaryId ?? 'quantization');
  if (label.activeParams !== undefined) ids.push('mixture-of-experts');
  if (label.detail?.effective) ids.push('active-parameters');
  if (label.params !== undefined || label.kind !== 'quant') ids.push('parameter-count');
  return [...new Set(ids)].filter(id => glossarySummary(id) !== undefined);
}

/** What an estimate needs to know of the label's model: its catalog id, or its size. */
function modelOf(label: Label): ModelInput | undefined {
  if (label.model) return { model: label.model };
  const resolved = labelResolution(label); // a derivative, hosted id or Ollama tag
  if (resolved?.model) return { model: resolved.model.id };
  if (label.params !== undefined) return { params: label.params, activeParams: label.activeParams };
  if (resolved?.params !== undefined) return { model: label.text }; // an Ollama tag: its download, its size
  return undefined;
}

/**
 * Whether llama.cpp has an architecture for a catalog model: every decoder here, and T5 (mT5, umT5,
 * Flan-T5) among the encoder-decoders (ggml-org/llama.cpp src/llama-arch.cpp LLM_ARCH_T5); not
 * Whisper (whisper.cpp is another program), BART, Marian, Pegasus or LongT5.
 */
function llamaCppRuns(m: CatalogModel): boolean {
  return !m.encoderDecoder || (/(?:^|[/-])(?:flan-)?u?m?t5(?:[-_]|$)/i.test(m.id) && !/long-?t5/i.test(m.id));
}

/** "To run it: 4.58 GiB weights + 1.00 GiB KV cache (8,192 tokens) + 0.55 GiB runtime ≈ 6.13 GiB on llama.cpp". */
function runLine(label: Label, options: HoverOptions): string | undefined {
  const model = modelOf(label);
  if (!model) return undefined;
  const catalog = typeof model.model === 'string' ? findCatalogModel(model.model) : undefined;
  // never a format on an engine that cannot load it (AWQ is not priced on llama.cpp), nor a model
  // on an engine without its architecture
  const choice = chooseEngine(undefined, options.engine, label.quant, !catalog || llamaCppRuns(catalog));
  const engine: Engine = choice.policy;
  // The context setting is a preference for any model: one whose window is shorter (LLaMA 1's 2,048
  // tokens, Whisper's 448-token decoder) is priced at its own maximum, and the line says so.
  const asked = options.contextTokens ?? DEFAULTS.contextTokens;
  const native = catalog?.contextLength;
  const contextTokens = native !== undefined && native < asked ? native : asked;
  // An Ollama tag downloads its own format (ollamaLibrary.json), not always Q4_K_M.
  const shipped = engine === 'llama.cpp' || engine === 'ollama' ? labelResolution(label)?.format : undefined;
  const written = label.quant ? quantWithBits(label.quant, label.bitsPerWeight) : undefined;
  const quant = defaultWeightsFormat({ ...model, quant: written ?? shipped, engine });
  const input = estimateInput(model, { quant, contextTokens, engine, kvCacheQuant: options.kvCacheQuant || undefined });
  const e = unlessInvalid(() => estimateMemory(input));
  if (!e) return undefined;
  const b = (n: number) => formatBytes(n, options.units);
  const format = quant ?? 'its published format';
  const gpus = (options.gpusGiB ?? []).filter(g => g > 0);
  let fit = '';
  if (gpus.length) {
    const target = gibTarget(
      yourGpusLabel(gpus),
      gpus.reduce((x, y) => x + y, 0),
    );
    const v = verdict(e.totalBytes, target);
    fit =
      ` ${v === 'fits' ? '$(pass) Fits' : v === 'tight' ? '$(warning) Tight on' : '$(error) Does not fit'} ` +
      `${target.label}.`;
    fit += perGpuLine(input, gpus, options);
  }
  const kv =
    options.kvCacheQuant && options.kvCacheQuant !== 'F16' ? `, ${escapeMarkdown(options.kvCacheQuant)} KV cache` : '';
  const why = choice.notes.length ? ` _${escapeMarkdown(choice.notes.join('; '))}._` : '';
  return (
    `To run it on ${choice.engine} at ${formatInt(contextTokens)} tokens` +
    `${contextTokens < asked ? ' (its maximum)' : ''} (${escapeMarkdown(format)}${kv}): ` +
    `${b(e.weightsBytes)} weights + ${b(e.kvCacheBytes)} KV cache + ${b(e.overheadBytes)} runtime ≈ ` +
    `**${b(e.totalBytes)}**${e.basis === 'label' ? ' (architecture assumed from a similar model)' : ''}.${fit}${why}`
  );
}

/**
 * " GPU 0: 21.3 / 24 GiB · GPU 1: 20.9 / 24 GiB." for several GPUs; for one GPU that llama.cpp or
 * Ollama cannot fill whole, how many layers fit.
 */
function perGpuLine(input: ReturnType<typeof estimateInput>, gpus: number[], options: HoverOptions): string {
  if (gpus.length < 2) {
    const line = offloadLine(input, gpus[0] * 2 ** 30, options.units);
    return line ? ` ${escapeMarkdown(line)}.` : '';
  }
  const split = unlessInvalid(() => estimateMemory({ ...input, gpus: gpus.map(g => g * 2 ** 30) }));
  const line = split && deviceFitLine(split, options.units);
  return line ? ` ${escapeMarkdown(line)}.` : '';
}

function headline(label: Label): string {
  const text = `**${escapeMarkdown(label.text)}**`;
  const d = label.detail ?? {};
  if (label.kind === 'quant') return `${text} — ${quantPhrase(label)}`;
  if (label.kind === 'model') {
    const catalog = label.model ? findCatalogModel(label.model) : undefined;
    const parts: string[] = [];
    const resolved = catalog ? undefined : labelResolution(label);
    if (catalog) parts.push(escapeMarkdown(catalog.name));
    else if (resolved?.how || resolved?.model) parts.push(escapeMarkdown(resolved.how ?? resolved.model!.name));
    if (label.params !== undefined) parts.push(paramsPhrase(label));
    if (label.quant) parts.push(escapeMarkdown(label.quant));
    else if (d.source === 'ollama' && catalog) {
      const shipped = labelResolution(label)?.format ?? ollamaDefaultQuant(catalog);
      parts.push(`Ollama downloads ${escapeMarkdown(shipped)} by default`);
    }
    if (d.shard !== undefined) parts.push(`file ${d.shard} of ${d.shards} of a split GGUF`);
    return `${text} — ${parts.join(' · ') || 'a model name'}`;
  }
  return `${text} — ${paramsPhrase(label)}`;
}

function paramsPhrase(label: Label): string {
  const d = label.detail ?? {};
  if (d.experts !== undefined && d.expertSize !== undefined && label.params !== undefined && !label.model) {
    return (
      `mixture of experts: ${d.experts} experts of a ${formatParamsShort(d.expertSize)}-class model, about ` +
      `${formatParamsShort(label.params)} parameters in total (not ` +
      `${formatParamsShort(d.experts * d.expertSize)}: attention and embeddings are shared) and about ` +
      `${formatParamsShort(label.activeParams!)} active per token`
    );
  }
  if (label.params === undefined && label.activeParams !== undefined) {
    const experts = d.experts !== undefined ? ` across ${d.experts} experts` : '';
    return (
      `mixture of experts with ${formatParamsWords(label.activeParams)} parameters active per ` +
      `token${experts}; the total is larger and is what memory must hold`
    );
  }
  if (label.params === undefined) return 'a parameter count';
  if (d.effective)
    return `${formatParamsWords(label.params)} "effective" parameters (Gemma 3n): the raw count in memory is higher`;
  const total = label.model
    ? `${formatParamsShort(label.params)} parameters (${formatInt(label.params)})`
    : `${formatParamsWords(label.params)} parameters`;
  return label.activeParams !== undefined
    ? `${total}, ${formatParamsWords(label.activeParams)} active per token (mixture of experts)`
    : total;
}

/** What a format is; `sentence` gives it as its own line under a model's headline. */
function quantPhrase(label: Label, sentence = false): string {
  const f = label.quant ? quantFormat(label.quant) : undefined;
  if (!f) return escapeMarkdown(label.quant ?? '');
  const bpw = label.bitsPerWeight ?? f.typeBpw;
  const own = `${Number(bpw.toFixed(4))} bits per weight`;
  const per =
    f.family === 'gguf' && Math.abs(f.effectiveBpw - bpw) > 0.05
      ? `${own}, about ${f.effectiveBpw.toFixed(1)} over a whole file`
      : own;
  return sentence
    ? `${escapeMarkdown(label.quant!)}: ${escapeMarkdown(f.describe)}; ${per}.`
    : `${escapeMarkdown(f.describe)}; ${per}`;
}

function definitionLine(label: Label): string | undefined {
  if (label.kind === 'quant') {
    const f = label.quant ? quantFormat(label.quant) : undefined;
    return glossarySummary(f?.glossaryId ?? 'quantization');
  }
  if (label.activeParams !== undefined) return glossarySummary('mixture-of-experts');
  return glossarySummary('parameters');
}

function memoryTable(label: Label, units: MemoryUnit): string | undefined {
  const model = modelOf(label);
  const formats: string[] = [...COMPARISON_FORMATS];
  const own = label.quant ? quantWithBits(label.quant, label.bitsPerWeight) : undefined;
  if (own && !formats.includes(own)) formats.push(own);
  if (model) {
    const cells = formats.map(f => {
      const b = weightsIn(f, model);
      return b === undefined ? '—' : formatBytes(b, units);
    });
    return table(
      formats.map(f => (f === 'F16' ? 'FP16' : escapeMarkdown(f))),
      [cells],
    );
  }
  if (!label.quant) return undefined;
  // A format alone: what it makes of common sizes.
  const sizes = [8e9, 70e9];
  const rows = sizes.map(params => {
    const b = weightsIn(label.quant!, { params });
    return [formatParamsShort(params), b === undefined ? '—' : formatBytes(b, units)];
  });
  return table(['Model size', `Weights in ${escapeMarkdown(label.quant)}`], rows);
}

const rendered = new Memo<string>(300);

/** The hover's Markdown for a label (remembered: the same label is hovered again and again). */
export function renderHover(label: Label, options: HoverOptions): string {
  const key = JSON.stringify([
    label.text,
    label.kind,
    label.params,
    label.activeParams,
    label.quant,
    label.bitsPerWeight,
    label.model,
    label.detail,
    options.units,
    options.contextTokens,
    options.engine,
    options.kvCacheQuant,
    options.gpusGiB,
    !!options.glossaryLink,
    !!options.estimateLink,
    options.runSettings ? { ...options.runSettings, read: options.runSettings.read.map(r => [r.field, r.text]) } : null,
  ]);
  return rendered.get(key, () => render(label, options));
}

/** Most lines a hover shows (a table row counts as a line); the rest is one click away. */
export const HOVER_LINE_BUDGET = 12;

function render(label: Label, options: HoverOptions): string {
  if (isDtypeLabel(label)) return renderDtypeHover(label, options.glossaryLink);
  // Most useful first: what it is, what it costs to run (as the file configures it, when it says);
  // then the comparison, the idea, links.
  const lines: string[] = [headline(label)];
  const configured = statesAnything(options.runSettings)
    ? asConfigured(label, options.runSettings, {
        units: options.units,
        engine: options.engine,
        contextTokens: options.contextTokens,
        kvCacheQuant: options.kvCacheQuant,
        gpusGiB: options.gpusGiB,
      })
    : undefined;
  if (configured) lines.push(...configured.lines);
  const d = label.detail ?? {};
  if (d.reason) {
    lines.push(
      d.guessed
        ? `_A guess: read as a size label with ${escapeMarkdown(d.reason)}; the same text can mean something else._`
        : `_Read as a size label from the surrounding text (${escapeMarkdown(d.reason)})._`,
    );
  }
  if (label.kind === 'model' && label.quant) lines.push(quantPhrase(label, true));
  if (d.recipe) lines.push(`_${escapeMarkdown(d.recipe)}._`);
  if (!configured) {
    const run = runLine(label, options);
    if (run) lines.push(run);
    // the file fixes the format when it configures the run: the comparison is left to the panel
    const memory = memoryTable(label, options.units);
    if (memory) {
      lines.push(`Weights alone (${options.units === 'GiB' ? 'GiB = 2^30 bytes' : 'GB = 10^9 bytes'}):`);
      lines.push(memory);
    }
  }
  const params = label.params;
  const tier = params !== undefined ? sizeTier(params) : undefined;
  const definition = definitionLine(label);
  const about = [
    tier ? `Size tier: **${tier.name}** — ${tier.where}.` : '',
    definition ? escapeMarkdown(definition) : '',
  ].filter(Boolean);
  if (about.length) lines.push(about.join(' '));
  const links: string[] = [];
  if (options.estimateLink && (label.params !== undefined || label.model))
    links.push(`[$(dashboard) Estimate…](${options.estimateLink()})`);
  if (options.glossaryLink) {
    const entries = glossaryIdsFor(label).map(
      id => `[${escapeMarkdown(glossaryTerm(id)!)}](${options.glossaryLink!(id)})`,
    );
    if (entries.length) links.push(`$(book) Glossary: ${entries.join(' · ')}`);
  }
  if (links.length) lines.push(links.join(' · '));
  const derived = label.model ? undefined : labelResolution(label);
  const basis = label.model
    ? 'exact parameter count and architecture from the model catalog'
    : derived?.model
      ? `architecture of ${derived.model.name} from the model catalog`
      : 'estimated from the label alone';
  lines.push(`_Param Lens · ${basis}_`);
  return lines.join('\n\n');
}

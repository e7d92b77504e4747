// The Models view's table: the mentions of every file merged and grouped by model, each mention
// priced as its file configures it. Pure: the adapter hands in the per-file results and the
// user's options, and draws what comes back.
import type { ConfiguredOptions } from '../render/asConfigured';
import { ENGINE_NAMES } from '../data/engineFormats';
import { formatInt } from '../units';
import type { Verdict } from '../fit/fit';
import type { Mention } from './fileMentions';
import { priceMention, type Priced } from './priceMention';

export interface PricedMention {
  /** The file, as the adapter names it (a workspace-relative path or a URI string). */
  file: string;
  mention: Mention;
  priced?: Priced;
  /** The weights format as configured ('published' when the engine loads the model's own). */
  format: string;
  /** "vLLM, 32,768-token context, 2 GPUs": the run as configured, short. */
  run?: string;
  /** True when the file states how it runs (engine, context, …); false: the user's defaults. */
  stated: boolean;
}

export interface ModelRow {
  key: string;
  /** The catalog id, or the name as first written. */
  name: string;
  known: boolean;
  mentions: PricedMention[];
  formats: string[];
  runs: string[];
  /** Least and most GPU memory over the mentions, bytes. */
  minBytes?: number;
  maxBytes?: number;
  /** The worst verdict over the mentions that have one. */
  verdict?: Verdict;
}

const WORST: Record<Verdict, number> = { fits: 0, tight: 1, no: 2 };

/** One row per model, most-mentioned first, then by name; mentions in file order. */
export function modelTable(files: ReadonlyMap<string, readonly Mention[]>, o: ConfiguredOptions): ModelRow[] {
  const rows = new Map<string, ModelRow>();
  const names = [...files.keys()].sort();
  for (const file of names) {
    for (const mention of files.get(file)!) {
      const pm = priceOne(file, mention, o);
      let row = rows.get(mention.key);
      if (!row) {
        row = {
          key: mention.key,
          name: mention.label.model ?? mention.label.text,
          known: !!mention.label.model,
          mentions: [],
          formats: [],
          runs: [],
        };
        rows.set(mention.key, row);
      }
      row.mentions.push(pm);
      if (!row.formats.includes(pm.format)) row.formats.push(pm.format);
      if (pm.run && pm.stated && !row.runs.includes(pm.run)) row.runs.push(pm.run);
      const bytes = pm.priced?.gpuBytes;
      if (bytes !== undefined) {
        row.minBytes = Math.min(row.minBytes ?? bytes, bytes);
        row.maxBytes = Math.max(row.maxBytes ?? bytes, bytes);
      }
      const v = pm.priced?.verdict;
      if (v && (!row.verdict || WORST[v] > WORST[row.verdict])) row.verdict = v;
    }
  }
  return [...rows.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/**
 * Priced mentions, remembered per mention object (a file's mentions are kept until it changes) and
 * options: a re-scan that changed one file prices only that file's mentions again.
 */
const priced = new WeakMap<Mention, { options: string; file: string; value: PricedMention }>();

function priceOne(file: string, mention: Mention, o: ConfiguredOptions): PricedMention {
  const options = JSON.stringify([o.units, o.engine, o.contextTokens, o.kvCacheQuant, o.gpusGiB]);
  const hit = priced.get(mention);
  if (hit && hit.options === options && hit.file === file) return hit.value;
  const value = priceFresh(file, mention, o);
  priced.set(mention, { options, file, value });
  return value;
}

function priceFresh(file: string, mention: Mention, o: ConfiguredOptions): PricedMention {
  const s = mention.settings;
  const p = priceMention(mention.label, s, o);
  const stated = s.read.length > 0 || s.engine !== undefined;
  const format = p?.configured.input.quant ?? mention.label.quant ?? 'published';
  return { file, mention, priced: p, format, run: p ? runSummary(p, s) : undefined, stated };
}

function runSummary(p: Priced, s: Mention['settings']): string {
  const input = p.configured.input;
  const parts = [ENGINE_NAMES[p.configured.engine]];
  if (input.mode && input.mode !== 'inference') {
    parts.push(input.mode === 'qlora' ? 'QLoRA' : input.mode === 'lora' ? 'LoRA' : 'full fine-tuning');
    parts.push(`${formatInt(input.batch ?? 1)} × ${formatInt(input.contextTokens ?? 0)} tokens`);
  } else if (input.contextTokens !== undefined) {
    parts.push(`${formatInt(input.contextTokens)}-token context`);
  }
  const gpus = (s.tensorParallel ?? 1) * (s.pipelineParallel ?? 1);
  if (gpus > 1) parts.push(`${gpus} GPUs`);
  if (s.kvCacheQuant) parts.push(`${s.kvCacheQuant} KV`);
  if (s.gpuLayers !== undefined && s.gpuLayers >= 0) parts.push(`${s.gpuLayers} layers on GPU`);
  return parts.join(', ');
}

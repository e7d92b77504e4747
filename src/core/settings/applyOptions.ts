// Reads the settings the option table knows from the pairs of one scope, for one engine.
import { OPTIONS, type OptionSpec } from './engineOptions';
import type { OptionPair } from './optionPairs';
import { readBool, readDtype, readFraction, readInt, readShares, readText, type Resolve } from './readValue';
import type { RunEngine, RunSettings } from '../types';
import { parseQuant } from '../quant/parseQuant';
import { cpuExpertLayersOf } from './cpuExperts';
import { isRuntime, type Runtime } from './runtimes';

export type Found = Partial<Omit<RunSettings, 'read'>>;
export interface ReadValue {
  field: keyof Found;
  value: unknown;
  pair: OptionPair;
  /** Where the value ends in the text, when it runs past its word (`--tensor-split 3,1`). */
  end?: number;
}

/**
 * A list value as written after its option, `3,1` or `3/1`: the word splitter breaks at commas (YAML
 * flow lists), so the list is read from the text up to the next space or quote.
 */
function listAfter(pair: OptionPair, text: string): { raw: string; end: number } | undefined {
  const eq = pair.name.text.indexOf('=');
  const start = pair.value
    ? pair.value.start + (pair.value.quoted ? 1 : 0)
    : eq > 0
      ? pair.name.start + (pair.name.quoted ? 1 : 0) + eq + 1
      : undefined;
  if (start === undefined) return undefined;
  const m = /^[\d.,/]+/.exec(text.slice(start, start + 200));
  return m ? { raw: m[0].replace(/[,/]+$/, ''), end: start + m[0].length } : undefined;
}

const BY_NAME = new Map<string, OptionSpec[]>();
for (const spec of OPTIONS) for (const n of spec.names) BY_NAME.set(n, [...(BY_NAME.get(n) ?? []), spec]);

function applies(
  spec: OptionSpec,
  key: string,
  engine: RunEngine | undefined,
  training: boolean,
  runtime: Runtime | undefined,
): boolean {
  if (spec.engines.includes('any')) return true;
  if (engine && spec.engines.includes(engine)) return true;
  if (runtime && spec.engines.includes(runtime)) return true;
  if (training && spec.engines.includes('training')) return true;
  // No engine or runtime named: a long name that only one engine reads still says what it sets.
  return (
    !engine &&
    !runtime &&
    !key.startsWith('-') &&
    spec.engines.length === 1 &&
    spec.engines[0] !== 'training' &&
    !isRuntime(spec.engines[0])
  );
}

function valueOf(spec: OptionSpec, pair: OptionPair, resolve: Resolve): unknown {
  const raw = pair.valueText ?? pair.value?.text;
  const isFlag = pair.name.text.startsWith('-');
  switch (spec.kind) {
    case 'int':
      return raw === undefined ? undefined : positive(readInt(raw, resolve));
    case 'layers': {
      if (raw === undefined) return undefined;
      if (/^all$/i.test(raw.trim())) return -1;
      const n = readInt(raw, resolve);
      return n !== undefined && n >= -1 ? n : undefined;
    }
    case 'fraction':
      return raw === undefined ? undefined : readFraction(raw, resolve);
    case 'flag': {
      if (raw === undefined) return isFlag ? true : undefined;
      const b = readBool(raw, resolve);
      return b === undefined && isFlag && pair.valueText === undefined && !/^auto$/i.test(raw) ? true : b;
    }
    case 'kvType':
    case 'weightsFormat': {
      const t = raw === undefined ? undefined : readText(raw, resolve)?.toLowerCase();
      return t === undefined ? undefined : spec.values?.[t];
    }
    case 'dtype':
      return raw === undefined ? undefined : readDtype(raw, resolve);
    case 'anyFormat': {
      const t = raw === undefined ? undefined : readText(raw, resolve);
      return t === undefined ? undefined : parseQuant(t)?.format.name;
    }
    case 'path':
      return raw === undefined ? undefined : readText(raw, resolve);
    case 'shares':
      return raw === undefined ? undefined : readShares(raw, resolve);
    case 'allLayers': {
      // a bare flag, or an env value read as a flag: every layer
      const on = raw === undefined || (isFlag && pair.valueText === undefined) ? true : readBool(raw, resolve);
      return on ? -1 : undefined;
    }
    case 'tensorOverrides': {
      // a regex list: parentheses and braces are its own, not a shell substitution
      return raw === undefined ? undefined : cpuExpertLayersOf(raw.trim().replace(/^["']|["']$/g, ''));
    }
    case 'name': {
      const t = raw === undefined ? undefined : readText(raw, resolve);
      if (t === undefined) return undefined;
      if (!spec.values) return t.toLowerCase();
      const v = spec.values[t.toLowerCase()];
      return v === 'true' ? true : v === 'false' ? false : v;
    }
  }
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && n > 0 ? n : undefined;
}

// Wrappers pass an engine's options with the engine's name in front: ms-swift's
// `--vllm_max_model_len`, `--vllm_gpu_memory_utilization` (modelscope/ms-swift swift/llm/argument/
// infer_args.py, VllmArguments).
const ENGINE_PREFIX = /^(vllm|sglang)_(\w+)$/;

/** The options of `engine` named `key`. */
function engineSpecs(key: string, engine: RunEngine): OptionSpec[] {
  return (BY_NAME.get(key) ?? []).filter(spec => spec.engines.includes(engine) || spec.engines.includes('any'));
}

/** A flag whose value a bare flag would swallow: `--flash-attn --metrics` vs `-fa on`. */
export function readOptions(
  pairs: OptionPair[],
  engine: RunEngine | undefined,
  training: boolean,
  resolve: Resolve,
  text?: string,
  runtime?: Runtime,
): ReadValue[] {
  const out: ReadValue[] = [];
  for (const pair of pairs) {
    const prefixed = ENGINE_PREFIX.exec(pair.key);
    const specs = BY_NAME.get(pair.key) ?? (prefixed ? engineSpecs(prefixed[2], prefixed[1] as RunEngine) : []);
    for (const spec of specs) {
      if (!prefixed && !applies(spec, pair.key, engine, training, runtime)) continue;
      const list = spec.kind === 'shares' && text !== undefined ? listAfter(pair, text) : undefined;
      if (list) {
        const value = readShares(list.raw, resolve);
        if (value !== undefined) {
          out.push({ field: spec.field, value, pair, end: list.end });
          break;
        }
      }
      const value = valueOf(spec, pair, resolve);
      if (value !== undefined) {
        out.push({ field: spec.field, value, pair });
        break;
      }
    }
  }
  return out;
}

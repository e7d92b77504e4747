// Reads fields of a config.json by their several historical names (GPT-2's n_embd, T5's d_model,
// Falcon's n_head_kv, ChatGLM's num_layers, …), with the Transformers class defaults behind them,
// and checks that what is read can describe a model.
import { CONFIG_DEFAULTS } from '../data/configDefaults';

export type Json = Record<string, unknown>;

export class ConfigFields {
  readonly modelType: string;
  private readonly defaults: Json;

  constructor(
    readonly raw: Json,
    modelType?: string,
  ) {
    this.modelType = modelType ?? (typeof raw.model_type === 'string' ? raw.model_type : '');
    this.defaults = (CONFIG_DEFAULTS[this.modelType] ?? {}) as Json;
  }

  /**
   * The first of `names` the config sets, else the class default. A field the config sets to null
   * is unset on purpose (Mistral v0.2's "sliding_window": null): no default fills it in.
   */
  value(...names: string[]): unknown {
    for (const n of names) if (this.raw[n] !== undefined && this.raw[n] !== null) return this.raw[n];
    if (names.some(n => this.raw[n] === null)) return undefined;
    for (const n of names) if (this.defaults[n] !== undefined && this.defaults[n] !== null) return this.defaults[n];
    return undefined;
  }

  has(...names: string[]): boolean {
    return this.value(...names) !== undefined;
  }

  /** A count or size: a finite number ≥ 0 (a one-element list is read as its element). */
  num(...names: string[]): number | undefined {
    let v = this.value(...names);
    if (Array.isArray(v) && v.length > 0 && v.every(x => x === (v as unknown[])[0])) v = v[0] as unknown;
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new TypeError(`config field ${names[0]} must be a finite number ≥ 0, got ${JSON.stringify(v)}`);
    }
    return v;
  }

  /** A count the model cannot do without: a whole number ≥ 1. */
  need(...names: string[]): number {
    const v = this.num(...names);
    if (v === undefined) {
      throw new TypeError(`config has no ${names.join(' / ')}: it does not describe a model this reader can size`);
    }
    if (!Number.isInteger(v) || v < 1) {
      throw new TypeError(`config field ${names[0]} must be a whole number ≥ 1, got ${v}`);
    }
    return v;
  }

  bool(...names: string[]): boolean | undefined {
    const v = this.value(...names);
    return typeof v === 'boolean' ? v : undefined;
  }

  str(...names: string[]): string | undefined {
    const v = this.value(...names);
    return typeof v === 'string' ? v : undefined;
  }

  /** A per-layer list of numbers, or undefined. */
  list(...names: string[]): number[] | undefined {
    const v = this.value(...names);
    return Array.isArray(v) && v.every(x => typeof x === 'number' && Number.isFinite(x)) ? (v as number[]) : undefined;
  }

  /** A nested object. */
  obj(...names: string[]): Json | undefined {
    const v = this.value(...names);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
  }
}

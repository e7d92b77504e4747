// Reads the paramLens.* settings. Values are read once and refreshed when they change, so the
// hover path never asks the configuration service.
import * as vscode from 'vscode';
import type { MemoryUnit } from './core/units';
import type { Engine } from './core/types';

/** The engine setting: one engine, or 'auto' (the file's, else the one that runs the format). */
export type EngineSetting = Engine | 'auto';
import { ENGINES, KV_CACHE_FORMATS } from './core/estimate/validateInput';

export interface ParamLensSettings {
  hoverEnabled: boolean;
  excludedLanguages: ReadonlySet<string>;
  units: MemoryUnit;
  contextTokens: number;
  engine: EngineSetting;
  /** Memory of each of the user's GPUs, in GiB. */
  gpusGiB: number[];
  kvCacheQuant: string;
}

const DEFAULT_CONTEXT = 8192;

export const SECTION = 'paramLens';

function read(): ParamLensSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  const excluded = c.get<unknown>('hover.excludedLanguages');
  const units = c.get<string>('units');
  const context = c.get<number>('contextLength');
  const engine = c.get<string>('engine');
  const gpus = c.get<unknown>('gpuMemoryGB');
  const kv = c.get<string>('kvCacheQuant');
  return {
    hoverEnabled: c.get<boolean>('hover.enabled') !== false,
    excludedLanguages: new Set(Array.isArray(excluded) ? excluded.filter((x): x is string => typeof x === 'string') : []),
    units: units === 'GB' ? 'GB' : 'GiB',
    // Settings are user input: out-of-range values fall back to the defaults.
    contextTokens: Number.isInteger(context) && context! >= 1 && context! <= 16_777_216 ? context! : DEFAULT_CONTEXT,
    engine: ENGINES.find(e => e === engine) ?? 'auto',
    gpusGiB: Array.isArray(gpus) ? gpus.filter((g): g is number => typeof g === 'number' && g > 0 && g <= 4096).slice(0, 64) : [],
    kvCacheQuant: KV_CACHE_FORMATS.find(k => k === kv) ?? 'F16',
  };
}

export class Settings implements vscode.Disposable {
  private value = read();
  private readonly subscription = vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration(SECTION)) this.value = read();
  });

  get current(): ParamLensSettings {
    return this.value;
  }

  /** Reads the settings again (commands do, so that nothing depends on event timing). */
  refresh(): ParamLensSettings {
    this.value = read();
    return this.value;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}

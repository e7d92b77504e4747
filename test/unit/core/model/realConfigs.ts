// The real config.json files of test/data/configs and their sources index (SOURCES.json): each
// file is a copy of a model's config vendored in a public repository, with the published
// parameter count it is checked against and, where the two differ, the explanation.
import * as fs from 'fs';
import * as path from 'path';

/** test/data/configs, found upwards from the built file (out/test/unit/… or out/test/bench/). */
function findConfigDir(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test/data/configs');
    if (fs.existsSync(path.join(candidate, 'SOURCES.json'))) return candidate;
  }
  throw new Error(`test/data/configs not found above ${__dirname}`);
}

export const CONFIG_DIR = findConfigDir();

export interface Explained {
  reason: string;
  expectedParams: number;
  expectedSource: string;
  /** Compare main model + MTP layers. */
  withMtp?: boolean;
  /** Parameters the config copy does not describe, added before comparing. */
  plusParams?: number;
  /** Relative tolerance when the expected figure is itself rounded coarsely. */
  tolerance?: number;
}

export interface ConfigSource {
  model: string;
  repo: string;
  path: string;
  commit: string;
  url?: string;
  publishedParams?: number | null;
  publishedSource?: string | null;
  note?: string;
  explained?: Explained;
}

export function configSources(): Record<string, ConfigSource> {
  return JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, 'SOURCES.json'), 'utf8')) as Record<string, ConfigSource>;
}

export function configText(file: string): string {
  return fs.readFileSync(path.join(CONFIG_DIR, file), 'utf8');
}

/** Half a unit of the last significant digit of a rounded published figure (7.3e9 → 5e7). */
export function halfUnit(n: number): number {
  let unit = 1;
  while (unit < n && Math.round(n / (unit * 10)) * unit * 10 === n) unit *= 10;
  return unit / 2;
}

/** How far a computed count may be from a published one: 0.5 %, or the figure's own rounding. */
export function tolerance(published: number, relative = 0.005): number {
  return Math.max(relative * published, halfUnit(published));
}

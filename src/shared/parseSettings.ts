// The paramLens.* settings as Param Lens uses them, read from raw values. Settings are user input
// (settings.json accepts anything): a value of the wrong type or out of its declared range falls
// back to the declared default; list items that are out of range are dropped. No vscode import.
import { SETTINGS, type SettingDeclaration, type SettingKey, type SettingValues } from './settingsSchema';

export type ParamLensSettings = SettingValues;

function inRange(v: unknown, d: { minimum: number; maximum: number }, integer: boolean): v is number {
  return (
    typeof v === 'number' && Number.isFinite(v) && (!integer || Number.isInteger(v)) && v >= d.minimum && v <= d.maximum
  );
}

function parseValue(d: SettingDeclaration, v: unknown): unknown {
  switch (d.type) {
    case 'boolean':
      return typeof v === 'boolean' ? v : d.default;
    case 'string':
      return d.enum.find(choice => choice === v) ?? d.default;
    case 'integer':
    case 'number':
      return inRange(v, d, d.type === 'integer') ? v : d.default;
    case 'array': {
      if (!Array.isArray(v)) return [...d.default];
      const items = d.items;
      const kept = v.filter(x => (items.type === 'string' ? typeof x === 'string' : inRange(x, items, false)));
      return kept.slice(0, d.maxItems ?? kept.length);
    }
  }
}

/**
 * Every setting, checked; `raw` maps a setting's key ("hover.enabled") to its value as stored.
 * `declared` is the settings table (tests pass an extended one).
 */
export function parseSettings(
  raw: Partial<Record<SettingKey, unknown>> | Record<string, unknown>,
  declared: readonly SettingDeclaration[] = SETTINGS,
): ParamLensSettings {
  const out: Record<string, unknown> = {};
  const values = raw as Record<string, unknown>;
  for (const d of declared) out[d.field] = parseValue(d, values[d.key]);
  return out as ParamLensSettings;
}

/** The keys to read, so an adapter can fetch exactly the declared settings. */
export const SETTING_KEYS: readonly SettingKey[] = SETTINGS.map(d => d.key);

// The weight formats offered for an engine (the estimate command's format step, the estimate
// panel's format list and its comparison table): every candidate of options.ts
// WEIGHT_FORMAT_CHOICES that the engine loads, by the one table of which engine loads which format
// family (data/engineFormats.ts ENGINE_LOADS, through canLoad). The engine's own kind of weights
// comes first, so llama.cpp lists its GGUF types and vLLM its published formats before the rest.
import { ENGINE_TABLE, WEIGHT_FORMAT_CHOICES, type Engine, type EngineWeights } from '../options';
import { canLoad } from '../settings/chooseEngine';

const offered = new Map<Engine, readonly string[]>();

export function formatsFor(engine: Engine): readonly string[] {
  const known = offered.get(engine);
  if (known) return known;
  const own = ENGINE_TABLE[engine].weights;
  const kinds = [own, ...(Object.keys(WEIGHT_FORMAT_CHOICES) as EngineWeights[]).filter(k => k !== own)];
  const list = [...new Set(kinds.flatMap(k => WEIGHT_FORMAT_CHOICES[k]))].filter(f => canLoad(engine, f));
  offered.set(engine, list);
  return list;
}

// The engine an estimate is priced on, by precedence: what the file states, else the user's
// setting, else the engine that runs the label's format. A format the chosen engine cannot load is
// never priced on it: the engine that runs the format is used and the reason is given.
import { ENGINE_FOR_FAMILY, ENGINE_LOADS, ENGINE_NAMES, NEAREST_POLICY } from '../data/engineFormats';
import { quantFormat, type QuantFamily } from '../data/quantFormats';
import { parseQuant } from '../quant/parseQuant';
import type { Engine, RunEngine } from '../types';

export interface EngineChoice {
  engine: RunEngine;
  from: 'file' | 'setting' | 'format' | 'default';
  /** The estimator policy used (the engine itself, or the nearest one it models). */
  policy: Engine;
  /** Said to the user: a format the named engine cannot load, a policy borrowed. */
  notes: string[];
}

export function canLoad(engine: RunEngine, quant: string | undefined): boolean {
  const family = familyOf(quant);
  return family === undefined || ENGINE_LOADS[engine].includes(family);
}

/**
 * `llamaCppRuns: false` for a model llama.cpp has no architecture for (Whisper, BART, Marian: only
 * T5 among the encoder-decoders): with nothing else chosen, it is priced on transformers.
 */
export function chooseEngine(
  fileEngine: RunEngine | undefined,
  userEngine: RunEngine | 'auto' | undefined,
  quant: string | undefined,
  llamaCppRuns = true,
): EngineChoice {
  const family = familyOf(quant);
  const forFormat = family ? ENGINE_FOR_FAMILY[family] : undefined;
  const notes: string[] = [];
  let engine: RunEngine;
  let from: EngineChoice['from'];
  if (fileEngine) {
    engine = fileEngine;
    from = 'file';
  } else if (userEngine && userEngine !== 'auto') {
    engine = userEngine;
    from = 'setting';
  } else if (forFormat) {
    engine = forFormat;
    from = 'format';
  } else if (llamaCppRuns) {
    engine = 'llama.cpp';
    from = 'default';
  } else {
    engine = 'transformers';
    from = 'default';
    notes.push(`llama.cpp does not run this architecture; priced on ${ENGINE_NAMES.transformers}`);
  }
  if (!canLoad(engine, quant) && forFormat) {
    notes.push(`${quant} does not run on ${ENGINE_NAMES[engine]}; priced on ${ENGINE_NAMES[forFormat]}, which runs it`);
    engine = forFormat;
    from = 'format';
  }
  const policy = NEAREST_POLICY[engine];
  if (policy !== engine) {
    notes.push(
      `${ENGINE_NAMES[engine]} is priced with the ${ENGINE_NAMES[policy]} memory policy (the nearest one modelled)`,
    );
  }
  return { engine, from, policy, notes };
}

/** The family of a format name, also when it carries its bits ("EXL3 6bpw"). */
function familyOf(quant: string | undefined): QuantFamily | undefined {
  return quant ? (quantFormat(quant) ?? parseQuant(quant)?.format)?.family : undefined;
}

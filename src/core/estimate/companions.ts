// What a projector (--mmproj) and a draft model (-md, --speculative-model) add to an estimate.
// A projector file holds the vision tower of the model it is named for: its parameters come from
// that model's config (catalog visionParams), its bytes from the type in the file name (mmproj
// files ship in F16 unless named f32, bf16 or q8_0). A draft model is estimated as a model of its
// own at the same context and batch: its weights and KV cache are added.
import type { EstimateInput, MemoryEstimate, ModelInfo } from '../types';
import type { ResolvedModel } from './resolveModel';
import { findCatalogModel } from '../catalog/lookupModel';
import { KV_ELEMENT_BYTES } from './kvCache';
import type { KvCacheFormat } from './validateInput';

export interface Companions {
  weightsBytes: number;
  kvBytes: number;
  notes: string[];
}

const GiB = 2 ** 30;

/** Bytes per element of a projector file by the type its name carries. */
function projectorElementBytes(name: string): { bytes: number; type: string } {
  if (/(^|[-_.])f32([-_.]|$)/i.test(name)) return { bytes: 4, type: 'F32' };
  if (/(^|[-_.])q8_0([-_.]|$)/i.test(name)) return { bytes: 34 / 32, type: 'Q8_0' };
  if (/(^|[-_.])bf16([-_.]|$)/i.test(name)) return { bytes: 2, type: 'BF16' };
  return { bytes: 2, type: 'F16' };
}

/** The model a projector file is named for: "mmproj-gemma-3-27b-it-f16.gguf" → gemma-3-27b-it. */
function projectorOwner(name: string) {
  const base = name
    .replace(/^.*[\\/]/, '')
    .replace(/\.gguf$/i, '')
    .replace(/(^|[-_.])mmproj([-_.]|$)/i, '$1')
    .replace(/(^|[-_.])(f32|f16|bf16|q8_0|model)(?=[-_.]|$)/gi, '')
    .replace(/^[-_.]+|[-_.]+$/g, '');
  return base ? findCatalogModel(base) : undefined;
}

function exactBytes(m: ModelInfo): number | undefined {
  for (const k of ['weightsBytes', 'tensorBytes', 'bytes']) {
    const v = m[k];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  }
  return undefined;
}

function projector(v: string | ModelInfo, model: ResolvedModel): Companions {
  if (typeof v !== 'string') {
    const exact = exactBytes(v);
    const bytes = exact ?? v.params * 2;
    const note = `projector ${v.id ?? ''}: ${(bytes / GiB).toFixed(2)} GiB${exact ? '' : ' (its parameters in F16)'}`;
    return { weightsBytes: bytes, kvBytes: 0, notes: [note] };
  }
  const { bytes, type } = projectorElementBytes(v);
  const owner = projectorOwner(v);
  const params = owner?.visionParams ?? model.catalog?.visionParams;
  if (!params) {
    const note =
      `projector ${v.slice(0, 60)}: its size is not known` + ' (no vision tower in the catalog for it); not counted';
    return { weightsBytes: 0, kvBytes: 0, notes: [note] };
  }
  const from = owner?.visionParams ? owner.name : model.catalog!.name;
  return {
    weightsBytes: params * bytes,
    kvBytes: 0,
    notes: [
      `projector: ${from}'s vision tower, ${(params / 1e6).toFixed(0)}M parameters in ${type}` +
        ` (${((params * bytes) / GiB).toFixed(2)} GiB)`,
    ],
  };
}

type Estimator = (i: EstimateInput) => MemoryEstimate;

const draftNote = (name: string, weights: number, kv: number) =>
  `draft model ${name}: ${(weights / GiB).toFixed(2)} GiB of weights and ${(kv / GiB).toFixed(2)} GiB of KV cache`;

function draft(v: string | ModelInfo, input: EstimateInput, kvFormat: KvCacheFormat, estimate: Estimator): Companions {
  const base: EstimateInput = {
    engine: input.engine,
    contextTokens: input.contextTokens,
    batch: input.batch,
    kvCacheQuant: input.kvCacheQuant,
    flashAttention: input.flashAttention,
  };
  if (typeof v === 'string') {
    const e = estimate({ ...base, model: v });
    const note = draftNote(v.slice(0, 60), e.weightsBytes, e.kvCacheBytes);
    return { weightsBytes: e.weightsBytes, kvBytes: e.kvCacheBytes, notes: [note] };
  }
  const known = typeof v.id === 'string' && findCatalogModel(v.id) ? v.id : undefined;
  const e = estimate(known ? { ...base, model: known } : { ...base, params: v.params, quant: input.quant });
  let kv = e.kvCacheBytes;
  if (!known && v.layers && v.kvHeads && v.headDim) {
    const cells = (input.contextTokens ?? 8192) * (input.batch ?? 1);
    kv = 2 * v.layers * v.kvHeads * v.headDim * KV_ELEMENT_BYTES[kvFormat] * cells;
  }
  const weights = exactBytes(v) ?? e.weightsBytes;
  return { weightsBytes: weights, kvBytes: kv, notes: [draftNote(v.id ?? '', weights, kv)] };
}

export function companions(
  input: EstimateInput,
  model: ResolvedModel,
  kvFormat: KvCacheFormat,
  estimate: Estimator,
): Companions {
  const out: Companions = { weightsBytes: 0, kvBytes: 0, notes: [] };
  if (input.mmproj === undefined && input.draft === undefined) return out;
  for (const c of [
    input.mmproj !== undefined ? projector(input.mmproj, model) : undefined,
    input.draft !== undefined ? draft(input.draft, input, kvFormat, estimate) : undefined,
  ]) {
    if (!c) continue;
    out.weightsBytes += c.weightsBytes;
    out.kvBytes += c.kvBytes;
    out.notes.push(...c.notes);
  }
  return out;
}

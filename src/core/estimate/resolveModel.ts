// Decides which facts an estimate stands on: a catalog model (basis "config"), or a size from a
// label or a number with the shape of the closest catalog model (basis "label").
import type { EstimateInput, Label } from '../types';
import { Memo, ownCopy } from '../memo';
import type { CatalogModel } from '../catalog/catalogModel';
import { resolveName } from '../resolve/resolveName';
import { findLabels } from '../recognize/findLabels';
import { templateFor, templatesAround } from './architecture';
import type { InventoryShape } from './tensorInventory';
import { resolveModelInfo } from '../model/resolveModelInfo';

export interface ResolvedModel {
  params: number;
  activeParams?: number;
  arch: InventoryShape;
  /** Identifies the model for caching. */
  key: string;
  basis: 'exact' | 'config' | 'label';
  catalog?: CatalogModel;
  /** Where the architecture came from, when not a catalog config ("its GGUF header"). */
  origin?: string;
  /** A model read from a GGUF header: the bytes of its tensors as stored. */
  fileWeightsBytes?: number;
  /** The format those bytes are in, when a request may name it (an Ollama tag's download format). */
  fileWeightsFormat?: string;
  /** The catalog model lending its shape to a label-only estimate. */
  template?: CatalogModel;
  /** Label-only: the second template and the blend towards it (weights are interpolated by size). */
  blend?: { arch: InventoryShape; key: string; t: number };
  /** A weights format named inside the model string ("…Q4_K_M.gguf"). */
  quantInName?: string;
  /** The model string is an Ollama tag: its default download format applies when none is named. */
  ollamaDefault?: string;
  /** How the name was resolved, when not simply a catalog name ("fine-tune of …", "served by …"). */
  resolution?: string;
  /** Why the model keeps no KV cache (an embedding encoder), when it keeps none. */
  noKvCache?: string;
}

/** What Ollama's library serves for a tag that names no quant (Q4_K_M for most models since 2024). */
export function ollamaDefaultQuant(model: CatalogModel): string {
  return model.ollamaDefaultQuant ?? 'Q4_K_M';
}

const recognized = new Memo<Label[]>(1000);

/** The labels inside a model string (remembered: the hover resolves the same names repeatedly). */
export function labelsIn(model: string): Label[] {
  return recognized.get(model, () => findLabels(ownCopy(model)));
}

export function resolveModel(input: EstimateInput): ResolvedModel {
  let quantInName: string | undefined;
  if (typeof input.model === 'object') return resolveModelInfo(input.model, input.params, input.activeParams);
  if (input.model !== undefined) {
    const labels = labelsIn(input.model);
    quantInName = labels.find(l => l.quant)?.quant;
    // A "-GGUF" repository holds one file per quant; without one named, the common pick is assumed.
    if (!quantInName && /gguf/i.test(input.model)) quantInName = 'Q4_K_M';
    // Catalog names, hosted-API ids, Ollama tags and derivatives (src/core/resolve/).
    const found = resolveName(input.model, true);
    const catalog = found?.model;
    if (catalog) {
      const ollama = found!.ollama !== undefined || labels.some(l => l.detail?.source === 'ollama');
      return {
        params: input.params ?? catalog.params,
        activeParams: input.activeParams ?? catalog.activeParams,
        arch: catalog,
        key: catalog.id,
        basis: 'config',
        catalog,
        quantInName,
        ollamaDefault: ollama ? (found!.format ?? ollamaDefaultQuant(catalog)) : undefined,
        resolution: found!.how,
        noKvCache: found!.noKvCache,
      };
    }
    if (found?.params !== undefined && input.params === undefined) {
      const r = fromSize(found.params, input.activeParams, quantInName, input.model);
      // An Ollama tag's download is its GGUF (and projector): its size is what the weights take.
      const download = found.ollama && !found.ollama.quantInTag && !quantInName ? found.ollama.row.size : undefined;
      return {
        ...r,
        ollamaDefault: found.format ?? 'Q4_K_M',
        resolution: found.how,
        fileWeightsBytes: download,
        fileWeightsFormat: download === undefined ? undefined : found.format,
        noKvCache: found.noKvCache,
      };
    }
    const sized = labels.find(l => l.params !== undefined);
    if (found?.ollama && sized?.params === undefined && input.params === undefined) {
      throw new RangeError(
        `${found.how}: Ollama's library gives no parameter count for it; ` + 'pass params (such as 1.37e8)',
      );
    }
    if (sized?.params === undefined && input.params === undefined) {
      throw new RangeError(
        `unknown model ${JSON.stringify(input.model.slice(0, 80))}: it is not in the catalog and its name holds ` +
          `no size; pass params (such as 7e9) or a name with a size label such as "7B" or "8x7B"`,
      );
    }
    return fromSize(
      input.params ?? sized!.params!,
      input.activeParams ?? sized?.activeParams,
      quantInName,
      input.model,
    );
  }
  return fromSize(input.params!, input.activeParams, undefined, '');
}

function fromSize(
  params: number,
  activeParams: number | undefined,
  quantInName: string | undefined,
  name: string,
): ResolvedModel {
  const moe = activeParams !== undefined;
  const template = templateFor(params, moe, name);
  // The template's tensors, scaled to the label's size: same mix of tensor kinds, right total.
  // (Object.assign: in V8 a spread followed by a field the object lacks costs microseconds.)
  const scaled = (m: CatalogModel) => ({
    arch: Object.assign({}, m, { elementScale: params / m.params }),
    key: `${m.id}@${params}`,
  });
  const { lower, upper, t } = templatesAround(params, moe, name);
  const other = template === lower ? upper : lower;
  const towards = template === lower ? t : 1 - t;
  // Blend only between models of one attention layout: a family spanning full multi-head and
  // grouped-query generations (Llama 2 and 3) keeps the nearest model's KV cache as it is.
  const sameLayout = other.kvHeads < other.attentionHeads === template.kvHeads < template.attentionHeads;
  const blend = other !== template && towards > 0 && sameLayout ? { ...scaled(other), t: towards } : undefined;
  return { params, activeParams, ...scaled(template), basis: 'label', template, quantInName, blend };
}

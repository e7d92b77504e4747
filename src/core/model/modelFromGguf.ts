// modelFromGguf: what gguf() of @huggingface/gguf returns (metadata and tensor infos) → ModelInfo.
// The architecture goes through the same reader as config.json (ggufToConfig.ts); the parameter
// count is the sum of the tensors' elements, and the tensors' own storage types are kept so that
// an estimate with no weights format named prices the weights at the file's exact tensor bytes.
import type { ModelInfo } from '../types';
import { ggmlTypeById } from '../data/ggmlTypeIds';
import { ggufToConfig, type GgufTensorShape } from './ggufToConfig';
import type { CatalogModel } from '../catalog/catalogModel';
import { modelFromConfig } from './modelFromConfig';

export interface GgufHeader {
  /** Record<string, unknown> in the contract; any object (gguf()'s typed metadata) is accepted. */
  metadata: object;
  tensorInfos: Array<{ name: string; shape: Array<number | bigint>; dtype: number }>;
}

export type GgufModelInfo = ModelInfo &
  Omit<CatalogModel, 'resolvedAs'> & {
    resolvedAs: 'gguf';
    modelType: string;
    mtpParams?: number;
    gatedFfn?: boolean;
    /** Bytes of all tensors as stored in the file (0 for a vocabulary-only file). */
    ggufTensorBytes: number;
    /** Elements per storage type, e.g. { Q4_K: 6.1e9, Q6_K: 8.2e8, F32: 2.6e5 }. */
    ggufTensorTypes: Record<string, number>;
    /** general.file_type's name when the file states it. */
    ggufArchitecture: string;
  };

function count(v: number | bigint, what: string): number {
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new TypeError(`${what} must be a whole number ≥ 0, got ${String(v)}`);
  }
  return n;
}

export function modelFromGguf(header: GgufHeader, options: { id?: string } = {}): GgufModelInfo {
  if (
    header === null ||
    typeof header !== 'object' ||
    typeof header.metadata !== 'object' ||
    header.metadata === null ||
    !Array.isArray(header.tensorInfos)
  ) {
    throw new TypeError(
      'modelFromGguf expects what gguf() returns: ' + '{ metadata: {…}, tensorInfos: [{ name, shape, dtype }] }',
    );
  }
  const tensors: GgufTensorShape[] = [];
  const byType: Record<string, number> = {};
  let bytes = 0;
  for (const t of header.tensorInfos) {
    if (!t || typeof t.name !== 'string' || !Array.isArray(t.shape)) {
      throw new TypeError('each GGUF tensor info needs a name and a shape');
    }
    const shape = t.shape.map((d, i) => count(d, `shape[${i}] of tensor ${t.name}`));
    const elements = shape.reduce((a, b) => a * b, 1);
    const type = ggmlTypeById(t.dtype);
    if (!type) {
      throw new TypeError(`tensor ${t.name} has a storage type this reader does not know (type ${String(t.dtype)})`);
    }
    if (elements % type.type.blockWeights !== 0) {
      const block = type.type.blockWeights;
      throw new TypeError(`tensor ${t.name} has ${elements} elements, not whole blocks of ${block} for ${type.name}`);
    }
    bytes += (elements / type.type.blockWeights) * type.type.blockBytes;
    byType[type.name] = (byType[type.name] ?? 0) + elements;
    tensors.push({ name: t.name, elements, shape });
  }
  const metadata = header.metadata as Record<string, unknown>;
  const { config, arch } = ggufToConfig(metadata, tensors);
  const name = typeof metadata['general.name'] === 'string' ? metadata['general.name'] : undefined;
  const id = options.id ?? name ?? arch;
  const read = modelFromConfig(config, { id });
  const params = tensors.reduce((sum, t) => sum + t.elements, 0);
  const info = { ...read } as unknown as GgufModelInfo & ModelInfo;
  info.resolvedAs = 'gguf';
  info.ggufTensorBytes = bytes;
  info.ggufTensorTypes = byType;
  info.ggufArchitecture = arch;
  delete (info as { releasedQuant?: string }).releasedQuant;
  const types = Object.entries(byType)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${((100 * n) / (params || 1)).toFixed(1)}%`);
  if (params > 0) {
    info.params = params;
    info.source =
      `GGUF header (architecture ${arch}): ${tensors.length} tensors, ` +
      `${params.toLocaleString('en-US')} parameters, ` +
      `${bytes.toLocaleString('en-US')} bytes (${types.join(', ')}); architecture read as ${read.source}`;
  } else {
    info.source =
      `GGUF header (architecture ${arch}) with no tensors: parameters computed from its metadata; ` + read.source;
  }
  return info;
}

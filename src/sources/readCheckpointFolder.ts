// A checkpoint folder (what from_pretrained loads: a local folder or a snapshot in the Hugging Face
// cache) → ModelInfo: config.json through the core's modelFromConfig, and the exact parameter
// count by dtype from the safetensors headers (model.safetensors, or the shards that
// model.safetensors.index.json lists). Only each file's header is read.
import * as vscode from 'vscode';
import { modelFromConfig } from '../core/model/modelFromConfig';
import { parseConfigText } from '../core/model/parseConfigText';
import { isInvalidInput } from '../core/errors';
import type { ModelInfo } from '../core/types';
import { type FileAccess, SourceError } from './fileAccess';
import {
  addCounts,
  MAX_SAFETENSORS_HEADER,
  PACKED_DTYPES,
  readSafetensorsHeader,
  safetensorsHeaderLength,
  safetensorsIndexFiles,
  type SafetensorsCounts,
} from './safetensorsHeader';

const CONFIG_LIMIT = 8 * 1024 * 1024;
const INDEX_LIMIT = 64 * 1024 * 1024;
/** More shards than any published checkpoint has. */
const MAX_SHARDS = 512;

async function safetensorsCounts(files: FileAccess, uri: vscode.Uri): Promise<SafetensorsCounts> {
  const reader = await files.rangeReader(uri);
  try {
    const length = safetensorsHeaderLength(await reader.read(0, 8), reader.size);
    if (length > MAX_SAFETENSORS_HEADER) throw new TypeError("its header is over the format's limit");
    return readSafetensorsHeader(await reader.read(8, length), reader.size, length);
  } catch (e) {
    if (e instanceof TypeError) throw new SourceError(`${files.name(uri)}: ${e.message}`);
    throw e;
  }
}

/** The safetensors files of a checkpoint folder, or none. */
async function safetensorsFiles(files: FileAccess, folder: vscode.Uri): Promise<vscode.Uri[]> {
  const index = vscode.Uri.joinPath(folder, 'model.safetensors.index.json');
  if (await files.isFile(index)) {
    let names: string[];
    try {
      names = safetensorsIndexFiles(await files.readText(index, INDEX_LIMIT));
    } catch (e) {
      if (e instanceof TypeError)
        throw new SourceError(
          `${files.name(index)}: ` + `${e.message.replace(/^model\.safetensors\.index\.json /, '')}`,
        );
      throw e;
    }
    if (names.length > MAX_SHARDS)
      throw new SourceError(`${files.name(index)} lists ${names.length} shards, more than ` + `the ${MAX_SHARDS} read`);
    return names.map(n => vscode.Uri.joinPath(folder, n));
  }
  const single = vscode.Uri.joinPath(folder, 'model.safetensors');
  return (await files.isFile(single)) ? [single] : [];
}

export async function readCheckpointFolder(
  files: FileAccess,
  folder: vscode.Uri,
  id: string,
): Promise<{ info: ModelInfo; notes: string[]; dtypes?: Record<string, number> }> {
  const configUri = vscode.Uri.joinPath(folder, 'config.json');
  const text = await files.readText(configUri, CONFIG_LIMIT);
  const notes: string[] = [];
  const shards = await safetensorsFiles(files, folder);
  let counts: SafetensorsCounts | undefined;
  for (const shard of shards) {
    if (!(await files.isFile(shard))) throw new SourceError(`${files.name(shard)}: listed in the index but missing`);
    const one = await safetensorsCounts(files, shard);
    counts = addCounts(counts ?? { elements: {}, bytes: {}, tensors: 0, dataEnd: 0 }, one);
  }
  const packed = counts ? Object.keys(counts.elements).filter(d => PACKED_DTYPES.has(d)) : [];
  let config: unknown;
  try {
    config = parseConfigText(text);
  } catch (e) {
    if (isInvalidInput(e) || e instanceof SyntaxError) {
      throw new SourceError(`${files.name(configUri)}: ${e.message.slice(0, 160)}`);
    }
    throw e;
  }
  const quantized = !!config && typeof config === 'object' && 'quantization_config' in (config as object);
  // Packed integer tensors hold several weights per element: their element count is not the
  // parameter count, so the architecture's count stands for quantized checkpoints.
  const exact = counts && counts.tensors > 0 && packed.length === 0 && !quantized;
  const headers = shards.length === 1 ? 'safetensors header' : `${shards.length} safetensors headers`;
  if (!counts) notes.push('no safetensors files: parameters computed from config.json');
  else if (!exact) notes.push(`quantized (${packed.join(', ') || 'quantization_config'}): parameters from config.json`);
  else notes.push(`${headers}: exact parameter count`);
  try {
    const info = modelFromConfig(config as object, exact ? { id, parameters: counts!.elements } : { id });
    return { info, notes, ...(counts ? { dtypes: counts.elements } : {}) };
  } catch (e) {
    if (isInvalidInput(e)) throw new SourceError(`${files.name(configUri)}: ${e.message.slice(0, 200)}`);
    throw e;
  }
}

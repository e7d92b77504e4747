// A GGUF file on disk → ModelInfo: its header (and every shard's, for a split file) read with
// @huggingface/gguf, the tensors of all shards summed, the model read by the core's modelFromGguf.
import * as vscode from 'vscode';
import { modelFromGguf, type GgufHeader } from '../core/model/modelFromGguf';
import type { ModelInfo } from '../core/types';
import { type FileAccess, SourceError } from './fileAccess';
import { readGgufHeader } from './readGgufHeader';
import { shardFileNames } from './ggufShards';
import { isInvalidInput } from '../core/errors';

/** The header of one GGUF file, with the file's name in any reason. */
export async function ggufHeaderOf(files: FileAccess, uri: vscode.Uri): Promise<GgufHeader> {
  const reader = await files.rangeReader(uri);
  try {
    return await readGgufHeader(reader);
  } catch (e) {
    if (e instanceof TypeError) throw new SourceError(`${files.name(uri)}: ${e.message}`);
    throw e;
  }
}

/** The model in a GGUF file (all its shards when it is one of a split set). */
export async function readGgufFile(
  files: FileAccess,
  uri: vscode.Uri,
  id?: string,
): Promise<{ info: ModelInfo; notes: string[] }> {
  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  let names: string[] | undefined;
  try {
    names = shardFileNames(base);
  } catch (e) {
    if (isInvalidInput(e)) throw new SourceError(e.message);
    throw e;
  }
  const notes: string[] = [];
  let header: GgufHeader;
  if (names && names.length > 1) {
    const folder = vscode.Uri.joinPath(uri, '..');
    const headers: GgufHeader[] = [];
    for (const [i, name] of names.entries()) {
      const shard = vscode.Uri.joinPath(folder, name);
      if (!(await files.isFile(shard)))
        throw new SourceError(`${files.name(shard)}: shard ${i + 1} of ${names.length} ` + `is missing`);
      headers.push(await ggufHeaderOf(files, shard));
    }
    header = { metadata: headers[0].metadata, tensorInfos: headers.flatMap(h => h.tensorInfos) };
    notes.push(`${names.length} shards summed`);
  } else {
    header = await ggufHeaderOf(files, uri);
  }
  if (header.tensorInfos.length === 0) {
    notes.push('no tensors in the file (vocabulary only): parameters computed from its metadata');
  }
  try {
    return { info: modelFromGguf(header, id ? { id } : {}), notes };
  } catch (e) {
    if (isInvalidInput(e)) throw new SourceError(`${files.name(uri)}: ${e.message.slice(0, 200)}`);
    throw e;
  }
}

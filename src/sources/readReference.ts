// A model reference written in a document → the model read from the user's disk: a GGUF file, a
// checkpoint folder, a model in the Hugging Face cache, or a tag in the Ollama store. Returns
// undefined when a name (Hub id, Ollama tag) or a folder is simply not a model on this machine; a
// GGUF path that is not there, and anything unreadable that was found, is a SourceError with a
// one-line reason.
import * as vscode from 'vscode';
import type { ModelReference } from './referenceAt';
import type { LocalModelRead } from './localModelRead';
import { type FileAccess, SourceError } from './fileAccess';
import { candidateUris, pathUri, type ReferenceContext } from './referencePaths';
import { readGgufFile, ggufHeaderOf } from './readGgufFile';
import { readCheckpointFolder } from './readCheckpointFolder';
import { hubCacheDir, readRef, repoFolderName } from './hfCacheLayout';
import { blobPath, manifestPath, ollamaModelsDir, parseOllamaName, readManifest } from './ollamaStoreLayout';
import { ggmlTypeById } from '../core/data/ggmlTypeIds';
import { unlessInvalid } from '../core/errors';

async function firstExisting(
  files: FileAccess,
  uris: vscode.Uri[],
  want: 'file' | 'dir',
): Promise<vscode.Uri | undefined> {
  for (const u of uris) if (want === 'file' ? await files.isFile(u) : await files.isDirectory(u)) return u;
  return undefined;
}

async function readGgufPath(ref: ModelReference, ctx: ReferenceContext, files: FileAccess): Promise<LocalModelRead> {
  const uris = candidateUris(ref.text, ctx);
  const uri = await firstExisting(files, uris, 'file');
  if (!uri) {
    const looked = uris.map(u => files.name(vscode.Uri.joinPath(u, '..'))).join(', ');
    throw new SourceError(`${ref.text} is not on this machine (looked in ${looked || 'no folder'})`, 'missing');
  }
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const { info, notes } = await readGgufFile(files, uri, name);
  return { info, from: files.name(uri), place: 'gguf', notes };
}

async function readFolder(
  ref: ModelReference,
  ctx: ReferenceContext,
  files: FileAccess,
): Promise<LocalModelRead | undefined> {
  const uris = candidateUris(ref.text, ctx);
  for (const u of uris) {
    if (!(await files.isDirectory(u))) continue;
    // Any folder path may be written in code: only one holding a config.json is a checkpoint.
    if (!(await files.isFile(vscode.Uri.joinPath(u, 'config.json')))) continue;
    const { info, notes, dtypes } = await readCheckpointFolder(files, u, ref.text);
    return { info, from: files.name(u), place: 'folder', notes, ...(dtypes ? { dtypes } : {}) };
  }
  return undefined;
}

async function readHfCache(
  ref: ModelReference,
  ctx: ReferenceContext,
  files: FileAccess,
): Promise<LocalModelRead | undefined> {
  const dir = hubCacheDir(ctx.env, ctx.home);
  if (!dir) return undefined;
  // Not an id huggingface_hub could store (a TypeError): no cache folder to look in.
  const folderName = unlessInvalid(() => repoFolderName(ref.text));
  if (!folderName) return undefined;
  const repo = vscode.Uri.joinPath(pathUri(dir, ctx), folderName);
  if (!(await files.isDirectory(repo))) return undefined;
  const refFile = vscode.Uri.joinPath(repo, 'refs', 'main');
  if (!(await files.isFile(refFile)))
    throw new SourceError(`${files.name(repo)}: no refs/main (the main branch was ` + `never downloaded)`);
  let sha: string;
  try {
    sha = readRef(await files.readText(refFile, 1024));
  } catch (e) {
    if (e instanceof TypeError) throw new SourceError(`${files.name(refFile)}: ${e.message}`);
    throw e;
  }
  const snapshot = vscode.Uri.joinPath(repo, 'snapshots', sha);
  if (!(await files.isFile(vscode.Uri.joinPath(snapshot, 'config.json')))) {
    throw new SourceError(`${files.name(snapshot)}: no config.json in the cached snapshot`);
  }
  const { info, notes, dtypes } = await readCheckpointFolder(files, snapshot, ref.text);
  return {
    info,
    from: files.name(snapshot),
    place: 'hf-cache',
    notes: [`revision ${sha.slice(0, 12)}`, ...notes],
    ...(dtypes ? { dtypes } : {}),
  };
}

async function readOllama(
  ref: ModelReference,
  ctx: ReferenceContext,
  files: FileAccess,
): Promise<LocalModelRead | undefined> {
  const dir = ollamaModelsDir(ctx.env, ctx.home);
  if (!dir) return undefined;
  const name = unlessInvalid(() => parseOllamaName(ref.text));
  if (!name) return undefined;
  const manifest = vscode.Uri.joinPath(pathUri(dir, ctx), manifestPath(name));
  if (!(await files.isFile(manifest))) return undefined;
  let layers;
  try {
    layers = readManifest(await files.readText(manifest, 1024 * 1024));
  } catch (e) {
    if (e instanceof TypeError) throw new SourceError(`${files.name(manifest)}: ${e.message}`);
    throw e;
  }
  const store = pathUri(dir, ctx);
  const blob = vscode.Uri.joinPath(store, blobPath(layers.model.digest));
  if (!(await files.isFile(blob)))
    throw new SourceError(`${files.name(blob)}: the model's blob is missing from the ` + `store`);
  const { info, notes } = await readGgufFile(files, blob, ref.text);
  let extraBytes = 0;
  for (const p of layers.projectors) {
    const uri = vscode.Uri.joinPath(store, blobPath(p.digest));
    if (!(await files.isFile(uri)))
      throw new SourceError(`${files.name(uri)}: the projector's blob is missing from ` + `the store`);
    const header = await ggufHeaderOf(files, uri);
    let bytes = 0;
    let params = 0;
    for (const t of header.tensorInfos) {
      const type = ggmlTypeById(t.dtype);
      const n = t.shape.reduce<number>((a, d) => a * Number(d), 1);
      if (!type) throw new SourceError(`${files.name(uri)}: tensor ${t.name} has an unknown storage type (${t.dtype})`);
      bytes += (n / type.type.blockWeights) * type.type.blockBytes;
      params += n;
    }
    extraBytes += bytes;
    const n = (x: number) => x.toLocaleString('en-US');
    notes.push(`vision projector: ${n(params)} parameters, ${n(bytes)} bytes`);
  }
  // The blob's name is a 64-digit hash: its first 12 digits find it (as `ollama list` shows ids).
  const from = files.name(blob).replace(/(sha256-[0-9a-fA-F]{12})[0-9a-fA-F]{52}$/, '$1…');
  const read: LocalModelRead = { info, from, place: 'ollama', notes: [`${ref.text} in the store`, ...notes] };
  return extraBytes ? { ...read, extraBytes } : read;
}

export async function readReference(
  ref: ModelReference,
  ctx: ReferenceContext,
  files: FileAccess,
): Promise<LocalModelRead | undefined> {
  for (const kind of ref.kinds) {
    const found =
      kind === 'gguf'
        ? await readGgufPath(ref, ctx, files)
        : kind === 'folder'
          ? await readFolder(ref, ctx, files)
          : kind === 'hf'
            ? await readHfCache(ref, ctx, files)
            : await readOllama(ref, ctx, files);
    if (found) return found;
  }
  return undefined;
}

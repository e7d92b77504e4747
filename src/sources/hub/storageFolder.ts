// The Hub cache's files in a folder of the extension's global storage, through vscode.workspace.fs
// (local disk on the desktop, the remote side's disk in a remote window, the browser's storage in
// the web build).
import * as vscode from 'vscode';
import type { CacheStore } from './hubCache';

export function storageFolder(folder: vscode.Uri): CacheStore {
  const fs = vscode.workspace.fs;
  const file = (name: string) => vscode.Uri.joinPath(folder, name);
  const missing = (e: unknown) => e instanceof vscode.FileSystemError;
  return {
    async read(name) {
      try {
        return new TextDecoder().decode(await fs.readFile(file(name)));
      } catch (e) {
        if (missing(e)) return undefined;
        throw e;
      }
    },
    async write(name, text) {
      await fs.createDirectory(folder);
      await fs.writeFile(file(name), new TextEncoder().encode(text));
    },
    async remove(name) {
      try {
        await fs.delete(file(name));
      } catch (e) {
        if (!missing(e)) throw e;
      }
    },
    async list() {
      let entries: [string, vscode.FileType][];
      try {
        entries = await fs.readDirectory(folder);
      } catch (e) {
        if (missing(e)) return [];
        throw e;
      }
      const out: Array<{ name: string; size: number; mtime: number }> = [];
      for (const [name, type] of entries) {
        if (type !== vscode.FileType.File) continue;
        try {
          const s = await fs.stat(file(name));
          out.push({ name, size: s.size, mtime: s.mtime });
        } catch (e) {
          if (!missing(e)) throw e;
        }
      }
      return out;
    },
  };
}

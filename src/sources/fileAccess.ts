// The file system the readers use: vscode.workspace.fs for what it does well (stat, small files,
// any scheme: local, remote windows, virtual folders of the web build) and, for byte ranges of
// large files, Node's fs where the extension host has it (workspace.fs can only read whole files).
// Without Node (the web build), a file is read through workspace.fs only when it is small enough
// to read whole; a larger one gets a one-line reason instead.
import * as vscode from 'vscode';
import type { ByteRangeReader } from './byteRange';

/** Largest file read whole through workspace.fs when no ranged read is available. */
export const WHOLE_READ_LIMIT = 64 * 1024 * 1024;

/** A reason shown to the user in one line; anything else thrown is a bug and logged. */
export class SourceError extends Error {
  /** 'missing': the file is not on this machine (a quiet note); 'unreadable': it is there but cannot be read. */
  constructor(
    message: string,
    readonly kind: 'missing' | 'unreadable' = 'unreadable',
  ) {
    super(message);
  }
}

export interface FileStamp {
  uri: string;
  mtime: number;
  size: number;
}

type NodeFs = typeof import('fs/promises');
let nodeFs: Promise<NodeFs | undefined> | undefined;

/** Node's fs in a Node extension host (local or remote); undefined in a browser worker. */
function loadNodeFs(): Promise<NodeFs | undefined> {
  if (!nodeFs) {
    const node = typeof process === 'object' && typeof process.versions === 'object' && !!process.versions.node;
    nodeFs = node ? import('fs/promises').catch(() => undefined) : Promise.resolve(undefined);
  }
  return nodeFs;
}

const isCode = (e: unknown, code: string) => e instanceof vscode.FileSystemError && e.code === code;

export class FileAccess {
  /** Every file this access looked at, with its modification time and size (for the cache). */
  readonly stamps: FileStamp[] = [];

  constructor(private readonly display: (uri: vscode.Uri) => string) {}

  name(uri: vscode.Uri): string {
    return this.display(uri);
  }

  /** stat, or undefined when nothing is there; a dangling symbolic link is a SourceError. */
  async stat(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
    let s: vscode.FileStat;
    try {
      s = await vscode.workspace.fs.stat(uri);
    } catch (e) {
      if (isCode(e, 'FileNotFound') || isCode(e, 'FileNotADirectory')) return undefined;
      if (isCode(e, 'NoPermissions')) throw new SourceError(`${this.name(uri)}: permission denied`);
      throw new SourceError(`${this.name(uri)}: ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`);
    }
    const link = (s.type & vscode.FileType.SymbolicLink) !== 0;
    if (link && (s.type & (vscode.FileType.File | vscode.FileType.Directory)) === 0) {
      throw new SourceError(`${this.name(uri)} is a symbolic link to something that is not there (a broken link)`);
    }
    this.stamps.push({ uri: uri.toString(), mtime: s.mtime, size: s.size });
    return s;
  }

  async isFile(uri: vscode.Uri): Promise<boolean> {
    const s = await this.stat(uri);
    return !!s && (s.type & vscode.FileType.File) !== 0;
  }

  async isDirectory(uri: vscode.Uri): Promise<boolean> {
    const s = await this.stat(uri);
    return !!s && (s.type & vscode.FileType.Directory) !== 0;
  }

  /** A small file's text; refused over `limit` bytes. */
  async readText(uri: vscode.Uri, limit: number): Promise<string> {
    const s = await this.stat(uri);
    if (!s) throw new SourceError(`${this.name(uri)}: no such file`);
    if ((s.type & vscode.FileType.File) === 0) throw new SourceError(`${this.name(uri)} is not a file`);
    if (s.size > limit)
      throw new SourceError(
        `${this.name(uri)} is ${s.size.toLocaleString('en-US')} bytes, over the ` +
          `${limit.toLocaleString('en-US')} read`,
      );
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      throw new SourceError(`${this.name(uri)}: ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`);
    }
  }

  /** A reader of byte ranges of a file (never the whole of a large one). */
  async rangeReader(uri: vscode.Uri): Promise<ByteRangeReader> {
    const s = await this.stat(uri);
    if (!s) throw new SourceError(`${this.name(uri)}: no such file`);
    if ((s.type & vscode.FileType.File) === 0) throw new SourceError(`${this.name(uri)} is not a file`);
    const size = s.size;
    const fs = uri.scheme === 'file' ? await loadNodeFs() : undefined;
    if (fs) {
      const path = uri.fsPath;
      const name = this.name(uri);
      return {
        size,
        async read(start, length) {
          const n = Math.max(0, Math.min(length, size - start));
          if (n === 0) return new Uint8Array(0);
          let handle;
          try {
            handle = await fs.open(path, 'r');
            const buffer = new Uint8Array(n);
            const { bytesRead } = await handle.read(buffer, 0, n, start);
            return buffer.subarray(0, bytesRead);
          } catch (e) {
            throw new SourceError(`${name}: ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`);
          } finally {
            await handle?.close();
          }
        },
      };
    }
    if (size > WHOLE_READ_LIMIT) {
      throw new SourceError(
        `${this.name(uri)} is ${(size / 2 ** 30).toFixed(1)} GiB and this window can only read ` +
          `files whole: not read`,
      );
    }
    let whole: Promise<Uint8Array> | undefined;
    return {
      size,
      read: async (start, length) => {
        whole ??= Promise.resolve(vscode.workspace.fs.readFile(uri));
        const bytes = await whole;
        return bytes.subarray(Math.min(start, bytes.length), Math.min(start + length, bytes.length));
      },
    };
  }
}

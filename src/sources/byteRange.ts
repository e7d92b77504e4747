// Reading part of a file: the one operation every reader here needs. Implementations live with
// their file system (fileAccess.ts); the readers take this interface so that unit tests can hand
// them bytes in memory.

export interface ByteRangeReader {
  /** Size of the file in bytes. */
  readonly size: number;
  /** Bytes [start, start + length) clipped to the file's end (fewer at the end, none past it). */
  read(start: number, length: number): Promise<Uint8Array>;
}

/** A reader over bytes already in memory. */
export function bytesReader(bytes: Uint8Array): ByteRangeReader {
  return {
    size: bytes.length,
    read: async (start, length) => {
      const end = Math.min(start + length, bytes.length);
      return bytes.subarray(Math.min(start, bytes.length), end);
    },
  };
}

// Split GGUF files: llama.cpp's gguf-split names shards `<prefix>-00001-of-00003.gguf`
// (RE_GGUF_SHARD_FILE in @huggingface/gguf src/gguf.ts; llama_split_path in ggml-org/llama.cpp
// src/llama.cpp formats "%s-%05d-of-%05d.gguf"). Pure: names only.

const SHARD = /^(.*?)-(\d{5})-of-(\d{5})\.gguf$/i;
/** More shards than any published model uses (the largest split GGUFs run to a few dozen). */
export const MAX_SHARDS = 256;

/** Every shard's file name when `fileName` is one shard of a split GGUF; undefined otherwise. */
export function shardFileNames(fileName: string): string[] | undefined {
  const m = SHARD.exec(fileName);
  if (!m) return undefined;
  const total = Number(m[3]);
  const index = Number(m[2]);
  if (total < 1 || index < 1 || index > total) {
    throw new TypeError(`${fileName}: shard ${index} of ${total} is not a valid split name`);
  }
  if (total > MAX_SHARDS) throw new TypeError(`${fileName}: ${total} shards, more than the ${MAX_SHARDS} read`);
  const ext = fileName.slice(-5);
  return Array.from({ length: total }, (_, i) => `${m[1]}-${String(i + 1).padStart(5, '0')}-of-${m[3]}${ext}`);
}

// A fake home folder holding a Hugging Face cache and an Ollama store laid out the way the real
// tools write them, for the sources suite:
// - huggingface/huggingface_hub (commit ee0a4510f4bc15e26cb722be2efc2bdb01383ca0)
//   src/huggingface_hub/file_download.py: repo_folder_name (line 720) `models--org--name`;
//   _cache_commit_hash_for_specific_revision (line 700) writes the commit hash into refs/main;
//   _create_symlink (line 606) makes snapshots/<commit>/<file> a relative link to ../../blobs/<etag>.
//   An etag is the git blob sha1 for small files and the sha256 of the content for LFS files; the
//   names here have those shapes (the readers never check a blob's hash).
// - ollama/ollama (commit fb30760996871fa9460115c753afd2c60d4ab0f7) manifest/paths.go and
//   types/model/name.go: manifests/registry.ollama.ai/library/<model>/<tag>, a JSON manifest whose
//   layers name blobs/sha256-<hex>; server/create.go: the weights are the layer of media type
//   application/vnd.ollama.image.model, a vision projector application/vnd.ollama.image.projector.
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { TYPE, writeGguf, type TensorSpec } from '../../unit/core/model/ggufWriter';

const sha1Blob = (content: Buffer) =>
  crypto.createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

/** Writes a safetensors file: 8-byte little-endian header length, the JSON header, a sparse data section. */
export function writeSafetensors(
  file: string,
  tensors: Array<{ name: string; dtype: 'BF16' | 'F32'; shape: number[] }>,
): number {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  let offset = 0;
  let elements = 0;
  for (const t of tensors) {
    const n = t.shape.reduce((a, b) => a * b, 1);
    const bytes = n * (t.dtype === 'F32' ? 4 : 2);
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
    elements += n;
  }
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(8);
  head.writeBigUInt64LE(BigInt(json.length));
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, Buffer.concat([head, json]));
    fs.ftruncateSync(fd, 8 + json.length + offset);
  } finally {
    fs.closeSync(fd);
  }
  return elements;
}

/** Qwen3-0.6B's tensors as its checkpoint names them (hidden 1024, 28 layers, 16/8 heads of 128, FFN 3072, tied). */
export function qwen3Tensors(): Array<{ name: string; dtype: 'BF16'; shape: number[] }> {
  const h = 1024,
    q = 16 * 128,
    kv = 8 * 128,
    ffn = 3072,
    vocab = 151936;
  const t = [
    { name: 'model.embed_tokens.weight', dtype: 'BF16' as const, shape: [vocab, h] },
    { name: 'model.norm.weight', dtype: 'BF16' as const, shape: [h] },
  ];
  for (let i = 0; i < 28; i++) {
    const p = `model.layers.${i}`;
    t.push(
      { name: `${p}.self_attn.q_proj.weight`, dtype: 'BF16', shape: [q, h] },
      { name: `${p}.self_attn.k_proj.weight`, dtype: 'BF16', shape: [kv, h] },
      { name: `${p}.self_attn.v_proj.weight`, dtype: 'BF16', shape: [kv, h] },
      { name: `${p}.self_attn.o_proj.weight`, dtype: 'BF16', shape: [h, q] },
      { name: `${p}.self_attn.q_norm.weight`, dtype: 'BF16', shape: [128] },
      { name: `${p}.self_attn.k_norm.weight`, dtype: 'BF16', shape: [128] },
      { name: `${p}.mlp.gate_proj.weight`, dtype: 'BF16', shape: [ffn, h] },
      { name: `${p}.mlp.up_proj.weight`, dtype: 'BF16', shape: [ffn, h] },
      { name: `${p}.mlp.down_proj.weight`, dtype: 'BF16', shape: [h, ffn] },
      { name: `${p}.input_layernorm.weight`, dtype: 'BF16', shape: [h] },
      { name: `${p}.post_attention_layernorm.weight`, dtype: 'BF16', shape: [h] },
    );
  }
  return t;
}

/** Places `content` in the cache's blobs and links the snapshot's `name` to it, as huggingface_hub does. */
function cacheFile(repo: string, commit: string, name: string, write: (blob: string) => void, etag: string): void {
  const blob = path.join(repo, 'blobs', etag);
  write(blob);
  const pointer = path.join(repo, 'snapshots', commit, name);
  fs.mkdirSync(path.dirname(pointer), { recursive: true });
  fs.symlinkSync(path.relative(path.dirname(pointer), blob), pointer);
}

/** ~/.cache/huggingface/hub/models--Qwen--Qwen3-0.6B with config.json and a sharded safetensors checkpoint. */
export function writeHfCache(hub: string, configText: string): { commit: string; params: number } {
  const repo = path.join(hub, 'models--Qwen--Qwen3-0.6B');
  const commit = sha1Blob(Buffer.from('param-lens fake commit')).slice(0, 40);
  fs.mkdirSync(path.join(repo, 'blobs'), { recursive: true });
  fs.mkdirSync(path.join(repo, 'refs'), { recursive: true });
  fs.writeFileSync(path.join(repo, 'refs', 'main'), commit);
  const config = Buffer.from(configText);
  cacheFile(repo, commit, 'config.json', blob => fs.writeFileSync(blob, config), sha1Blob(config));
  const tensors = qwen3Tensors();
  const half = Math.floor(tensors.length / 2);
  const shards = [tensors.slice(0, half), tensors.slice(half)];
  const names = shards.map((_, i) => `model-0000${i + 1}-of-00002.safetensors`);
  let params = 0;
  const weightMap: Record<string, string> = {};
  shards.forEach((shard, i) => {
    cacheFile(
      repo,
      commit,
      names[i],
      blob => {
        params += writeSafetensors(blob, shard);
      },
      sha256(names[i]),
    );
    for (const t of shard) weightMap[t.name] = names[i];
  });
  const index = Buffer.from(JSON.stringify({ metadata: { total_size: params * 2 }, weight_map: weightMap }, null, 2));
  cacheFile(repo, commit, 'model.safetensors.index.json', blob => fs.writeFileSync(blob, index), sha1Blob(index));
  return { commit, params };
}

/** ~/.ollama/models: a manifest per tag and its blobs; returns the digest of the model blob. */
export function writeOllamaStore(
  models: string,
  tag: string,
  modelGguf: (file: string) => void,
  projector?: TensorSpec[],
): string {
  const [name, version] = tag.split(':');
  const blobs = path.join(models, 'blobs');
  fs.mkdirSync(blobs, { recursive: true });
  const digest = `sha256:${sha256(`model ${tag}`)}`;
  const blobFile = path.join(blobs, digest.replace(':', '-'));
  modelGguf(blobFile);
  const layers: object[] = [
    { mediaType: 'application/vnd.ollama.image.model', digest, size: fs.statSync(blobFile).size },
  ];
  if (projector) {
    const p = `sha256:${sha256(`projector ${tag}`)}`;
    const file = path.join(blobs, p.replace(':', '-'));
    writeGguf(file, { 'general.architecture': 'clip', 'clip.has_vision_encoder': true }, projector);
    layers.push({ mediaType: 'application/vnd.ollama.image.projector', digest: p, size: fs.statSync(file).size });
  }
  const template = Buffer.from('{{ .Prompt }}');
  const t = `sha256:${crypto.createHash('sha256').update(template).digest('hex')}`;
  fs.writeFileSync(path.join(blobs, t.replace(':', '-')), template);
  layers.push({ mediaType: 'application/vnd.ollama.image.template', digest: t, size: template.length });
  const manifest = path.join(models, 'manifests', 'registry.ollama.ai', 'library', name, version);
  fs.mkdirSync(path.dirname(manifest), { recursive: true });
  fs.writeFileSync(
    manifest,
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
      config: {
        mediaType: 'application/vnd.docker.container.image.v1+json',
        digest: `sha256:${sha256('config')}`,
        size: 485,
      },
      layers,
    }),
  );
  return digest;
}

export const CLIP_PROJECTOR: TensorSpec[] = [
  { name: 'v.patch_embd.weight', shape: [14, 14, 3, 1024], type: TYPE.F16 },
  ...Array.from({ length: 4 }, (_, i) => ({ name: `v.blk.${i}.attn_q.weight`, shape: [1024, 1024], type: TYPE.F16 })),
  { name: 'mm.0.weight', shape: [1024, 4096], type: TYPE.F16 },
  { name: 'mm.0.bias', shape: [4096], type: TYPE.F32 },
];

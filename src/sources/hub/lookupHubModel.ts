// One model looked up on the Hub, reading as little as possible:
//  1. model info with expand (sha, safetensors parameter counts by dtype, cardData for
//     base_model, the file list): GET /api/models/<repo>/revision/HEAD (@huggingface/hub);
//  2. a checkpoint: its own config.json at that sha (resolve/<sha>/config.json) → modelFromConfig,
//     the parameter count by dtype from step 1;
//  3. a GGUF repository or a named GGUF file: the tree listing (sizes), then the chosen file's
//     header by HTTP ranges (@huggingface/gguf through readGgufHeader) → modelFromGguf, every shard
//     of a split file;
//  4. neither: the card's base_model, looked up the same way (a fine-tune or adapter keeps the
//     architecture of its base).
// Two requests for a checkpoint, three or four for a GGUF file. No vscode import.
import { listFiles, modelInfo } from '@huggingface/hub';
import { modelFromConfig } from '../../core/model/modelFromConfig';
import { modelFromGguf, type GgufHeader } from '../../core/model/modelFromGguf';
import { DEFAULT_GGUF_FORMAT } from '../../core/options';
import { readGgufHeader } from '../readGgufHeader';
import { shardFileNames } from '../ggufShards';
import { hubFetch, type HubFetchOptions } from './hubFetch';
import { HubError } from './hubError';
import { resolveUrl } from './hubEndpoint';
import { hubRangeReader } from './hubRangeReader';
import { hubTargetLabel, type HubTarget } from './hubTarget';
import type { HubGgufFile, HubRead } from './hubRead';

/** A config.json is a few kB; a larger answer is not one. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** base_model chains followed (fine-tune of a fine-tune). */
const MAX_BASE_DEPTH = 2;
/** GGUF files kept in the result for the hover's list. */
const MAX_LISTED = 40;

export type HubLookupOptions = Omit<HubFetchOptions, 'onRequest'>;

interface Counter {
  requests: number;
}

const short = (sha: string | undefined) => (sha ? `@${sha.slice(0, 12)}` : '');

function firstBaseModel(card: unknown): string | undefined {
  const base = card && typeof card === 'object' ? (card as Record<string, unknown>).base_model : undefined;
  const first = Array.isArray(base) ? base[0] : base;
  return typeof first === 'string' && /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/.test(first) ? first : undefined;
}

/** The GGUF file a quant tag picks: its name holds the tag as a whole part (`-Q4_K_M`, `.UD-Q4_K_XL.`). */
export function pickGgufFile(files: HubGgufFile[], quant: string | undefined): HubGgufFile | undefined {
  const models = files.filter(f => !/(^|\/)mmproj/i.test(f.path) && !/-0000[2-9]-of-|-000[1-9]\d-of-/.test(f.path));
  const tag = (quant ?? DEFAULT_GGUF_FORMAT).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // After the tag only - . / or the end: "Q4_K" must not pick "Q4_K_M".
  const part = new RegExp(`(^|[-_./])${tag}([-./]|$)`, 'i');
  const named = models.find(f => part.test(f.path.replace(/\.gguf$/i, '')));
  if (named || quant) return named;
  return models.length === 1 ? models[0] : undefined;
}

async function readText(response: Response, limit: number, what: string): Promise<string> {
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > limit) throw new HubError('unreadable', `${what} is ${length} bytes: not a config.json`);
  const text = await response.text();
  if (text.length > limit) throw new HubError('unreadable', `${what} is larger than ${limit} bytes: not a config.json`);
  return text;
}

function readerError(e: unknown, what: string): HubError {
  if (e instanceof HubError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new HubError('unreadable', `${what}: ${message.slice(0, 200)}`);
}

async function lookupGguf(
  target: HubTarget,
  sha: string,
  options: HubLookupOptions,
  fetcher: typeof fetch,
  counter: Counter,
): Promise<HubRead> {
  const label = hubTargetLabel(target);
  const files: HubGgufFile[] = [];
  for await (const entry of listFiles({
    repo: target.repo,
    recursive: true,
    revision: sha,
    hubUrl: options.endpoint,
    fetch: fetcher,
  })) {
    if (entry.type === 'file' && /\.gguf$/i.test(entry.path)) files.push({ path: entry.path, size: entry.size });
  }
  const chosen = target.file ? files.find(f => f.path === target.file) : pickGgufFile(files, target.quant);
  if (!chosen) {
    const tags = files.length
      ? `its files: ${files
          .slice(0, 6)
          .map(f => f.path)
          .join(', ')}`
      : 'it has no .gguf file';
    const which = target.quant ? `for ${target.quant}` : 'named';
    throw new HubError('notFound', `${label}: no GGUF file ${which} (${tags})`);
  }
  const name = chosen.path.slice(chosen.path.lastIndexOf('/') + 1);
  const folder = chosen.path.slice(0, chosen.path.length - name.length);
  let shards: HubGgufFile[] = [chosen];
  try {
    const names = shardFileNames(name);
    if (names) {
      shards = names.map(n => files.find(f => f.path === folder + n) ?? { path: folder + n, size: -1 });
      const missing = shards.find(s => s.size < 0);
      if (missing) throw new HubError('notFound', `${label}: shard ${missing.path} is not in the repository`);
    }
  } catch (e) {
    throw readerError(e, chosen.path);
  }
  const headers: GgufHeader[] = [];
  for (const shard of shards) {
    const reader = hubRangeReader(
      fetcher,
      resolveUrl(options.endpoint, target.repo, sha, shard.path),
      shard.size,
      shard.path,
    );
    try {
      headers.push(await readGgufHeader(reader));
    } catch (e) {
      throw readerError(e, shard.path);
    }
  }
  const header = { metadata: headers[0].metadata, tensorInfos: headers.flatMap(h => h.tensorInfos) };
  let info;
  try {
    info = modelFromGguf(header, { id: hubTargetLabel({ repo: target.repo, file: chosen.path }) });
  } catch (e) {
    throw readerError(e, chosen.path);
  }
  const split = shards.length > 1 ? ` in ${shards.length} shards` : '';
  const notes = [`${chosen.path}: ${chosen.size.toLocaleString('en-US')} bytes${split}`];
  if (!target.quant && !target.file) {
    notes.push(`no quant named: ${DEFAULT_GGUF_FORMAT} read (name one, e.g. ${target.repo}:Q8_0)`);
  }
  return {
    info,
    from: `hf.co/${target.repo}${short(sha)} · ${chosen.path}`,
    place: 'hub-gguf',
    notes,
    ggufFiles: files.slice(0, MAX_LISTED),
    revision: sha,
    requests: counter.requests,
  };
}

async function lookup(target: HubTarget, options: HubLookupOptions, counter: Counter, depth: number): Promise<HubRead> {
  const label = hubTargetLabel(target);
  const fetcher = hubFetch(
    {
      ...options,
      onRequest: () => {
        counter.requests++;
      },
    },
    label,
  );
  const meta = await modelInfo({
    name: target.repo,
    hubUrl: options.endpoint,
    fetch: fetcher,
    additionalFields: ['sha', 'safetensors', 'cardData', 'filePaths'],
  }).catch((e: unknown) => {
    throw readerError(e, label);
  });
  const sha = typeof meta.sha === 'string' && meta.sha ? meta.sha : 'main';
  const paths = Array.isArray(meta.filePaths) ? meta.filePaths : [];
  const hasGguf = paths.some(p => /\.gguf$/i.test(p));
  if (target.file || target.quant || (hasGguf && !paths.includes('config.json'))) {
    return lookupGguf(target, sha, options, fetcher, counter);
  }
  const parameters = meta.safetensors?.parameters;
  if (paths.includes('config.json')) {
    const what = `${target.repo}/config.json`;
    const response = await fetcher(resolveUrl(options.endpoint, target.repo, sha, 'config.json'));
    const text = await readText(response, MAX_CONFIG_BYTES, what);
    let info;
    try {
      info = modelFromConfig(text, { id: target.repo, ...(parameters ? { parameters } : {}) });
    } catch (e) {
      throw readerError(e, what);
    }
    const notes = parameters
      ? ["parameter count from the Hub's safetensors metadata"]
      : ['no safetensors metadata: ' + 'parameters counted from config.json'];
    return {
      info,
      from: `hf.co/${target.repo}${short(sha)} · config.json`,
      place: 'hub',
      notes,
      ...(parameters ? { dtypes: { ...parameters } } : {}),
      revision: sha,
      requests: counter.requests,
    };
  }
  const base = firstBaseModel(meta.cardData);
  if (base && depth < MAX_BASE_DEPTH && base.toLowerCase() !== target.repo.toLowerCase()) {
    const read = await lookup({ repo: base }, options, counter, depth + 1);
    return {
      ...read,
      info: { ...read.info, id: target.repo, baseModel: base },
      notes: [`no config.json in ${target.repo}: the architecture of its base model ${base}`, ...read.notes],
      requests: counter.requests,
    };
  }
  throw new HubError('unreadable', `${label}: no config.json, GGUF file or base_model on the Hub`);
}

/** Looks `target` up on the Hub; rejects with a HubError carrying a one-line reason. */
export async function lookupHubModel(target: HubTarget, options: HubLookupOptions): Promise<HubRead> {
  const counter = { requests: 0 };
  const read = await lookup(target, options, counter, 0);
  return { ...read, requests: counter.requests };
}

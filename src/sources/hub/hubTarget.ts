// What to ask the Hub about a model reference written in a document: a repository id, and the
// GGUF file or quant tag it names. Pure. Only text that names the Hub is sent there: a bare
// `org/name` id; `hf.co/org/name[:QUANT]` (Ollama's and llama.cpp's -hf syntax); `org/name-GGUF:QUANT`;
// a huggingface.co URL of a .gguf file. A local path is never a Hub id.
import type { ModelReference } from '../referenceAt';

export interface HubTarget {
  repo: string;
  /** A file in the repository (a .gguf path). */
  file?: string;
  /** A quant tag that picks the repository's GGUF file ("Q4_K_M", "UD-Q4_K_XL"). */
  quant?: string;
}

/** huggingface_hub validate_repo_id: `org/name`, [A-Za-z0-9._-], at most 96 characters each. */
const REPO = '[A-Za-z0-9][A-Za-z0-9._-]{0,95}\\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}';
const HF_HOST = '(?:https?:\\/\\/)?(?:www\\.)?(?:hf\\.co|huggingface\\.co)\\/';
const TAGGED = new RegExp(`^(?:${HF_HOST})?(${REPO})(?::([A-Za-z0-9][A-Za-z0-9._-]{0,63}))?$`);
const FILE_URL = new RegExp(`^${HF_HOST}(${REPO})\\/(?:resolve|blob)\\/[^/]+\\/(.+\\.gguf)$`, 'i');

/** The Hub target a reference names, or undefined (a local path, an Ollama library tag). */
export function hubTargetOf(ref: ModelReference): HubTarget | undefined {
  const text = ref.text;
  if (ref.kinds.includes('hf')) return { repo: text };
  if (ref.kinds.includes('gguf')) {
    const m = FILE_URL.exec(text);
    return m ? { repo: m[1], file: decodeURIComponent(m[2]) } : undefined;
  }
  if (ref.kinds.includes('ollama')) {
    const m = TAGGED.exec(text);
    if (!m) return undefined;
    const named = new RegExp(`^${HF_HOST}`, 'i').test(text);
    // `org/name:tag` with no host is an Ollama namespace unless the repository is a GGUF one.
    if (!named && !/gguf$/i.test(m[1])) return undefined;
    return m[2] && m[2].toLowerCase() !== 'latest' ? { repo: m[1], quant: m[2] } : { repo: m[1] };
  }
  return undefined;
}

/** A stable key for the target (cache and de-duplication). Repository ids are case-insensitive on the Hub. */
export function hubTargetKey(t: HubTarget): string {
  return [t.repo.toLowerCase(), t.file ?? '', t.quant?.toUpperCase() ?? ''].join('|');
}

/** How the target reads in the hover: `org/name`, `org/name:Q4_K_M`, `org/name/file.gguf`. */
export function hubTargetLabel(t: HubTarget): string {
  return t.file ? `${t.repo}/${t.file}` : t.quant ? `${t.repo}:${t.quant}` : t.repo;
}

const ID = new RegExp(`^${REPO}$`);
const PART = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}$/;

/** A HubTarget from an untrusted argument, or undefined. */
export function parseHubTarget(arg: unknown): HubTarget | undefined {
  if (typeof arg === 'string') return ID.test(arg.trim()) ? { repo: arg.trim() } : undefined;
  if (!arg || typeof arg !== 'object') return undefined;
  const { repo, file, quant } = arg as Record<string, unknown>;
  if (typeof repo !== 'string' || !ID.test(repo)) return undefined;
  if (file !== undefined && (typeof file !== 'string' || !PART.test(file) || file.includes('..'))) return undefined;
  if (quant !== undefined && (typeof quant !== 'string' || !PART.test(quant))) return undefined;
  return { repo, ...(file ? { file } : {}), ...(quant ? { quant } : {}) };
}

// The model file a piece of code names at a position: a GGUF path, a checkpoint folder, a Hugging
// Face model id or an Ollama tag. Pure text work on a bounded window of one line; no file is
// touched here (the readers beside this file do that). A reference that could be a folder or a
// Hub id (`org/name`) is tried as a folder first, as transformers' from_pretrained does.

export type ReferenceKind = 'gguf' | 'folder' | 'hf' | 'ollama';

export interface ModelReference {
  /** The text as written (quotes removed). */
  text: string;
  start: number;
  end: number;
  /** What to try, in order: `org/name` is a folder when one exists there, else a Hub id. */
  kinds: ReferenceKind[];
}

/** How far either side of the position a token may reach; a longer "token" is not a path anyone wrote. */
const WINDOW = 512;
/** Characters that end an unquoted token. */
const STOP = /[\s"'`()[\]{}<>,;=|&]/;

/** Hugging Face repo ids: `org/name`, each part [A-Za-z0-9._-] (huggingface_hub validate_repo_id). */
const HF_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
/**
 * Ollama names (ollama/ollama types/model/name.go ParseName): [host/][namespace/]model[:tag], model
 * and tag of alphanumerics, '_', '-', '.'. A tag is required here unless the line runs `ollama`:
 * `llama3` alone is any word.
 */
const OLLAMA_NAME = new RegExp(
  '^(?:[A-Za-z0-9_][A-Za-z0-9_.:-]{0,349}/)?(?:[A-Za-z0-9_][A-Za-z0-9_-]{0,79}/)?' +
    '[A-Za-z0-9_][A-Za-z0-9_.-]{0,79}(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,79})?$',
);
const OLLAMA_COMMAND = /\bollama\s+(?:run|pull|show|push|cp|rm|create|stop)\s+(?:-\S+\s+)*$/;
/** Things that look like `name:tag` but are not models. */
const NOT_OLLAMA = /^(?:https?|file|ftp|ssh|git|s3|gs|hf|data|mailto):|^\d+:\d+$|^[A-Za-z]:[\\/]|^localhost:|:\d+$/i;

/** The quoted string or bare token covering `offset` in `line`, or undefined. */
function tokenAt(
  line: string,
  offset: number,
): { text: string; start: number; end: number; quoted: boolean } | undefined {
  if (offset < 0 || offset > line.length) return undefined;
  const lo = Math.max(0, offset - WINDOW);
  const hi = Math.min(line.length, offset + WINDOW);
  // A quoted string around the offset: the nearest quote before it and the same quote after it.
  for (let i = offset - 1; i >= lo; i--) {
    const q = line[i];
    if (q === '\n') break;
    if (q !== '"' && q !== "'" && q !== '`') continue;
    const close = line.indexOf(q, Math.max(offset, i + 1));
    if (close < 0 || close >= hi) break;
    const text = line.slice(i + 1, close);
    // Only a short string with no spaces inside can be a path or a name (a prose string is not).
    if (offset <= close && text.length > 0 && !/\s/.test(text.trim()) && text === text.trim()) {
      return { text, start: i + 1, end: close, quoted: true };
    }
    break;
  }
  let start = offset;
  let end = offset;
  while (start > lo && !STOP.test(line[start - 1])) start--;
  while (end < hi && !STOP.test(line[end])) end++;
  if (start === end || (start === lo && lo > 0) || (end === hi && hi < line.length)) return undefined;
  // Trailing punctuation of prose ("see models/x.gguf.") is not part of the path.
  let text = line.slice(start, end);
  const trimmed = text.replace(/[.:]+$/, '');
  end -= text.length - trimmed.length;
  text = trimmed;
  if (offset > end) return undefined;
  return text ? { text, start, end, quoted: false } : undefined;
}

/** A file, not a model id: `src/main.py` has the shape of `org/name`. */
const FILE_EXTENSION = new RegExp(
  '\\.(?:py|ipynb|js|ts|json|jsonl|ya?ml|md|txt|sh|toml|cfg|ini|csv|html|css|png|jpe?g' +
    '|bin|pt|pth|ckpt|safetensors|onnx|zip|tar|gz|log)$',
  'i',
);

const isPathLike = (s: string) => /^(?:\.{1,2}[\\/]|~[\\/]|\/|[A-Za-z]:[\\/])/.test(s) || /[\\/]$/.test(s);

/** The model reference at `offset` in `line`, if the token there names one. */
export function referenceAt(line: string, offset: number): ModelReference | undefined {
  const token = tokenAt(line, offset);
  if (!token) return undefined;
  let { text } = token;
  if (text.length > 1024 || [...text].some(c => c.charCodeAt(0) < 0x20)) return undefined;
  const at = { start: token.start, end: token.end };
  if (/^file:\/\//i.test(text)) text = decodeURIComponent(text.replace(/^file:\/\//i, ''));
  if (/\.gguf$/i.test(text)) return { text, ...at, kinds: ['gguf'] };
  if (isPathLike(text)) {
    // A folder path; a path to a config.json names its folder.
    return { text: text.replace(/[\\/]config\.json$/i, '') || text, ...at, kinds: ['folder'] };
  }
  if (/[\\/]config\.json$/i.test(text))
    return { text: text.replace(/[\\/]config\.json$/i, ''), ...at, kinds: ['folder'] };
  const before = line.slice(Math.max(0, token.start - 120), token.start);
  const ollamaCommand = OLLAMA_COMMAND.test(before.replace(/["'`]$/, ''));
  if (text.includes(':') || ollamaCommand) {
    if (!NOT_OLLAMA.test(text) && OLLAMA_NAME.test(text)) return { text, ...at, kinds: ['ollama'] };
    return undefined;
  }
  if (HF_ID.test(text) && !/^\d+\/\d+$/.test(text) && !FILE_EXTENSION.test(text)) {
    return { text, ...at, kinds: ['folder', 'hf'] };
  }
  return undefined;
}

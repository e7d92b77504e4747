// Where the Hugging Face cache lives and how a model is laid out in it, as huggingface_hub writes
// it (huggingface/huggingface_hub, commit ee0a4510f4bc15e26cb722be2efc2bdb01383ca0):
// - src/huggingface_hub/constants.py lines 157-182: HF_HUB_CACHE, else the legacy
//   HUGGINGFACE_HUB_CACHE, else $HF_HOME/hub, HF_HOME defaulting to $XDG_CACHE_HOME/huggingface,
//   XDG_CACHE_HOME to ~/.cache; `~` and $VARS are expanded in each.
// - src/huggingface_hub/file_download.py: repo_folder_name (line 720) names a model's folder
//   `models--<org>--<name>` (REPO_ID_SEPARATOR "--", constants.py line 108); try_to_load_from_cache
//   (line 1475) reads `refs/<revision>` for a branch's commit hash and the file at
//   `snapshots/<commit>/<filename>`; _create_symlink (line 606) makes those snapshot files relative
//   symbolic links into `blobs/`.
// Pure: the caller supplies the environment and the home folder.

export type Env = Readonly<Record<string, string | undefined>>;

/** `~` and `$VAR` / `${VAR}` expanded as os.path.expanduser and os.path.expandvars do (unknown variables stay). */
export function expandPath(p: string, env: Env, home: string | undefined): string {
  const variable = (m: string, a: string | undefined, b: string | undefined) => env[(a ?? b)!] ?? m;
  let out = p.replace(/\$(?:\{(\w+)\}|(\w+))/g, variable);
  if (home && (out === '~' || /^~[\\/]/.test(out))) out = home + out.slice(1);
  return out;
}

const join = (...parts: string[]) => parts.join('/').replace(/\/{2,}/g, '/');

/** The hub cache folder huggingface_hub would use, or undefined when no home folder is known. */
export function hubCacheDir(env: Env, home: string | undefined): string | undefined {
  const set = (k: string) => (env[k] !== undefined && env[k] !== '' ? env[k] : undefined);
  const explicit = set('HF_HUB_CACHE') ?? set('HUGGINGFACE_HUB_CACHE');
  if (explicit) return expandPath(explicit, env, home);
  const hfHome = set('HF_HOME');
  if (hfHome) return join(expandPath(hfHome, env, home), 'hub');
  const xdg = set('XDG_CACHE_HOME');
  if (xdg) return join(expandPath(xdg, env, home), 'huggingface', 'hub');
  return home ? join(home, '.cache', 'huggingface', 'hub') : undefined;
}

/** `Qwen/Qwen3-8B` → `models--Qwen--Qwen3-8B`. */
export function repoFolderName(repoId: string): string {
  const shape = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;
  if (!shape.test(repoId) || repoId.includes('--') || repoId.includes('..')) {
    throw new TypeError(`${JSON.stringify(repoId)} is not a Hugging Face model id`);
  }
  return ['models', ...repoId.split('/')].join('--');
}

/** A commit hash as refs/<branch> holds it (40 hex digits). */
export function readRef(text: string): string {
  const sha = text.trim();
  if (!/^[0-9a-f]{40}$/.test(sha))
    throw new TypeError(`refs/main does not hold a commit hash ` + `(${JSON.stringify(sha.slice(0, 60))})`);
  return sha;
}

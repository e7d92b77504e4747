// Where the Hub is: https://huggingface.co, or the mirror HF_ENDPOINT names (the variable
// huggingface_hub and @huggingface/hub honour, huggingface_hub constants.py ENDPOINT). Pure.

export const DEFAULT_HUB_ENDPOINT = 'https://huggingface.co';

/** The endpoint from the environment: HF_ENDPOINT when it is an http(s) URL, else the Hub. */
export function hubEndpoint(env: Record<string, string | undefined>): string {
  const raw = env.HF_ENDPOINT?.trim();
  if (!raw) return DEFAULT_HUB_ENDPOINT;
  let url: URL;
  try {
    url = new URL(raw);
  } catch (e) {
    if (e instanceof TypeError) return DEFAULT_HUB_ENDPOINT;
    throw e;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return DEFAULT_HUB_ENDPOINT;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** A repo id's path segments, each encoded ("org/name" stays "org/name"). */
const repoPath = (repo: string) => repo.split('/').map(encodeURIComponent).join('/');
/** A file path in a repo, each segment encoded. */
const filePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** `<endpoint>/<repo>/resolve/<revision>/<path>`: a file's bytes (LFS files redirect to storage). */
export function resolveUrl(endpoint: string, repo: string, revision: string, path: string): string {
  return `${endpoint}/${repoPath(repo)}/resolve/${encodeURIComponent(revision)}/${filePath(path)}`;
}

/** The page of a repository on the Hub, for links in the hover. */
export function repoPageUrl(endpoint: string, repo: string): string {
  return `${endpoint}/${repoPath(repo)}`;
}

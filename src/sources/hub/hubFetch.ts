// The one door to the Hub: a fetch with a time limit, cancellation, one wait on 429 when the
// Hub's Retry-After is short, the token sent to the configured endpoint only, and every
// non-2xx answer turned into a HubError of a kind the hover can act on. It wraps the fetch the
// host provides (Node's in the desktop and remote extension hosts, where VS Code applies its
// proxy settings to it; the browser's in the web build). Status codes and the X-Error-Code
// header follow huggingface_hub's hf_raise_for_status (huggingface/huggingface_hub
// src/huggingface_hub/utils/_http.py, commit ee0a4510f4bc15e26cb722be2efc2bdb01383ca0).
import { HubError } from './hubError';

export interface HubFetchOptions {
  /** Origin + path prefix of the Hub (hubEndpoint()). */
  endpoint: string;
  /** Sent as a Bearer token to URLs under `endpoint` only; never to a redirect target elsewhere. */
  token?: string;
  /** The host's fetch (injectable for tests). */
  fetch?: typeof fetch;
  /** Per request, including a redirect and one 429 wait. */
  timeoutMs: number;
  /** Longest Retry-After waited for before answering "rate limited" instead. */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  /** Called before each request goes out (counts, logs: the URL only, never headers). */
  onRequest?: (url: string) => void;
}

const MAX_REDIRECTS = 5;

/** Retry-After: seconds, or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Under the endpoint: same origin and path prefix. */
function isUnder(url: string, endpoint: string): boolean {
  const u = new URL(url);
  const e = new URL(endpoint);
  const prefix = e.pathname.replace(/\/+$/, '');
  return u.origin === e.origin && (prefix === '' || u.pathname === prefix || u.pathname.startsWith(`${prefix}/`));
}

/** A HubError for a non-2xx answer. */
export async function errorOf(response: Response, what: string, hasToken: boolean): Promise<HubError> {
  const code = response.headers.get('x-error-code');
  const status = response.status;
  if (code === 'GatedRepo') {
    return new HubError(
      'gated',
      hasToken
        ? `${what} is gated and your token has no access to it yet: accept its conditions on the Hub`
        : `${what} is gated: accept its conditions on the Hub, then run "Param Lens: Sign in to Hugging Face"`,
    );
  }
  if (status === 429) {
    const wait = retryAfterMs(response.headers.get('retry-after'));
    const after = wait === undefined ? '' : ` (try again in ${Math.ceil(wait / 1000)} s)`;
    return new HubError('rateLimited', `the Hub is rate-limiting requests${after}`, wait);
  }
  if (code === 'RevisionNotFound' || code === 'EntryNotFound' || status === 404) {
    return new HubError('notFound', `${what}: not found on the Hub`);
  }
  if (status === 401 || code === 'RepoNotFound') {
    return new HubError(
      'unauthorized',
      hasToken
        ? `${what}: not found on the Hub, or your token cannot see it`
        : `${what}: not found on the Hub (a private model needs "Param Lens: Sign in to Hugging Face")`,
    );
  }
  if (status === 403) return new HubError('unauthorized', `${what}: the Hub refused access (HTTP 403)`);
  if (status === 416) return new HubError('unreadable', `${what}: the file is shorter than its listing says`);
  return new HubError('server', `${what}: the Hub answered HTTP ${status}`);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      signal.removeEventListener('abort', abort);
      resolve();
    }
    function abort(): void {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', abort, { once: true });
  });
}

/**
 * A fetch for @huggingface/hub and @huggingface/gguf: `what` names the model in messages.
 * It resolves with 2xx responses only and rejects with a HubError otherwise.
 */
export function hubFetch(options: HubFetchOptions, what: string): typeof fetch {
  const base = options.fetch ?? globalThis.fetch;
  const maxWait = options.maxRetryAfterMs ?? 5_000;
  return (async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const controller = new AbortController();
    const outer = options.signal;
    const timeout = new HubError('timeout', `the Hub did not answer within ${options.timeoutMs / 1000} s`);
    const timer = setTimeout(() => controller.abort(timeout), options.timeoutMs);
    const cancel = () => controller.abort(new HubError('cancelled', 'cancelled'));
    if (outer?.aborted) cancel();
    outer?.addEventListener('abort', cancel, { once: true });
    try {
      return await follow();
    } catch (e) {
      outer?.removeEventListener('abort', cancel);
      if (controller.signal.aborted && controller.signal.reason instanceof HubError) throw controller.signal.reason;
      throw e;
    } finally {
      clearTimeout(timer);
    }

    async function follow(): Promise<Response> {
      let url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      let waited = false;
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const headers = new Headers(init?.headers);
        headers.delete('authorization');
        if (options.token && isUnder(url, options.endpoint)) headers.set('authorization', `Bearer ${options.token}`);
        options.onRequest?.(url);
        let response: Response;
        try {
          response = await base(url, { ...init, headers, redirect: 'manual', signal: controller.signal });
        } catch (e) {
          if (controller.signal.aborted) throw controller.signal.reason;
          throw new HubError(
            'offline',
            `the Hub (${new URL(options.endpoint).host}) could not be reached` +
              ` (${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)})`,
          );
        }
        if (response.type === 'opaqueredirect') {
          // A browser hides the target: let it follow (the Fetch standard drops Authorization when
          // a redirect leaves the origin, https://fetch.spec.whatwg.org/#http-redirect-fetch step 13).
          response = await base(url, { ...init, headers, redirect: 'follow', signal: controller.signal });
        }
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel();
          url = new URL(location, url).href;
          continue;
        }
        if (response.status === 429 && !waited) {
          const wait = retryAfterMs(response.headers.get('retry-after'));
          if (wait !== undefined && wait <= maxWait) {
            await response.body?.cancel();
            waited = true;
            await sleep(wait, controller.signal);
            hop--;
            continue;
          }
        }
        if (response.status < 200 || response.status >= 300) {
          const error = await errorOf(response, what, options.token !== undefined);
          await response.body?.cancel().catch(() => undefined);
          throw error;
        }
        // The body is still to be read: a cancelled look-up must still abort it, so the listener stays.
        return response;
      }
      throw new HubError('server', `${what}: too many redirects`);
    }
  }) as typeof fetch;
}

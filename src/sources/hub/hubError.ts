// What can go wrong asking the Hub, each as a kind the hover words and acts on (sign in, retry),
// with a one-line reason. Messages never contain a token.

export type HubErrorKind =
  | 'offline' // no answer at all: no network, DNS, connection refused
  | 'timeout' // no answer in time
  | 'gated' // a gated repository: its conditions must be accepted and a token sent
  | 'unauthorized' // private, or missing (the Hub answers 401 for both when no token is sent)
  | 'notFound' // no such repository, revision or file
  | 'rateLimited' // 429
  | 'server' // 5xx, or an answer that is not what the documented endpoint returns
  | 'unreadable' // the files are there but are not a model Param Lens can read
  | 'cancelled';

export class HubError extends Error {
  constructor(
    readonly kind: HubErrorKind,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

/** Kinds worth keeping in the disk cache: the answer will be the same on the next hover. */
export function isLasting(kind: HubErrorKind): boolean {
  return kind === 'notFound' || kind === 'unreadable';
}

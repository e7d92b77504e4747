// How the core treats errors. The core throws RangeError/TypeError for input it cannot estimate
// (a model it cannot size, a format it does not know); callers that try several inputs expect
// those and move on. Any other error is a bug and must not be hidden along with them.
// Paths that promise never to throw (the recognizer behind the hover) report what they swallow
// to an error reporter that the extension points at its log.

/** True for the errors the core throws on invalid input. */
export function isInvalidInput(e: unknown): e is RangeError | TypeError {
  return e instanceof RangeError || e instanceof TypeError;
}

/** f(), or undefined when it rejects its input; any other error propagates. */
export function unlessInvalid<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isInvalidInput(e)) return undefined;
    throw e;
  }
}

export type ErrorReporter = (where: string, error: unknown) => void;

const consoleReporter: ErrorReporter = (where, error) => console.error(`Param Lens: ${where}:`, error);
let reporter: ErrorReporter = consoleReporter;

/** Where swallowed errors go (the extension's log); returns a function that restores the previous one. */
export function setErrorReporter(next: ErrorReporter): () => void {
  const previous = reporter;
  reporter = next;
  return () => {
    reporter = previous;
  };
}

/** Reports an error a never-throwing path swallowed. A reporter must not throw itself. */
export function reportError(where: string, error: unknown): void {
  reporter(where, error);
}

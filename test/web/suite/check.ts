// Assertions for the web worker, where Node's assert module does not exist.

export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) throw new Error(message);
}

export function strictEqual<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected)
    throw new Error(message ?? `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function match(text: string, re: RegExp): void {
  if (!re.test(text)) throw new Error(`${re} does not match: ${text.slice(0, 300)}`);
}

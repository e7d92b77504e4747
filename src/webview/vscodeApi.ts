// The webview side of the VS Code API. acquireVsCodeApi may be called once per page; this module
// calls it once and hands out the result.

export interface WebviewApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): WebviewApi<State>;

let api: WebviewApi<unknown> | undefined;

export function vscodeApi<State>(): WebviewApi<State> {
  api ??= acquireVsCodeApi<unknown>();
  return api as WebviewApi<State>;
}

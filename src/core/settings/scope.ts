// What belongs to the label: the spans of text (a command, an entry, calls) the reader takes
// options from, how comments are written there, and where the document's variables live.
import type { CommentStyle } from './words';
import type { TextWindow } from './window';

export interface Scope {
  segments: Array<[number, number]>;
  comments: CommentStyle;
  /** The window (for variable look-ups). */
  window: TextWindow;
  /**
   * Spans of the window that belong to another scope (a sibling compose service, container, list
   * item or YAML document; another call's keyword arguments): nothing written there applies to the
   * label, not even a variable's value.
   */
  foreign?: Array<[number, number]>;
  /**
   * The label's own command when the scope holds more than it (a shell script written in a YAML
   * block scalar, with the entry's other keys): an engine named there comes first.
   */
  own?: [number, number];
  /** A Modelfile: Ollama runs it. */
  modelfile?: boolean;
  /** Calls of the Python data flow (callee names), for the engine and training checks. */
  callees?: string[];
}

/** `at` lies in one of the spans. */
export function within(spans: Array<[number, number]> | undefined, at: number): boolean {
  return !!spans && spans.some(([a, b]) => a <= at && at < b);
}

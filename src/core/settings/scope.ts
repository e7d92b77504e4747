// What belongs to the label: the spans of text (a command, an entry, calls) the reader takes
// options from, how comments are written there, and where the document's variables live.
import type { CommentStyle } from './words';
import type { TextWindow } from './window';

export interface Scope {
  segments: Array<[number, number]>;
  comments: CommentStyle;
  /** The window (for variable look-ups). */
  window: TextWindow;
  /** A Modelfile: Ollama runs it. */
  modelfile?: boolean;
  /** Calls of the Python data flow (callee names), for the engine and training checks. */
  callees?: string[];
}

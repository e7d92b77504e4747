// The resolution of a model label the recognizer could not tie to a catalog id by itself: a
// fine-tune, a re-upload, a hosted-API id or an Ollama library tag (the hover's way in); and a bare
// effective size ("E4B") the model it names.
import type { Label } from '../types';
import { resolveName, type NameResolution } from './resolveName';
import { effectiveSizeModel } from './effectiveSize';

/** For a 'model' label (or an effective size): how its text resolves, or undefined. Never throws. */
export function labelResolution(label: Label): NameResolution | undefined {
  if (label.kind === 'params' && label.detail?.effective) return effectiveSizeModel(label.text);
  if (label.kind !== 'model') return undefined;
  return resolveName(label.text, label.detail?.source === 'ollama');
}

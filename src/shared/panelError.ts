// What the estimate panel says when the inputs typed there cannot be estimated, in the panel's own
// terms: the panel has a model box (a name or a size label), not the command's `params` argument,
// so the estimator's message about an unknown model is replaced by one that names what to type in
// that box. Whether the figures on screen go: they do when the model changed, since they describe
// the previous model. No vscode import: unit-tested.
import { resolveModel } from '../core/estimate/resolveModel';
import { unlessInvalid } from '../core/errors';

export interface PanelError {
  message: string;
  clear: boolean;
}

export function panelError(model: string, error: unknown, modelChanged: boolean): PanelError {
  const known = unlessInvalid(() => resolveModel({ model })) !== undefined;
  const shown = model.length > 60 ? `${model.slice(0, 59)}…` : model;
  const message = known
    ? error instanceof Error
      ? error.message
      : String(error)
    : `Param Lens does not know "${shown}": type a model name it knows (such as meta-llama/Llama-3.1-8B), ` +
      'or a name or label that holds the size (such as 7B, 8x7B or Mistral-7B).';
  return { message, clear: modelChanged || !known };
}

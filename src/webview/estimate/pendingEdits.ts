// What the user is typing survives a redraw. The panel redraws its whole form when the extension
// answers a change; an answer that arrives while the user is already typing in another field
// (tabbing quickly, or a slow machine) must not wipe that field or move the focus. A field typed in
// since the form was last sent holds an edit in progress; its value, the focus and the caret are
// carried into the new form.

type Field = HTMLInputElement | HTMLSelectElement;

const edited = new Set<string>();
let watching: ParentNode | undefined;

function fields(root: ParentNode): Field[] {
  return [...root.querySelectorAll<Field>('input[id], select[id]')];
}

/** Starts noting which fields the user types in (events bubble up to `root`, which is never redrawn). */
export function watchEdits(root: HTMLElement): void {
  if (watching === root) return;
  watching = root;
  root.addEventListener('input', e => {
    const id = (e.target as Element | null)?.id;
    if (id) edited.add(id);
  });
}

/** The form was sent: what it holds is no longer an edit in progress. */
export function commitFields(): void {
  edited.clear();
}

export interface PendingEdits {
  values: Map<string, string>;
  focus?: { id: string; start: number | null; end: number | null };
}

/** Edits made since the form was last sent, and where the focus is, before the form is redrawn. */
export function pendingEdits(root: ParentNode): PendingEdits {
  const values = new Map<string, string>();
  for (const f of fields(root)) if (edited.has(f.id)) values.set(f.id, f.value);
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLSelectElement) || !active.id) return { values };
  const text = active instanceof HTMLInputElement;
  return {
    values,
    focus: { id: active.id, start: text ? active.selectionStart : null, end: text ? active.selectionEnd : null },
  };
}

/** Puts the edits in progress, the focus and the caret back into the redrawn form. */
export function restoreEdits(root: ParentNode, edits: PendingEdits): void {
  const byId = new Map(fields(root).map(f => [f.id, f]));
  for (const [id, value] of edits.values) {
    const f = byId.get(id);
    if (f) f.value = value;
  }
  const focus = edits.focus && byId.get(edits.focus.id);
  if (!focus) return;
  focus.focus();
  if (focus instanceof HTMLInputElement && edits.focus!.start !== null) {
    focus.setSelectionRange(edits.focus!.start, edits.focus!.end);
  }
}

// The messages between the glossary panel (webview) and its provider, in one place for both
// sides. Every message that arrives is checked here before it is acted on.

export interface GlossaryItem {
  id: string;
  term: string;
  aliases: string[];
  summary: string;
  /** Body rendered to safe HTML by the core (escaped text, entry links only). */
  html: string;
  /** Plain text of the body, for search. */
  text: string;
  related: string[];
}

/** User-visible strings, localized by the extension. */
export interface GlossaryStrings {
  searchPlaceholder: string;
  searchLabel: string;
  results: string;
  noResults: string;
  related: string;
  back: string;
  forward: string;
  allTerms: string;
  entriesCount: string;
}

export type ToGlossary =
  | { type: 'init'; entries: GlossaryItem[]; strings: GlossaryStrings; show?: string }
  | { type: 'show'; id: string };

export type FromGlossary =
  | { type: 'ready' }
  | { type: 'shown'; id: string }
  | { type: 'error'; message: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isGlossaryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && ID.test(value);
}

/** A message from the webview, or undefined when it is not one we know. */
export function parseFromGlossary(value: unknown): FromGlossary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready': return { type: 'ready' };
    case 'shown': return isGlossaryId(m.id) ? { type: 'shown', id: m.id } : undefined;
    case 'error': return typeof m.message === 'string' ? { type: 'error', message: m.message.slice(0, 500) } : undefined;
    default: return undefined;
  }
}

/** A message from the extension, checked by the webview before use. */
export function parseToGlossary(value: unknown): ToGlossary | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.type === 'show') return isGlossaryId(m.id) ? { type: 'show', id: m.id } : undefined;
  if (m.type === 'init' && Array.isArray(m.entries) && typeof m.strings === 'object' && m.strings !== null) {
    return { type: 'init', entries: m.entries as GlossaryItem[], strings: m.strings as GlossaryStrings, show: isGlossaryId(m.show) ? m.show : undefined };
  }
  return undefined;
}

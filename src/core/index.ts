// Param Lens core: the public API (shared DESIGN.md). Pure TypeScript, no vscode import; runs in
// Node, the extension host, a browser worker and the webview. Built to dist/core.js.
import { allGlossaryEntries } from './glossary/glossary';
import type { GlossaryEntry } from './types';

export type { Label, LabelDetail, ModelInfo, EstimateInput, MemoryEstimate, GlossaryEntry, Engine, Mode } from './types';
export type { RunSettings, RunEngine } from './types';
export { runSettingsAt } from './settings/runSettingsAt';
export { findLabels, labelAt } from './recognize/findLabels';
export { lookupModel } from './catalog/lookupModel';
export { estimateMemory } from './estimate/estimateMemory';
export { renderHover } from './render/hoverMarkdown';
export { formatBytes } from './units';

/** The whole glossary, in display order. */
export const glossary: GlossaryEntry[] = structuredClone(allGlossaryEntries());

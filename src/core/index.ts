// Param Lens core: the public API (docs/ARCHITECTURE.md section 5). Pure TypeScript, no vscode import; runs in
// Node, the extension host, a browser worker and the webview. Built to dist/core.js.
import { glossaryWithLazyBodies } from './glossary/glossary';
import type { GlossaryEntry } from './types';

export type {
  Label,
  LabelDetail,
  ModelInfo,
  EstimateInput,
  MemoryEstimate,
  GlossaryEntry,
  Engine,
  Mode,
} from './types';
export type { RunSettings, RunEngine } from './types';
export { runSettingsAt } from './settings/runSettingsAt';
export { findLabels, labelAt } from './recognize/findLabels';
export { lookupModel } from './catalog/lookupModel';
export { estimateMemory } from './estimate/estimateMemory';
export { modelFromConfig } from './model/modelFromConfig';
export { modelFromGguf } from './model/modelFromGguf';
export { renderHover } from './render/hoverMarkdown';
export { formatBytes } from './units';

/** The whole glossary, in display order; each body (with its computed tables) is expanded when first read. */
export const glossary: GlossaryEntry[] = glossaryWithLazyBodies();

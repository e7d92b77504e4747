// What a Hub look-up gives the hover and the panel: the model facts (through the core's
// modelFromConfig / modelFromGguf), where they were read, and what else the Hub said. Plain data:
// it is cached on disk as JSON.
import type { ModelInfo } from '../../core/types';

export interface HubGgufFile {
  path: string;
  size: number;
}

export interface HubRead {
  info: ModelInfo;
  /** `hf.co/org/name@<sha12> · config.json` or the GGUF file read. */
  from: string;
  place: 'hub' | 'hub-gguf';
  notes: string[];
  /** The safetensors parameter count by dtype, from model info. */
  dtypes?: Record<string, number>;
  /** The repository's GGUF files with their sizes, largest repositories capped (GGUF repos only). */
  ggufFiles?: HubGgufFile[];
  /** The commit the files were read at. */
  revision?: string;
  /** HTTP requests this look-up made. */
  requests: number;
}

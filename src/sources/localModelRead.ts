// What reading a model from the user's disk gives the hover: the model facts (through the core's
// modelFromGguf / modelFromConfig), where they came from, and what else was found.
import type { ModelInfo } from '../core/types';

export interface LocalModelRead {
  info: ModelInfo;
  /** Where it was read from, as shown: `models/x.gguf`, `~/.ollama/models/blobs/sha256-…`. */
  from: string;
  /** What kind of place: a GGUF file, a checkpoint folder, the HF cache, the Ollama store. */
  place: 'gguf' | 'folder' | 'hf-cache' | 'ollama';
  /** Extra facts in short phrases ("3 shards", "vision projector 0.6 GiB"). */
  notes: string[];
  /** Bytes of files loaded beside the weights (an Ollama model's vision projector). */
  extraBytes?: number;
  /** The safetensors dtype mix, elements per dtype, for a checkpoint. */
  dtypes?: Record<string, number>;
}

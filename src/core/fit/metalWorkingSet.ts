// How much of an Apple-silicon Mac's unified memory the GPU may use: Metal's
// recommendedMaxWorkingSetSize, which MLX wires up to and llama.cpp's Metal backend logs. Logged
// values: 10922.67 MB on a 16 GB Mac (abetlen/llama-cpp-python#687) and 21845.34 MB on 32 GB
// (ollama/ollama#434), two thirds; about 49 GB on 64 GB (ggml-org/llama.cpp#1870), three quarters.
import { GiB } from '../estimate/engines/policy';

/** The share of unified memory Metal recommends for the GPU working set. */
export function metalWorkingSetShare(memoryBytes: number): number {
  return memoryBytes >= 64 * GiB ? 0.75 : 2 / 3;
}

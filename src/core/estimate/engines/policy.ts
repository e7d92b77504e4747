// What an engine policy answers: how many KV cells it allocates, what runtime memory it adds on a
// GPU, how it lays a model over several GPUs, and (pre-allocating engines) what share of each GPU
// it reserves. One file per engine in this folder implements it, each constant with its source.
import type { Engine, MemoryParts } from '../../types';
import type { Architecture } from '../architecture';

export type PolicyArchitecture = Architecture & { family?: string };

export interface KvCells {
  fullCells: number;
  slidingCells: number;
  notes: string[];
}

export interface OverheadResult {
  bytes: number;
  parts: MemoryParts;
  notes: string[];
}

/** A pre-allocating engine's budget on each GPU. */
export interface Reservation {
  /** The default share of each GPU (gpu_memory_utilization, mem_fraction_static, …). */
  defaultShare(gpuBytes: number, ranks: number): number;
  /**
   * How the share is spent: 'all' — weights, activations, graphs and KV pool live inside it
   * (vLLM, TGI); 'static' — only weights and the KV pool (SGLang), the runtime lives in the rest.
   */
  holds: 'all' | 'static';
  /** The flag users set, for messages. */
  flag: string;
  /**
   * The runtime memory the engine measures before sizing its KV pool ('all' engines): vLLM and
   * TGI subtract the profiled activation peak and the memory outside torch, then capture CUDA
   * graphs afterwards.
   */
  measuredRuntime?(o: OverheadResult): number;
}

export interface EnginePolicy {
  readonly engine: Engine;
  /**
   * 'layers': whole layers per device, llama.cpp-style, with the input embeddings on the CPU;
   * 'sharded': tensor-parallel ranks (with optional pipeline stages); 'unified': one memory pool
   * shared by CPU and GPU (Apple silicon).
   */
  readonly placement: 'layers' | 'sharded' | 'unified';
  /** MLA models: the engine caches the compressed latent, not per-head K and V. */
  readonly mlaLatent: boolean;
  /** Cells per full-attention layer and per sliding-window layer, for the whole batch. */
  kvCells(a: PolicyArchitecture, contextTokens: number, batch: number, slidingLayers: number): KvCells;
  /** Runtime memory on a GPU running the model, beyond weights and KV cache. */
  overhead(a: PolicyArchitecture, contextTokens: number, batch: number, flashAttention: boolean): OverheadResult;
  /** Extra memory on each rank when the model is split over several (communication buffers). */
  readonly perRankCommBytes: number;
  readonly reservation?: Reservation;
}

export const padTo = (n: number, step: number) => Math.ceil(n / step) * step;
export const MiB = 2 ** 20;
export const GiB = 2 ** 30;

// Runtime constants shared by several engine policies.
import { MiB } from './policy';

/** CUDA context and allocator slack that no engine reports (a few hundred MiB on current drivers). */
export const CUDA_CONTEXT_BYTES = 300 * MiB;

/**
 * NCCL keeps a buffer of NCCL_BUFFSIZE (4 MiB by default) per channel and direction for each ring
 * or tree it builds (docs.nvidia.com/deeplearning/nccl/user-guide/docs/env.html#nccl-buffsize);
 * with up to 32 channels on NVLink systems that is 4 MiB × 2 × 32 = 256 MiB per rank. Added on
 * every rank of a tensor- or pipeline-parallel group.
 */
export const NCCL_BUFFERS_BYTES = 4 * MiB * 2 * 32;

// Memory a PyTorch training process holds besides its tensors.
const MiB = 2 ** 20;

/**
 * CUDA context of a PyTorch process: driver state and the kernels of torch, cuBLAS and cuDNN
 * loaded lazily (CUDA_MODULE_LOADING=LAZY, PyTorch's default since 1.13 with CUDA ≥ 11.7). PyTorch
 * documents that it is not counted by torch.cuda.memory_reserved and that it varies by GPU and
 * CUDA version (docs.pytorch.org/docs/stable/notes/cuda.html, "Memory management"); on A100/H100 with
 * CUDA 12 it is about 500 MiB.
 */
export const TRAIN_CUDA_CONTEXT_BYTES = 500 * MiB;

/**
 * Workspaces and caching-allocator slack: cuBLAS keeps a workspace per stream and handle (up to
 * 4 MiB × 8 on Hopper, CUBLAS_WORKSPACE_CONFIG), the caching allocator rounds large blocks to
 * 2 MiB and keeps freed blocks for reuse (docs.pytorch.org/docs/stable/notes/cuda.html,
 * "Optimizing memory usage with PYTORCH_CUDA_ALLOC_CONF"), and the optimizer step, gradient
 * clipping and mixed-precision casts allocate short-lived buffers. Taken as 1 GiB: the gap
 * between a model's weights and the smallest training step measured in the published tables
 * (Qwen-1 1.8B and 7B LoRA at 256 tokens, where activations are small).
 */
export const ALLOCATOR_RESERVE_BYTES = 1024 * MiB;

export const FRAMEWORK_FLOOR_BYTES = TRAIN_CUDA_CONTEXT_BYTES + ALLOCATOR_RESERVE_BYTES;

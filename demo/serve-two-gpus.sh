#!/bin/sh
# Two ways llama.cpp splits a model that one GPU cannot hold. Hover over the model names.

# Llama 3.1 70B over two GPUs by layer, half each; 14 of its 80 layers stay in system RAM.
llama-server -m Meta-Llama-3.1-70B-Instruct-Q4_K_M.gguf -c 8192 -ngl 66 --tensor-split 1,1

# Qwen3 30B-A3B on one GPU: the experts of its first 36 of 48 layers stay in system RAM.
llama-server -m Qwen3-30B-A3B-Q4_K_M.gguf -c 32768 -ngl 99 --n-cpu-moe 36

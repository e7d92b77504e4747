#!/usr/bin/env python3
"""Build test/data/corpus/heldout2-runs.jsonl: run-file excerpts (whole lines, read verbatim from the fetched
snapshots at HEAD) with the settings a careful reader takes from them, written by reading before scoring.
Conventions: test/data/corpus/README-runs.md. Selection: test/data/corpus/HELDOUT2.md."""
import json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPLIT = "heldout2-2026-12"
# (id, repo, path, first line, last line, language, settings, family[, debatable])
RUNS = [
    ("kaito-gw-models-json", "kaito-project/kaito", "website/docs/gateway-api-inference-extension.md", 233, 240,
     "markdown", {"at": "phi-4-mini-instruct", "engine": "vllm", "contextTokens": 131072}, "server-reply-json"),
    ("kaito-custom-config-ds14b", "kaito-project/kaito", "examples/inference/kaito_workspace_custom_config.yaml", 1, 34,
     "yaml", {"at": "\"deepseek-r1-distill-qwen-14b\"", "engine": "vllm", "gpuMemoryUtilization": 0.95,
              "contextTokens": 131072, "tensorParallel": 2}, "configmap-then-workspace"),
    ("kaito-llama33-70b", "kaito-project/kaito", "examples/inference/kaito_workspace_llama-3.3_70b_instruct.yaml", 10,
     37, "yaml", {"at": "llama-3.3-70b-instruct", "engine": "vllm", "gpuMemoryUtilization": 0.95,
                  "contextTokens": 16384}, "configmap-then-workspace"),
    ("swift-grpo-sp", "modelscope/ms-swift", "examples/train/sequence_parallel/sequence_parallel_grpo.sh", 1, 18,
     "shellscript", {"at": "Qwen/Qwen2.5-7B", "mode": "full", "quant": "BF16", "seqLen": 2048, "trainBatch": 4},
     "rl-with-rollout-engine", "GRPO run: the trained model's settings and the colocated vLLM rollout's "
     "(vllm_max_model_len, vllm_tensor_parallel_size) sit in one command"),
    ("swift-sft-packing", "modelscope/ms-swift", "examples/train/packing/llm.sh", 1, 25, "shellscript",
     {"at": "Qwen/Qwen2.5-7B-Instruct", "mode": "lora", "quant": "BF16", "trainBatch": 1, "loraRank": 8,
      "seqLen": 2048, "flashAttention": True}, "training-cli"),
    ("swift-sft-grounding", "modelscope/ms-swift", "examples/train/multimodal/grounding.sh", 1, 26, "shellscript",
     {"at": "Qwen/Qwen2-VL-7B-Instruct", "mode": "lora", "quant": "BF16", "trainBatch": 1, "loraRank": 8,
      "seqLen": 2048}, "training-cli"),
    ("swift-app-vllm", "modelscope/ms-swift", "examples/app/llm/vllm.sh", 1, 8, "shellscript",
     {"at": "Qwen/Qwen2.5-7B-Instruct", "engine": "vllm", "gpuMemoryUtilization": 0.9, "contextTokens": 8192},
     "prefixed-engine-flags"),
    ("swift-app-sglang", "modelscope/ms-swift", "examples/app/llm/sglang.sh", 1, 7, "shellscript",
     {"at": "Qwen/Qwen2.5-7B-Instruct", "engine": "sglang"}, "prefixed-engine-flags"),
    ("swift-app-mllm", "modelscope/ms-swift", "examples/app/mllm.sh", 1, 13, "shellscript",
     {"at": "Qwen/Qwen2.5-VL-7B-Instruct", "engine": "vllm", "gpuMemoryUtilization": 0.9, "contextTokens": 8192},
     "prefixed-engine-flags"),
    ("swift-ascend-deploy", "modelscope/ms-swift", "examples/ascend/deploy/vllm.sh", 1, 4, "shellscript",
     {"at": "Qwen/Qwen2.5-7B-Instruct", "engine": "vllm"}, "served-name-repeats-model"),
    ("swift-ascend-dp-tp", "modelscope/ms-swift", "examples/ascend/infer/vllm/dp_tp.sh", 1, 11, "shellscript",
     {"at": "Qwen/Qwen3-8B", "engine": "vllm", "gpuMemoryUtilization": 0.9, "contextTokens": 8192,
      "tensorParallel": 2}, "prefixed-engine-flags"),
    ("yi-vl-swift-infer", "01-ai/Yi", "Cookbook/en/ecosystem/yi-vl-best-practice.md", 22, 27, "markdown",
     {"at": "yi-vl-6b-chat"}, "states-nothing"),
    ("trt-llama2-build", "triton-inference-server/tensorrtllm_backend", "docs/llama.md", 36, 50, "markdown",
     {"at": "meta-llama/Llama-2-7b-hf", "quant": "F16", "batch": 64}, "convert-then-build"),
    ("trt-llmapi-tinyllama", "triton-inference-server/tensorrtllm_backend", "README.md", 108, 116, "markdown",
     {"at": "TinyLlama/TinyLlama-1.1B-Chat-v1.0"}, "states-nothing"),
    ("trt-llmapi-llama3-70b", "triton-inference-server/tensorrtllm_backend", "README.md", 272, 278, "markdown",
     {"at": "meta-llama/Meta-Llama-3-70B", "tensorParallel": 4, "pipelineParallel": 2}, "llm-api-yaml"),
    ("trt-llmapi-mixtral", "triton-inference-server/tensorrtllm_backend", "README.md", 280, 289, "markdown",
     {"at": "mistralai/Mixtral-8x22B-v0.1", "tensorParallel": 8}, "moe-parallel-keys"),
    ("atom-qwen35-fp8", "ROCm/ATOM", "recipes/atom_vllm/Qwen3.5.md", 17, 38, "markdown",
     {"at": "Qwen/Qwen3.5-397B-A17B-FP8", "engine": "vllm", "kvCacheQuant": "FP8", "tensorParallel": 8,
      "contextTokens": 16384, "gpuMemoryUtilization": 0.8}, "shell-variable-value"),
    ("atom-dsv32", "ROCm/ATOM", "recipes/atom_vllm/DeepSeek-V3.2.md", 15, 34, "markdown",
     {"at": "deepseek-ai/DeepSeek-V3.2", "engine": "vllm", "tensorParallel": 4, "kvCacheQuant": "FP8",
      "contextTokens": 16384, "gpuMemoryUtilization": 0.9}, "shell-variable-value"),
    ("atom-dspark-v4", "ROCm/ATOM", "recipes/DSpark.md", 36, 49, "markdown",
     {"at": "/data/DeepSeek-V4-Pro-DSpark", "tensorParallel": 8, "kvCacheQuant": "FP8"}, "other-engine"),
    ("kt-glm5-fp8", "kvcache-ai/ktransformers", "doc/en/kt-kernel/GLM-5-Tutorial.md", 72, 96, "markdown",
     {"at": "/path/to/GLM-5-FP8", "engine": "sglang", "tensorParallel": 8, "gpuMemoryUtilization": 0.75},
     "cpu-gpu-experts"),
    ("kt-glm47-bf16", "kvcache-ai/ktransformers", "doc/en/kt-kernel/Native-Precision-Tutorial.md", 111, 131,
     "markdown", {"at": "/path/to/GLM-4.7/", "engine": "sglang", "tensorParallel": 8, "gpuMemoryUtilization": 0.8,
                  "batch": 2}, "cpu-gpu-experts"),
    ("smollm2-eval-base", "huggingface/smollm", "text/evaluation/smollm2/README.md", 24, 28, "markdown",
     {"at": "HuggingFaceTB/SmolLM2-1.7B", "engine": "vllm", "quant": "BF16", "gpuMemoryUtilization": 0.8,
      "contextTokens": 2048}, "model-args-string"),
    ("smollm2-eval-instruct", "huggingface/smollm", "text/evaluation/smollm2/README.md", 33, 37, "markdown",
     {"at": "HuggingFaceTB/SmolLM2-1.7B-Instruct", "engine": "vllm", "quant": "BF16", "gpuMemoryUtilization": 0.8,
      "contextTokens": 2048}, "model-args-string"),
    ("smollm3-eval-base", "huggingface/smollm", "text/evaluation/smollm3/README.md", 25, 33, "markdown",
     {"at": "HuggingFaceTB/SmolLM3-3B-Base", "engine": "vllm", "quant": "BF16", "contextTokens": 32768,
      "tensorParallel": 2, "gpuMemoryUtilization": 0.7}, "model-args-string"),
    ("smollm3-eval-mid", "huggingface/smollm", "text/evaluation/smollm3/README.md", 39, 45, "markdown",
     {"at": "HuggingFaceTB/SmolLM3-3B-checkpoints", "engine": "vllm", "quant": "BF16", "contextTokens": 32768,
      "tensorParallel": 2, "gpuMemoryUtilization": 0.8}, "model-args-string"),
    ("webllm-get-started", "mlc-ai/web-llm", "examples/get-started/src/get_started.ts", 16, 29, "typescript",
     {"at": "Llama-3.1-8B-Instruct-q4f32_1-MLC", "contextTokens": 2048}, "webllm-engine-config"),
    ("llmd-fma-model", "llm-d/llm-d-benchmark", "config/scenarios/examples/fma.yaml", 13, 53, "yaml",
     {"at": "meta-llama/Llama-3.1-8B-Instruct"}, "states-nothing"),
    ("hfjs-vllm-snippet", "huggingface/huggingface.js", "packages/tasks/src/local-apps.spec.ts", 50, 63,
     "typescript", {"at": "meta-llama/Llama-3.2-3B-Instruct", "engine": "vllm"}, "client-beside-server"),
    ("tt-media-vllm-env", "tenstorrent/tt-inference-server", "tt-media-server/README.md", 994, 1001, "markdown",
     {"at": "meta-llama/Llama-3.2-3B-Instruct", "engine": "vllm", "contextTokens": 2048, "batch": 1,
      "gpuMemoryUtilization": 0.1}, "env-defaults-table"),
    ("runpod-sglang-env", "runpod-workers/worker-sglang", "README.md", 15, 37, "markdown",
     {"at": "meta-llama/Meta-Llama-3-8B-Instruct", "tensorParallel": 1}, "env-defaults-table"),
]

out = []
for rec in RUNS:
    rid, repo, path, a, b, lang, settings, family = rec[:8]
    git = f"/work/.mirror/{repo.replace('/', '+')}/repo"
    commit = subprocess.run(["git", "--git-dir", git, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    text = subprocess.run(["git", "--git-dir", git, "show", f"HEAD:{path}"], capture_output=True, text=True,
                          check=True).stdout.split("\n")[a - 1:b]
    text = "\n".join(text)
    if isinstance(settings["at"], str) and settings["at"] not in text:
        raise SystemExit(f"{rid}: {settings['at']!r} not in excerpt")
    if settings["at"].startswith('"'):  # a quoted name: the offset of the name inside the quotes
        settings = dict(settings, at=text.index(settings["at"]) + 1)
    r = {"id": f"ho2-{rid}", "source": {"repo": repo, "path": path, "commit": commit, "line": a, "lines": f"{a}-{b}",
         "url": f"https://github.com/{repo}/blob/{commit}/{path}#L{a}-L{b}"},
         "language": lang, "text": text, "settings": settings, "family": family, "split": SPLIT}
    if len(rec) > 8:
        r["debatable"] = rec[8]
    out.append(r)
with open(os.path.join(ROOT, "test/data/corpus/heldout2-runs.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "run excerpts;", sum(1 for r in out if "debatable" in r), "debatable;",
      len({r["source"]["repo"] for r in out}), "repos")

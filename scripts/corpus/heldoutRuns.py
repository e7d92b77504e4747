#!/usr/bin/env python3
"""Rebuild test/data/corpus/heldout-runs.jsonl: excerpts (whole lines, verbatim, from the fetched snapshots in
/work/.mirror at HEAD) with the settings written by reading them (conventions: test/data/corpus/README-runs.md).
Each entry: id, repo, path, first line, last line, family, settings (at = the model label), optional debatable."""
import json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
V, S, GU = "vllm", "sglang", "gpuMemoryUtilization"
RUNS = [
    ("dstack-gptoss-amd-vars", "dstackai/dstack", "examples/models/gpt-oss/amd/120b.dstack.yml", 1, 31,
     "variable-holding-model", {"at": "openai/gpt-oss-120b", "engine": V}),
    ("dstack-vllm-qwen36", "dstackai/dstack", "mkdocs/docs/examples/inference/vllm.md", 21, 46,
     "multiline-backslash", {"at": "Qwen/Qwen3.6-27B", "engine": V, "contextTokens": 262144}),
    ("dstack-sglang-serve-qwen36", "dstackai/dstack", "mkdocs/docs/examples/inference/sglang.md", 24, 51,
     "multiline-backslash", {"at": "Qwen/Qwen3.6-27B", "engine": S, "contextTokens": 262144, GU: 0.8}),
    ("dstack-tpu-tgi-env", "dstackai/dstack", "mkdocs/docs/examples/accelerators/tpu.md", 35, 52,
     "env-var-settings", {"at": "meta-llama/Meta-Llama-3.1-8B-Instruct", "engine": "tgi", "contextTokens": 4096}),
    ("dstack-tpu-vllm-env", "dstackai/dstack", "mkdocs/docs/examples/accelerators/tpu.md", 66, 100,
     "env-var-settings", {"at": "meta-llama/Meta-Llama-3.1-8B-Instruct", "engine": V, "tensorParallel": 4,
                          "contextTokens": 4096}),
    ("gpustack-r1-sglang-tp", "gpustack/gpustack", "docs/performance-lab/deepseek-r1/h200.md", 10, 13,
     "one-line", {"at": "deepseek-ai/DeepSeek-R1-0528", "engine": S, "tensorParallel": 8}),
    ("gpustack-r1-sglang-eagle", "gpustack/gpustack", "docs/performance-lab/deepseek-r1/h200.md", 252, 255,
     "speculative-without-draft-model", {"at": "deepseek-ai/DeepSeek-R1-0528", "engine": S, "tensorParallel": 8}),
    ("gpustack-v32-vllm-short-tp", "gpustack/gpustack", "docs/performance-lab/deepseek-v3.2/h200.md", 349, 352,
     "short-flags", {"at": "deepseek-ai/DeepSeek-V3.2", "engine": V, "tensorParallel": 8, "contextTokens": 32768}),
    ("gpustack-v32-sglang-equals", "gpustack/gpustack", "docs/performance-lab/deepseek-v3.2/h200.md", 610, 620,
     "multiline-backslash", {"at": "deepseek-ai/DeepSeek-V3.2", "engine": S, "tensorParallel": 8,
                             "contextTokens": 32768}),
    ("gpustack-glm-air-fp8", "gpustack/gpustack", "docs/performance-lab/glm-4.5-air/a100.md", 152, 156,
     "format-in-name", {"at": "zai-org/GLM-4.5-Air-FP8", "engine": S, "tensorParallel": 4}),
    ("gpustack-gptoss-sglang-bare", "gpustack/gpustack", "docs/performance-lab/gpt-oss-20b/a100.md", 115, 119,
     "states-little", {"at": "openai/gpt-oss-20b", "engine": S}),
    ("gpustack-gptoss-batched-tokens", "gpustack/gpustack", "docs/performance-lab/gpt-oss-20b/a100.md", 196, 206,
     "batched-tokens-not-batch", {"at": "openai/gpt-oss-20b", "engine": V}),
    ("aibrix-autoscaling-r1-8b", "vllm-project/aibrix", "samples/autoscaling/deploy.yaml", 25, 43,
     "k8s-args-list", {"at": "deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "engine": V, "quant": "F16",
                       "contextTokens": 12288}),
    ("aibrix-adapter-qwen-quoted-args", "vllm-project/aibrix", "samples/adapter/adapter-s3-example.yaml", 92, 115,
     "k8s-args-list", {"at": "Qwen2.5-7B-Instruct", "engine": V, "tensorParallel": 2, GU: 0.75,
                       "contextTokens": 4096, "batch": 16}),
    ("aibrix-advanced-k8s-r1-8b", "vllm-project/aibrix", "docs/source/getting_started/advanced-k8s-examples.rst",
     59, 73, "k8s-args-list", {"at": "deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "engine": V,
                                "contextTokens": 12288}),
    ("kserve-llmisvc-vllm-env-args", "kserve/kserve",
     "docs/samples/llmisvc/agentic-tool-calling/llmisvc-single-gpu.yaml", 6, 38, "vllm-env-args",
     {"at": "Qwen/Qwen3-Coder-30B-A3B-Instruct-FP8", "engine": V}),
    ("kserve-llmisvc-amd-nothing", "kserve/kserve",
     "docs/samples/llmisvc/multi-gpu-vendor/llm-inference-service-qwen2-7b-amd-no-scheduler.yaml", 1, 32,
     "states-nothing", {"at": "Qwen/Qwen2.5-7B-Instruct"}),
    ("kserve-llmisvc-kv-offload-nothing", "kserve/kserve",
     "docs/samples/llmisvc/kv-cache-offloading/llm-inference-service-kv-cache-offloading.yaml", 1, 39,
     "states-nothing", {"at": "Qwen/Qwen2.5-7B-Instruct"}),
    ("bento-jamba-mini-tp", "bentoml/BentoVLLM", ".github/jamba1.6-mini.yaml", 1, 19, "bentoml-args",
     {"at": "ai21labs/AI21-Jamba-Mini-1.6", "tensorParallel": 4}),
    ("bento-llama31-kv-offload", "bentoml/BentoVLLM", ".github/llama3.1-8b-kv-offloading.yaml", 1, 28,
     "bentoml-args", {"at": "meta-llama/Meta-Llama-3.1-8B-Instruct", "tensorParallel": 1, "contextTokens": 16384}),
    ("bento-llama4-scout-cli-args", "bentoml/BentoVLLM", ".github/llama4-17b-scout-instruct.yaml", 1, 18,
     "bentoml-args", {"at": "meta-llama/Llama-4-Scout-17B-16E-Instruct", "tensorParallel": 8,
                      "contextTokens": 1000000}),
    ("bento-qwen3-coder-480b", "bentoml/BentoVLLM", ".github/qwen3-coder-408b-a35b.yaml", 1, 17, "bentoml-args",
     {"at": "Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8", "tensorParallel": 4, "contextTokens": 32768}),
    ("bento-qwen3-next-name-mismatch", "bentoml/BentoVLLM", ".github/qwen3-next-80b-a3b.yaml", 1, 21,
     "bentoml-args", {"at": "Qwen/Qwen3-30B-A3B-Instruct-2507-FP8", "tensorParallel": 4, "contextTokens": 262144}),
    ("harbor-vllm-model-then-args", "av/harbor", "docs/2.2.3-Backend&colon-vLLM.md", 153, 156, "tool-wrapper-args",
     {"at": "Qwen/Qwen3.6-35B-A3B", "engine": V, "contextTokens": 4096, GU: 0.8, "quant": "F16"}),
    ("harbor-vllm-docker-strix", "av/harbor", "docs/2.2.3-Backend&colon-vLLM.md", 174, 195, "multiline-backslash",
     {"at": "Qwen/Qwen3.6-35B-A3B", "engine": V, "contextTokens": 4096, GU: 0.9, "batch": 1}),
    ("harbor-vllm-docker-awq", "av/harbor", "docs/2.2.3-Backend&colon-vLLM.md", 199, 220, "multiline-backslash",
     {"at": "cyankiwi/Qwen3.6-35B-A3B-AWQ-4bit", "engine": V, "contextTokens": 4096, GU: 0.9, "batch": 8}),
    ("harbor-sglang-model-then-args", "av/harbor", "docs/2.2.12-Backend&colon-SGLang.md", 36, 55,
     "tool-wrapper-args", {"at": "Qwen/Qwen3.5-4B", "engine": S, "contextTokens": 2048}),
    ("lighteval-vllm-config", "huggingface/lighteval", "examples/model_configs/vllm_model_config.yaml", 1, 31,
     "eval-config", {"at": "HuggingFaceTB/SmolLM2-1.7B-Instruct", "quant": "F16", "tensorParallel": 1,
                     "pipelineParallel": 1, GU: 0.4, "batch": 1}),
    ("lighteval-sglang-config", "huggingface/lighteval", "examples/model_configs/sglang_model_config.yaml", 1, 29,
     "eval-config", {"at": "HuggingFaceTB/SmolLM-1.7B-Instruct", "tensorParallel": 1, GU: 0.8}),
    ("lighteval-quantized-4bit", "huggingface/lighteval", "examples/model_configs/quantized_model.yaml", 1, 6,
     "eval-config", {"at": "HuggingFaceH4/zephyr-7b-beta", "batch": 1}),
    ("lighteval-peft-config", "huggingface/lighteval", "examples/model_configs/peft_model.yaml", 1, 14,
     "eval-config", {"at": "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", "quant": "F16", "contextTokens": 2048,
                     "batch": 10}),
    ("lighteval-transformers-config", "huggingface/lighteval", "examples/model_configs/transformers_model.yaml",
     1, 17, "eval-config", {"at": "HuggingFaceTB/SmolLM2-1.7B-Instruct", "quant": "F16", "batch": 1}),
    ("aphrodite-lora-nothing", "PygmalionAI/aphrodite-engine", "docs/pages/adapters/lora.md", 48, 52,
     "states-nothing", {"at": "meta-llama/Llama-2-7b-hf"}),
    ("aphrodite-kv-fp8", "PygmalionAI/aphrodite-engine", "docs/pages/quantization/kv-cache.md", 46, 48, "one-line",
     {"at": "meta-llama/Llama-2-7b-chat-hf", "kvCacheQuant": "FP8"}),
    ("lmcache-vllm-serve", "LMCache/LMCache", "README.md", 29, 31, "wrapper-command",
     {"at": "lmsys/longchat-7b-16k", "engine": V, GU: 0.8}),
    ("lmcache-two-instances", "LMCache/LMCache", "README.md", 50, 59, "neighbour-commands",
     {"at": "lmsys/longchat-7b-16k", "engine": V, GU: 0.8}),
    ("openrlhf-sft-heredoc", "OpenRLHF/OpenRLHF", "examples/scripts/train_sft.sh", 1, 31, "training-script",
     {"at": "meta-llama/Meta-Llama-3-8B", "mode": "full", "trainBatch": 2, "seqLen": 2048, "quant": "BF16",
      "flashAttention": True, "gradientCheckpointing": True}),
    ("openrlhf-dpo-heredoc", "OpenRLHF/OpenRLHF", "examples/scripts/train_dpo_llama.sh", 1, 33, "training-script",
     {"at": "OpenRLHF/Llama-3-8b-sft-mixture", "mode": "full", "trainBatch": 1, "seqLen": 8192, "quant": "BF16",
      "flashAttention": True, "gradientCheckpointing": True}),
    ("verl-grpo-lora-rollout", "volcengine/verl", "examples/grpo_trainer/run_qwen2_5-3b_gsm8k_grpo_lora.sh", 1, 51,
     "training-script", {"at": "Qwen/Qwen2.5-3B-Instruct", "mode": "lora", "loraRank": 64,
                         "gradientCheckpointing": True, "trainBatch": 40, "engine": V, "tensorParallel": 2, GU: 0.6},
     "RL script: the trained actor's settings and its vLLM rollout's settings (TP, memory) in one command"),
    ("mlxvlm-generate-first", "Blaizzy/mlx-vlm", "README.md", 121, 133, "neighbour-commands",
     {"at": "mlx-community/Qwen2-VL-2B-Instruct-4bit", "engine": "mlx"}),
    ("mlxvlm-generate-gemma3n", "Blaizzy/mlx-vlm", "README.md", 121, 133, "neighbour-commands",
     {"at": "mlx-community/gemma-3n-E2B-it-4bit", "engine": "mlx"}),
    ("mlxvlm-server-multiline", "Blaizzy/mlx-vlm", "README.md", 165, 171, "multiline-backslash",
     {"at": "Qwen/Qwen3.5-4B", "engine": "mlx"}),
    ("nim-azureml-commented-profile", "NVIDIA/nim-deploy",
     "cloud-service-providers/azure/azureml/cli/scripts/azureml_files/deployment.yml", 27, 41, "commented-alternative",
     {"at": "Llama 70b"}),
]


def language(path):
    for ext, lang in ((".md", "markdown"), (".rst", "restructuredtext"), (".yaml", "yaml"), (".yml", "yaml"),
                      (".sh", "shellscript"), (".py", "python")):
        if path.endswith(ext):
            return lang
    return "plaintext"


out = []
for entry in RUNS:
    rid, repo, path, a, b, family, settings = entry[:7]
    git = f"/work/.mirror/{repo.replace('/', '+')}/repo"
    commit = subprocess.run(["git", "--git-dir", git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    lines = subprocess.run(["git", "--git-dir", git, "show", f"HEAD:{path}"], capture_output=True,
                           text=True, check=True).stdout.split("\n")
    text = "\n".join(lines[a - 1:b])
    if settings["at"] not in text:
        raise SystemExit(f"{rid}: {settings['at']!r} not in excerpt")
    rec = {"id": rid, "source": {"repo": repo, "path": path, "commit": commit, "line": a, "lines": f"{a}-{b}",
                                 "url": f"https://github.com/{repo}/blob/{commit}/{path}#L{a}-L{b}"},
           "language": language(path), "text": text, "settings": settings, "family": family, "split": "heldout-2026-12"}
    if len(entry) > 7:
        rec["debatable"] = entry[7]
    out.append(rec)
with open(os.path.join(ROOT, "test/data/corpus/heldout-runs.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "excerpts from", len({r["source"]["repo"] for r in out}), "repositories")

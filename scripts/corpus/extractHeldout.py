#!/usr/bin/env python3
"""Draw candidate lines for test/data/corpus/heldout-lines.jsonl (or, with --set 2, heldout2-lines.jsonl) from
fetched repository snapshots.

Mechanical and independent of any recognizer: `git grep` at each snapshot's HEAD for a label pattern
and a look-alike pattern, lines of 6..240 characters, duplicates dropped, and per repository the
N lines of each pattern with the smallest sha1("repo:path:line"). Prints JSON lines (candidates);
labels are written by hand afterwards (scripts/corpus/heldoutLabels.py).
"""
import hashlib, json, re, subprocess, sys

# The held-out sets: `--set 2` draws the second (HELDOUT2.md), from other repositories and file kinds.
SETS = {
    "1": ("""dstackai/dstack gpustack/gpustack theroyallab/tabbyAPI xorbitsai/inference PygmalionAI/aphrodite-engine
exo-explore/exo vllm-project/aibrix kserve/kserve docker/awesome-compose NVIDIA/nim-deploy InternLM/xtuner
OpenRLHF/OpenRLHF bentoml/BentoVLLM Blaizzy/mlx-vlm LMCache/LMCache huggingface/lighteval SillyTavern/SillyTavern
ray-project/ray-llm volcengine/verl ollama-webui/ollama-webui-lite jupyterhub/zero-to-jupyterhub-k8s av/harbor""".split(),
          r"\.(py|ya?ml|json|sh|md|mdx|toml|txt|cfg|conf|rst|js|ts|env)$|Dockerfile|Modelfile|compose"),
    "2": ("""Jeffser/Alpaca kaito-project/kaito lmstudio-ai/lms huggingface/huggingface.js modelscope/ms-swift
kvcache-ai/ktransformers turboderp-org/exllamav3 AlexsJones/llmfit llm-d/llm-d-benchmark tenstorrent/tt-inference-server
01-ai/Yi huggingface/smollm sophgo/LLM-TPU ShelbyJenkins/llm_client PaddlePaddle/FastDeploy mlc-ai/web-llm
nginxinc/docker-nginx""".split(),
          r"\.(py|ya?ml|json|sh|md|mdx|toml|txt|cfg|conf|rst|js|ts|tsx|env|ipynb|go|rs)$|Dockerfile|Modelfile|compose"),
}
ARGS = sys.argv[1:]
SET = "1"
if ARGS[:1] == ["--set"]:
    SET, ARGS = ARGS[1], ARGS[2:]
REPOS, EXTS = SETS[SET]
# label shapes: size tokens, GGUF names and types, dtype/format words, Ollama tags
LABEL = (r"\b[0-9]+(\.[0-9]+)?[bBmM]\b|\bQ[2-8]_(K|[01])|\.gguf|\b(bf16|fp16|fp8|bfloat16|float16|awq|gptq|int4|int8)\b"
         r"|[0-9]-?bit\b|:[0-9.]+[bB]\b")
# look-alikes: a digit glued to a unit or letter (bytes, durations, k8s cpu/memory, versions, hex, percent)
LOOK = (r"\b[0-9]+(\.[0-9]+)?(GB|GiB|Gi|Mi|MB|TB|G|M|m|ms|s|h|k|K|x)\b|\bv[0-9]+\.[0-9]+|\b[0-9a-f]{7,40}\b"
        r"|[0-9]+(\.[0-9]+)?%")
PER = int(ARGS[0]) if len(ARGS) > 0 else 5
# optional second pass: only files whose path matches this expression, label grep only
ONLY = ARGS[1] if len(ARGS) > 1 else None


def grep(git, pattern):
    out = subprocess.run(["git", "--git-dir", git, "grep", "-n", "-I", "-E", pattern, "HEAD"],
                         capture_output=True, text=True, errors="replace").stdout
    for row in out.splitlines():
        parts = row.split(":", 3)
        if len(parts) < 4 or not parts[2].isdigit():
            continue
        _, path, line, text = parts
        if ONLY and not re.search(ONLY, path):
            continue
        if re.search(EXTS, path) and 6 <= len(text) <= 240 and "lock" not in path:
            yield path, int(line), text


for repo in REPOS:
    git = f"/work/.mirror/{repo.replace('/', '+')}/repo"
    commit = subprocess.run(["git", "--git-dir", git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    seen = set()
    for fam, pat in (("label-grep", LABEL),) + (() if ONLY else (("lookalike-grep", LOOK),)):
        rows = []
        for path, line, text in grep(git, pat):
            if fam == "lookalike-grep" and re.search(LABEL, text):
                continue
            if text.strip() in seen:
                continue
            seen.add(text.strip())
            rows.append((hashlib.sha1(f"{repo}:{path}:{line}".encode()).hexdigest(), path, line, text))
        for h, path, line, text in sorted(rows)[:PER]:
            print(json.dumps({"id": f"{repo.split('/')[1].lower()[:16]}-{h[:8]}", "grep": fam,
                              "source": {"repo": repo, "path": path, "commit": commit, "line": line}, "text": text}))

#!/usr/bin/env python3
"""Builds test/data/corpus/formats17.jsonl: real lines for the format families of MLC LLM / WebLLM
(q4f16_1, q0f16, ...), EXL3, the K-quant shorthand (q4k, q4km, iq4nl), the experts form written with
a star (8*7B) and Ollama tag parts (7b-q3_K_S), with look-alikes that must stay silent.

Lines come from repository snapshots in /work/.mirror (owner+name/repo, read at HEAD, whose commit is
recorded). They were found by grepping every snapshot that is not a held-out repository
(test/data/corpus/HELDOUT.md, HELDOUT2.md) for the patterns of each family, then read and labelled by
hand. Three labels were changed after the first run, each to what the corpus conventions already said:
"float16" beside "q4f16" is a dtype label; mistral.rs's "q4k" is its in-situ type (codeFormat.ts reads
"--isq q4k" the same way); a relative path's first folder is not a Hub owner. Conventions:
test/data/corpus/README.md. Usage: python3 scripts/corpus/buildFormats17.py
"""
import json
import os
import subprocess

MIRROR = "/work/.mirror"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "data", "corpus", "formats17.jsonl")
G = 1e9
LLAMA3_8B, LLAMA32_3B, LLAMA2_13B = 8030261248, 3212749824, 13015864320
QWEN25_05B, QWEN3_06B, QWEN3_17B = 494032768, 596049920, 1720574976
PHI35_MINI, MISTRAL7B_V02 = 3821079552, 7241732096
R1_QWEN7B, R1_QWEN14B = 7615616512, 14770033664
MIXTRAL_8X7B = 46702792704
GEMMA3_27B, MISTRAL_SMALL_31 = 27432406640, 24011361280
# Bits per weight of each format's type, as the recognizer's label carries it (data/quantFormats.ts,
# data/mlcFormats.ts): MLC from its group layout, EXL3 from the label, GGUF from ggml-common.h.
BPW = {"q4f16_1": 4.5, "q4f16_0": 4.5, "q4f32_1": 5.0, "q3f16_1": 3.6, "q3f16_0": 3.6, "q0f16": 16, "q0bf16": 16,
       "q0f32": 32, "q4f16_ft": 4, "Q4_K_M": 4.5, "Q2_K": 2.625, "IQ4_NL": 4.5, "Q6_K": 6.5625, "Q4_0": 4.5,
       "Q8_0": 8.5, "F16": 16, "EXL3": 4, "Q4_K_S": 4.5}


def L(text, kind="model", p=None, a=None, q=None, m=None, nth=1, bpw=None):
    return {"text": text, "kind": kind, "params": p, "activeParams": a, "quant": q, "model": m, "nth": nth,
            "bitsPerWeight": bpw if bpw is not None else (BPW.get(q) if q else None)}


# (repo, path, line, language, family, labels | "N:negative family" | "D:why debatable")
SPECS = [
    # --- MLC LLM / WebLLM formats
    ("instill-ai/models", "deepseek-r1-distill-qwen-7b/README.md", 38, "markdown", "mlc-model",
     [L("mlc-ai/DeepSeek-R1-Distill-Qwen-14B-q4f32_1-MLC", p=R1_QWEN14B, q="q4f32_1",
        m="deepseek-ai/DeepSeek-R1-Distill-Qwen-14B")]),
    ("instill-ai/models", "deepseek-r1-distill-qwen-7b/v0.1.0/model.py", 14, "python", "mlc-model",
     [L("DeepSeek-R1-Distill-Qwen-7B-q4f16_1-MLC", p=R1_QWEN7B, q="q4f16_1", m="deepseek-ai/DeepSeek-R1-Distill-Qwen-7B")]),
    ("instill-ai/models", "llama-3-2-3b-instruct/v0.1.1/model.py", 14, "python", "mlc-model",
     [L("Llama-3.2-3B-Instruct-q4f16_0-MLC", p=LLAMA32_3B, q="q4f16_0", m="meta-llama/Llama-3.2-3B")]),
    ("instill-ai/models", "qwen-2-5-coder-0.5B-instruct/README.md", 40, "markdown", "mlc-model",
     [L("mlc-ai/Qwen2.5-Coder-0.5B-Instruct-q0f16-MLC", p=QWEN25_05B, q="q0f16"),
      L("Qwen2.5-Coder-0.5B-Instruct-q0f16-MLC", p=QWEN25_05B, q="q0f16", nth=2)]),
    ("simonw/llm", "docs/changelog.md", 781, "markdown", "mlc-model",
     [L("mlc-chat-Llama-2-13b-chat-hf-q4f16_1", p=LLAMA2_13B, q="q4f16_1", m="meta-llama/Llama-2-13b-hf")]),
    ("meta-llama/llama-recipes", "getting-started/inference/mobile_inference/android_inference/mlc-package-config.json",
     5, "json", "mlc-model", [L("mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC", p=LLAMA3_8B, q="q4f16_1")]),
    ("mlc-ai/mlc-llm", "android/MLCChat/mlc-package-config.json", 5, "json", "mlc-model",
     [L("mlc-ai/Phi-3.5-mini-instruct-q4f16_0-MLC", p=PHI35_MINI, q="q4f16_0")]),
    ("mlc-ai/mlc-llm", "android/MLCChat/mlc-package-config.json", 13, "json", "mlc-model",
     [L("mlc-ai/Qwen3-0.6B-q0f16-MLC", p=QWEN3_06B, q="q0f16")]),
    ("mlc-ai/mlc-llm", "android/MLCChat/mlc-package-config.json", 22, "json", "mlc-model",
     [L("mlc-ai/Qwen3-1.7B-q4f16_1-MLC", p=QWEN3_17B, q="q4f16_1")]),
    ("mlc-ai/mlc-llm", "docs/compilation/compile_models.rst", 98, "restructuredtext", "mlc-format",
     [L("q4f16_1", "quant", q="q4f16_1"), L("q0f32", "quant", q="q0f32")]),
    ("mlc-ai/mlc-llm", "docs/compilation/compile_models.rst", 925, "restructuredtext", "mlc-format",
     [L("q0f16", "quant", q="q0f16"), L("q0f32", "quant", q="q0f32"), L("q3f16_1", "quant", q="q3f16_1"),
      L("q4f16_1", "quant", q="q4f16_1"), L("q4f32_1", "quant", q="q4f32_1")]),
    ("mlc-ai/mlc-llm", "docs/compilation/package_libraries_and_weights.rst", 61, "restructuredtext", "mlc-model",
     [L("mlc-ai/Mistral-7B-Instruct-v0.2-q3f16_1-MLC", p=MISTRAL7B_V02, q="q3f16_1")]),
    ("mlc-ai/mlc-llm", "docs/deploy/webllm.rst", 52, "restructuredtext", "mlc-model",
     [L("Llama-3-8B-Instruct-q4f32_1-MLC", p=LLAMA3_8B, q="q4f32_1", m="meta-llama/Meta-Llama-3-8B")]),
    ("mlc-ai/mlc-llm", "docs/get_started/introduction.rst", 224, "restructuredtext", "mlc-format",
     [L("q0f16", "quant", q="q0f16")]),
    ("mlc-ai/mlc-llm", "examples/python/sample_mlc_engine.py", 6, "python", "mlc-model",
     [L("mlc-ai/Llama-3-8B-Instruct-q4f16_1-MLC", p=LLAMA3_8B, q="q4f16_1")]),
    ("mlc-ai/mlc-llm", "ios/MLCEngineExample/mlc-package-config.json", 5, "json", "mlc-model",
     [L("mlc-ai/Llama-3-8B-Instruct-q3f16_1-MLC", p=LLAMA3_8B, q="q3f16_1")]),
    ("mlc-ai/mlc-llm", "tests/python/integration/test_model_compile.py", 70, "python", "mlc-format",
     [L("q4f16_ft", "quant", q="q4f16_ft")]),
    ("mlc-ai/mlc-llm", "python/mlc_llm/interface/compile.py", 158, "python", "mlc-format",
     [L("q3f16_0", "quant", q="q3f16_0"), L("q4f16_0", "quant", q="q4f16_0")]),
    ("mlc-ai/mlc-llm", "python/mlc_llm/interface/compiler_flags.py", 108, "python", "mlc-format",
     [L("q0f16", "quant", q="q0f16"), L("q0bf16", "quant", q="q0bf16"), L("q0f32", "quant", q="q0f32")]),
    # "q4f16" without its variant is no MLC format; the dtype beside it is one
    ("mlc-ai/mlc-llm", "python/mlc_llm/model/model_preset.py", 1976, "python", "mlc-prefix-without-variant",
     [L("float16", "quant", q="F16")]),
    ("dinoml/model-configs-rs", "corpus/unresolved-report-candidates.json", 7271, "json",
     "N:mlc-prefix-without-variant", None),
    # --- EXL3
    ("turboderp/exllamav2", "tests/test_gemv.py", 32, "python", "exl3-path",
     [L("tiefighter-13b-exl3", p=13 * G, q="EXL3"), L("4.0bpw", "quant", q="EXL3", bpw=4.0)]),
    ("oobabooga/text-generation-webui", "README.md", 69, "markdown", "exl3-format", [L("EXL3", "quant", q="EXL3")]),
    ("oobabooga/text-generation-webui", "README.md", 71, "markdown", "exl3-format",
     [L("16-bit", "quant", q="F16"), L("EXL3", "quant", q="EXL3")]),
    ("oobabooga/text-generation-webui", "docs/04 - Model Tab.md", 56, "markdown", "exl3-format",
     [L("EXL3", "quant", q="EXL3"), L("EXL3", "quant", q="EXL3", nth=2), L("exl3", "quant", q="EXL3")]),
    ("oobabooga/text-generation-webui", "docs/Multimodal Tutorial.md", 59, "markdown", "exl3-model",
     [L("turboderp/gemma-3-27b-it-exl3", p=GEMMA3_27B, q="EXL3")]),
    ("oobabooga/text-generation-webui", "docs/Multimodal Tutorial.md", 60, "markdown", "exl3-model",
     [L("turboderp/Mistral-Small-3.1-24B-Instruct-2503-exl3", p=MISTRAL_SMALL_31, q="EXL3")]),
    ("oobabooga/text-generation-webui", "modules/models_settings.py", 192, "python", "exl3-format",
     [L("exl3", "quant", q="EXL3")]),
    ("oobabooga/text-generation-webui", "modules/exllamav3_hf.py", 34, "python", "N:identifier", None),
    ("Alberto-Codes/vramfit", "docs/adr/0010-sub-4-bit-serving-path.md", 47, "markdown", "exl3-format",
     [L("EXL3", "quant", q="EXL3")]),
    ("ikawrakow/ik_llama.cpp", "github-data/pull_requests/411 - Fix imatrix calculation for MLA models.md", 97,
     "markdown", "exl3-format", [L("Exl3", "quant", q="EXL3")]),
    # --- K-quant and i-quant shorthand
    ("ikawrakow/ik_llama.cpp", "github-data/discussions/459 - qwen3 metrics on ancient hardware _2x xeon Vs 2x P100_.md",
     173, "markdown", "gguf-shorthand", [L("Q2K", "quant", q="Q2_K")]),
    ("ikawrakow/ik_llama.cpp", "github-data/issues/345 - build question newbie.md", 426, "markdown", "gguf-shorthand",
     [L("q4km", "quant", q="Q4_K_M"), L("iq4nl", "quant", q="IQ4_NL")]),
    ("ikawrakow/ik_llama.cpp", "github-data/issues/345 - build question newbie.md", 653, "markdown", "gguf-shorthand",
     [L("iq4nl", "quant", q="IQ4_NL"), L("q4km", "quant", q="Q4_K_M")]),
    ("ikawrakow/ik_llama.cpp", "github-data/issues/345 - build question newbie.md", 757, "markdown", "gguf-shorthand",
     "D:a table cell with no word around it that says GGUF; the shorthand alone is a letter run hashes hold too"),
    ("ikawrakow/ik_llama.cpp", "github-data/discussions/477 - DeepSeek-R1-0528 ik quants_.md", 978, "markdown",
     "gguf-shorthand", "D:Q4KM in prose with no GGUF word within reach of the line"),
    ("ikawrakow/ik_llama.cpp", "github-data/discussions/385 - Qwen3 235B performance on Intel Xeon Scalable processor.md",
     305, "markdown", "gguf-shorthand", "D:Q2KL is an uploader mix (Q2_K_L) whose recipe the name does not give"),
    ("unslothai/unsloth", "unsloth_cli/tests/test_start.py", 7243, "python", "gguf-shorthand",
     [L("Q4KM", "quant", q="Q4_K_M")]),
    ("mudler/LocalAI", "core/gallery/importers/depth-anything_test.go", 79, "go", "gguf-shorthand",
     [L("q4_k", "quant", q="Q4_K_M")]),
    ("mudler/LocalAI", "core/gallery/importers/stablediffusion-ggml.go", 195, "go", "N:identifier", None),
    ("mudler/LocalAI", "core/gallery/importers/stablediffusion-ggml.go", 205, "go", "gguf-shorthand",
     [L("q4_k", "quant", q="Q4_K_M")]),
    ("mudler/LocalAI", "core/gallery/importers/stablediffusion-ggml.go", 214, "go", "N:identifier", None),
    ("EricLBuehler/mistral.rs", "docs/src/content/docs/examples/server/streaming-tool-calling.md", 18, "markdown",
     "isq-type", [L("q4k", "quant", q="Q4_K_S"),
                  L("meta-llama/Meta-Llama-3.1-8B-Instruct", p=LLAMA3_8B, m="meta-llama/Llama-3.1-8B")]),
    ("EricLBuehler/mistral.rs", "docs/src/content/docs/guides/perf/topology.mdx", 19, "markdown",
     "isq-type", [L("q4k", "quant", q="Q4_K_S")]),
    ("vllm-project/vllm-ascend", "csrc/attention/k2q_csr/README.md", 3, "markdown", "N:query-to-key", None),
    ("vllm-project/vllm-ascend", "vllm_ascend/models/minimax_m3/ops/msa_m3_npu.py", 40, "python", "N:query-to-key",
     None),
    ("huanyuai/FKT-KE", "editors/recipe/recipe.py", 376, "python", "N:query-to-key", None),
    ("RahulSChand/gpu_poor", "src/App.js", 144, "javascript", "N:identifier", None),
    ("oobabooga/text-generation-webui", "download-model.py", 168, "python", "N:identifier", None),
    # --- experts written with a star
    ("h2oai/h2ogpt", "docs/README_InferenceServers.md", 319, "markdown", "experts-star",
     [L("Mixtral 8*7B", p=MIXTRAL_8X7B, a=12.9 * G, m="mistralai/Mixtral-8x7B-v0.1")]),
    ("sgl-project/ome", "pkg/hfutil/modelconfig/mixtral.go", 111, "go", "experts-star",
     "D:8*7B here is the naive product the comment says Mixtral's total is not"),
    ("Dao-AILab/flash-attention", "flash_attn/cute/sm100_hd256_2cta_fmha_backward_dqkernel.py", 1073, "python",
     "N:bit-count", None),
    # --- Ollama tag parts
    ("containers/ramalama", "test/unit/test_transport_base.py", 69, "python", "ollama-tag-part",
     [L("2b-instruct-fp16", p=2 * G, q="F16")]),
    ("containers/ramalama", "test/unit/test_transport_base.py", 76, "python", "ollama-tag-part",
     [L("2B-INSTRUCT-FP16", p=2 * G, q="F16")]),
    ("ollama/ollama", "types/model/name_test.go", 28, "go", "ollama-tag-part",
     [L("7b-v2.6-dpo-laser-q6_K", p=7 * G, q="Q6_K")]),
    ("unslothai/unsloth", "studio/backend/tests/test_openai_auto_download.py", 317, "python", "ollama-tag-part",
     [L("8b-instruct-q4_0", p=8 * G, q="Q4_0")]),
    ("unslothai/unsloth", "studio/backend/tests/test_openai_auto_download.py", 318, "python", "ollama-tag-part",
     [L("7b-chat-v1.5-q8_0", p=7 * G, q="Q8_0")]),
    ("bentoml/OpenLLM", "DEVELOPMENT.md", 83, "markdown", "ollama-tag-part",
     [L("microsoft/Phi-3-mini-4k-instruct", p=3821079552, m="microsoft/Phi-3-mini-4k-instruct"),
      L("3.8b-instruct-fp16", p=3.8 * G, q="F16")]),
]


def head(repo):
    git = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    commit = subprocess.run(["git", "--git-dir", git, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    return git, commit


def line_of(git, commit, path, number):
    text = subprocess.run(["git", "--git-dir", git, "show", f"{commit}:{path}"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    return text.split("\n")[number - 1]


def slug(repo, path, number):
    import hashlib
    return f"{repo.split('/')[1].lower()[:20]}-{hashlib.sha1(f'{repo}:{path}:{number}'.encode()).hexdigest()[:8]}"


def main():
    records = []
    for repo, path, number, language, family, labels in SPECS:
        git, commit = head(repo)
        text = line_of(git, commit, path, number)
        rec = {"id": slug(repo, path, number),
               "source": {"repo": repo, "path": path, "commit": commit, "line": number,
                          "url": f"https://github.com/{repo}/blob/{commit}/{path.replace(' ', '%20')}#L{number}"},
               "language": language, "text": text}
        if isinstance(family, str) and family.startswith("N:"):
            rec["negative"] = True
            rec["family"] = family[2:]
        elif isinstance(labels, str) and labels.startswith("D:"):
            rec["family"] = family
            rec["debatable"] = labels[2:]
        else:
            out = []
            for lab in labels:
                at = -1
                for _ in range(lab["nth"]):
                    at = text.index(lab["text"], at + 1)
                # JavaScript counts UTF-16 code units
                start = len(text[:at].encode("utf-16-le")) // 2
                end = start + len(lab["text"].encode("utf-16-le")) // 2
                item = {"start": start, "end": end, "text": lab["text"], "kind": lab["kind"]}
                for k in ("params", "activeParams", "quant", "bitsPerWeight", "model"):
                    if lab[k] is not None:
                        item[k] = lab[k]
                out.append(item)
            rec["labels"] = out
            rec["family"] = family
        records.append(rec)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} records -> {OUT}")


if __name__ == "__main__":
    main()

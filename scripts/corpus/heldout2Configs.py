#!/usr/bin/env python3
"""Copy the held-out config.json files (split heldout2-2026-12) from fetched snapshots into
test/data/configs-heldout/ and write SOURCES.json (record format of test/data/configs/SOURCES.json).
Each file was read whole to check it is the named model's own config; models are absent from the catalog and
from every earlier config set. publishedParams is the figure the model's own card or paper states; `rounded`
marks figures given to fewer than three significant digits (left out of the 0.5 % count)."""
import json, os, subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "test/data/configs-heldout")
HF = "https://huggingface.co/"
# (model id, repo, path, published count, source of the count, rounded, note)
CONFIGS = [
    ("THUDM/chatglm3-6b-32k", "sophgo/LLM-TPU",
     "models/ChatGLM3/longseq_demo/compile/files/chatglm3-6b-32k/config.json",
     6e9, HF + "THUDM/chatglm3-6b-32k (model card: ChatGLM3-6B-32K, 6B; recalled, not re-read this session)", True,
     "copy used by the TPU compile demo"),
    ("codefuse-ai/CodeFuse-DevOps-Model-7B-Chat", "sophgo/LLM-TPU",
     "models/CodeFuse/compile/files/CodeFuse-DevOps-Model-7B-Chat/config.json", 7e9,
     HF + "codefuse-ai/CodeFuse-DevOps-Model-7B-Chat (name: 7B; Qwen-7B base)", True, "QWen remote-code config"),
    ("OpenGVLab/InternVL2-2B", "sophgo/LLM-TPU", "models/InternVL2/compile/files/InternVL2-2B/config.json", 2.2e9,
     HF + "OpenGVLab/InternVL2-2B (model card: 2.2B; recalled, not re-read this session)", True,
     "vision + InternLM2 language model"),
    ("OpenGVLab/InternVL2-4B", "sophgo/LLM-TPU", "models/InternVL2/compile/files/InternVL2-4B/config.json", 4.2e9,
     HF + "OpenGVLab/InternVL2-4B (model card: 4.2B; recalled, not re-read this session)", True,
     "vision + Phi-3-mini language model"),
    ("LargeWorldModel/LWM-Text-Chat-1M", "sophgo/LLM-TPU", "models/LWM/compile/files/LWM-Text-Chat-1M/config.json",
     7e9, HF + "LargeWorldModel/LWM-Text-Chat-1M (LLaMA-2 7B based)", True, "1M-token context"),
    ("openbmb/MiniCPM-V-2_6", "sophgo/LLM-TPU", "models/MiniCPM-V-2_6/compile/files/MiniCPM-V-2_6/config.json", 8e9,
     HF + "openbmb/MiniCPM-V-2_6 (model card: 8B parameters; recalled, not re-read this session)", True,
     "SigLIP + Qwen2-7B"),
    ("Efficient-Large-Model/VILA1.5-3b", "sophgo/LLM-TPU", "models/VILA1_5/compile/files/vila1.5-3b/config.json", 3e9,
     HF + "Efficient-Large-Model/VILA1.5-3b (name: 3b)", True, "llava_llama with nested sub-configs"),
    ("01-ai/Yi-6B-Chat", "sophgo/LLM-TPU", "models/Yi/compile/files/Yi-6B-Chat/config.json", 6e9,
     HF + "01-ai/Yi-6B-Chat (model card: 6B); recalled, not re-read this session", True, None),
    ("Qwen/Qwen3-ASR-0.6B", "sophgo/LLM-TPU", "models/Qwen3_ASR/config/config.json", 0.6e9,
     HF + "Qwen/Qwen3-ASR-0.6B (name: 0.6B)", True,
     "identified by its thinker text config (28 layers, hidden 1024: the Qwen3-0.6B shape)"),
    ("tiiuae/Falcon-Perception", "sophgo/LLM-TPU", "models/Falcon-Perception/config/config.json", None, None, None,
     "segmentation model with its own key names (dim, n_layers, n_heads)"),
    ("microsoft/Phi-4-mini-reasoning", "pytorch/executorch",
     "examples/mediatek/models/llm_models/weights/phi-4-mini-reasoning/config.json", 3.8e9,
     HF + "microsoft/Phi-4-mini-reasoning (model card: 3.8B parameters; recalled, not re-read this session)", True,
     None),
    ("Qwen/Qwen2.5-0.5B-Instruct", "pytorch/executorch",
     "examples/mediatek/models/llm_models/weights/Qwen2.5-0.5B-Instruct/config.json", 0.49e9,
     HF + "Qwen/Qwen2.5-0.5B-Instruct (model card: Number of Parameters 0.49B; recalled, not re-read this "
          "session)", True, None),
    ("microsoft/VibeVoice-1.5B", "tenstorrent/tt-forge-models", "vibevoice/pytorch/config.json", 1.5e9,
     HF + "microsoft/VibeVoice-1.5B (name: 1.5B)", True,
     "speech model: Qwen2.5-1.5B decoder + tokenizers + diffusion head"),
    ("FacebookAI/roberta-base", "ZhuShuairong/Macau-event-inclusivity-score", "models/roberta-base/config.json", 125e6,
     "RoBERTa paper, arXiv:1907.11692 (BERT-base size, 125M in the fairseq release table; recalled, not re-read "
          "this session)", True, "encoder"),
    ("sentence-transformers/all-MiniLM-L12-v2", "alae-herrak/chatbot-backend", "models/all-MiniLM-L12-v2/config.json",
     33.4e6,
     HF + "sentence-transformers/all-MiniLM-L12-v2 (Hub: 33.4M params; recalled, not re-read this session)", False,
     "encoder"),
    ("microsoft/deberta-v3-base", "Ascend/ModelZoo-PyTorch", "ACL_PyTorch/contrib/nlp/deberta/model_config.json", 184e6,
     HF + "microsoft/deberta-v3-base (model card: 86M backbone + 98M embedding = 184M; recalled, not re-read "
          "this session)", False,
     "encoder; identified by deberta-v2 type, 12 layers, hidden 768, vocab 128100"),
    ("microsoft/Multilingual-MiniLM-L12-H384", "dbalikhin/onnx", "bert-base-cased/config.json", 117e6,
     HF + "microsoft/Multilingual-MiniLM-L12-H384 (model card: 21M transformer + 96M embedding; recalled, not "
          "re-read this session)", True,
     "file sits in a folder named bert-base-cased; its _name_or_path and shape are Multilingual-MiniLM's"),
    ("LiquidAI/LFM2-1.2B", "fetchwiki/LiquidAI-LFM2-1.2B", "config.json", 1170340608,
     "model card in the same mirror (README.md, Parameters 1,170,340,608)", False, "hybrid: short convolutions + GQA"),
    ("HuggingFaceTB/SmolLM3-3B", "fetchwiki/HuggingFaceTB-SmolLM3-3B", "config.json", 3e9,
     HF + "HuggingFaceTB/SmolLM3-3B (3B)", True, "NoPE layers"),
    ("THUDM/cogvlm2-llama3-caption", "fetchwiki/THUDM-cogvlm2-llama3-caption", "config.json", None, None, None,
     "CogVLM2 video captioner, remote-code config"),
    ("mistralai/Devstral-Small-2507", "fetchwiki/mistralai-Devstral-Small-2507", "config.json", 24e9,
     "model card in the same mirror (README.md: 24 billion parameters)", True, "text-only Mistral Small 3.1"),
    ("deepcogito/cogito-v1-preview-qwen-14B", "fetchwiki/deepcogito-cogito-v1-preview-qwen-14B", "config.json", 14e9,
     "model card in the same mirror (README.md: Cogito v1 preview - 14B)", True, "fine-tune of Qwen2.5-14B"),
]
# Hub metadata saved beside each config (out/research-*/sources/huggingface/model.json, same repository and commit):
# its safetensors total is the Hub's own parameter count.
ALAIN = "daniel-p-green/alain-ai-learning-platform"
HUBMETA = [
    ("Alibaba-NLP/Tongyi-DeepResearch-30B-A3B", "alibaba-nlp-tongyi-deepresearch-30b-a3b", "MoE (qwen3_moe)"),
    ("baidu/ERNIE-4.5-21B-A3B-Thinking", "baidu-ernie-4-5-21b-a3b-thinking", "MoE (ernie4_5_moe)"),
    ("inclusionAI/Ling-flash-2.0", "inclusionai-ling-flash-2-0", "MoE (bailing_moe v2, MTP layer)"),
    ("mistralai/Magistral-Small-2509", "mistralai-magistral-small-2509", "multimodal (mistral3)"),
    ("Helsinki-NLP/opus-mt-en-fr", "helsinki-nlp-opus-mt-en-fr", "encoder-decoder (marian)"),
    ("bigscience/bloomz-560m", "bigscience-bloomz-560m", "bloom (ALiBi)"),
    ("Salesforce/codet5p-220m", "salesforce-codet5p-220m", "encoder-decoder (t5)"),
    ("dphn/dolphin-2.9.1-yi-1.5-34b", "dphn-dolphin-2-9-1-yi-1-5-34b", "fine-tune of Yi-1.5-34B"),
    ("google/t5-v1_1-base", "google-t5-v1-1-base", "encoder-decoder (t5, gated-gelu)"),
    ("distilbert/distilgpt2", "distilbert-distilgpt2", "gpt2"),
    ("google/flan-t5-large", "google-flan-t5-large", "encoder-decoder (t5)"),
    ("google-t5/t5-large", "t5-large", "encoder-decoder (t5)"),
]
_alain = f"/work/.mirror/{ALAIN.replace('/', '+')}/repo"
for model, folder, note in HUBMETA:
    base = f"out/research-{folder}/sources/huggingface/"
    meta = json.loads(subprocess.run(["git", "--git-dir", _alain, "show", f"HEAD:{base}model.json"],
                                     capture_output=True, text=True, check=True).stdout)
    assert meta.get("id") == model, (meta.get("id"), model)
    total = (meta.get("safetensors") or {}).get("total")
    src = (f"Hugging Face Hub safetensors total in {base}model.json (Hub commit {meta.get('sha')})"
           if total else None)
    CONFIGS.append((model, ALAIN, base + "config.json", total, src, False if total else None, note))
# files read with the search tool's read_file (repository too small to need a snapshot)
READ = [
    ("jinaai/jina-embeddings-v2-base-en", "roycms/jina-embeddings-v2-base-en", "config.json",
     "44a6b72942202ea92138683ea4bb1081477a101d", 137e6,
     HF + "jinaai/jina-embeddings-v2-base-en (137M parameters; recalled, not re-read this session)",
     False, "JinaBERT encoder with ALiBi, remote-code config"),
    ("Zyphra/Zamba2-2.7B", "Zyphra/Zamba2", "config.json", "89a404b0ae47c1081c2035ead555ae5acad7f891", 2.7e9,
     "name: 2.7B", True, "Zyphra's own (pre-transformers) config of the 2.7B hybrid: Mamba2 blocks + shared attention"),
]

sources = {}
for model, repo, path, pub, src, rounded, note in CONFIGS:
    git = f"/work/.mirror/{repo.replace('/', '+')}/repo"
    commit = subprocess.run(["git", "--git-dir", git, "rev-parse", "HEAD"], capture_output=True, text=True,
                            check=True).stdout.strip()
    text = subprocess.run(["git", "--git-dir", git, "show", f"HEAD:{path}"], capture_output=True, text=True,
                          check=True).stdout
    name = model.replace("/", "--") + ".json"
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text)
    sources[name] = {"model": model, "repo": repo, "path": path, "commit": commit,
                     "url": f"https://github.com/{repo}/blob/{commit}/{path}", "publishedParams": pub,
                     "publishedSource": src, "split": "heldout2-2026-12"}
    if rounded is not None:
        sources[name]["rounded"] = rounded
    if note:
        sources[name]["note"] = note
for model, repo, path, commit, pub, src, rounded, note in READ:
    name = model.replace("/", "--") + ".json"
    if not os.path.exists(os.path.join(OUT, name)):
        raise SystemExit(f"{name}: save the file read from {repo}@{commit}:{path} first")
    sources[name] = {"model": model, "repo": repo, "path": path, "commit": commit,
                     "url": f"https://github.com/{repo}/blob/{commit}/{path}", "publishedParams": pub,
                     "publishedSource": src, "rounded": rounded, "split": "heldout2-2026-12", "note": note}
with open(os.path.join(OUT, "SOURCES.json"), "w") as f:
    json.dump(dict(sorted(sources.items())), f, indent=1)
    f.write("\n")
print(len(sources), "configs")

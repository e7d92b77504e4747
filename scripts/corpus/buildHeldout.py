#!/usr/bin/env python3
"""Rebuild test/data/corpus/heldout-lines.jsonl: draw the candidates (extractHeldout.py, both passes)
and attach the hand labels of heldoutLabels.py. `--set 2` rebuilds heldout2-lines.jsonl from
heldout2Labels.py. Label offsets are UTF-16 code units."""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
SET = sys.argv[2] if sys.argv[1:2] == ["--set"] else "1"
LABELS = __import__("heldoutLabels" if SET == "1" else "heldout2Labels").LABELS
NAME = "heldout-lines.jsonl" if SET == "1" else "heldout2-lines.jsonl"
SPLIT = "heldout-2026-12" if SET == "1" else "heldout2-2026-12"

SECOND = r"(Dockerfile|Modelfile|\.sh$|\.ipynb$|compose|\.toml$|\.env|\.ya?ml$)"


def draw(*args):
    out = subprocess.run([sys.executable, os.path.join(HERE, "extractHeldout.py"), "--set", SET, *args],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines()]


def language(path):
    name = path.rsplit("/", 1)[-1]
    for pat, lang in ((r"Dockerfile", "dockerfile"), (r"Modelfile", "modelfile"), (r"\.py$", "python"),
                      (r"\.ya?ml$", "yaml"), (r"\.json$", "json"), (r"\.sh$", "shellscript"), (r"\.mdx?$", "markdown"),
                      (r"\.toml$", "toml"), (r"\.rst$", "restructuredtext"), (r"\.js$", "javascript"),
                      (r"\.ts$", "typescript"), (r"\.tsx$", "typescriptreact"), (r"\.ipynb$", "json"),
                      (r"\.go$", "go"), (r"\.rs$", "rust"), (r"\.(txt|cfg|conf|env)$", "plaintext")):
        if re.search(pat, name):
            return lang
    return "plaintext"


def u16(s):
    return len(s.encode("utf-16-le")) // 2


catalog = {m["id"]: m for m in json.load(open(os.path.join(ROOT, "src/core/data/models.json")))}
records, seen_text = [], set()
for cand in draw("5") + draw("2", SECOND):
    spec = LABELS.get(cand["id"])
    if spec is None or cand["text"] in seen_text:
        continue
    seen_text.add(cand["text"])
    rec = {"id": cand["id"], "source": cand["source"], "language": language(cand["source"]["path"]),
           "text": cand["text"], "split": SPLIT}
    if isinstance(spec, str):
        kind, why = spec.split(":", 1)
        if kind == "N":
            rec.update(negative=True, family=why)
        else:
            rec["debatable"] = why
    else:
        labels = []
        for l in spec:
            at = -1
            for _ in range(l["occ"] + 1):
                at = cand["text"].find(l["span"], at + 1)
            if at < 0:
                raise SystemExit(f"{cand['id']}: {l['span']!r} not in text")
            g = {"start": u16(cand["text"][:at]), "end": u16(cand["text"][:at]) + u16(l["span"]),
                 "text": l["span"], "kind": l["kind"]}
            params = catalog[l["model"]]["params"] if l["model"] else l["params"]
            if params is not None:
                g["params"] = int(params)
            if l["active"] is not None:
                g["activeParams"] = int(l["active"])
            if l["quant"]:
                g["quant"] = l["quant"]
            if l["model"]:
                g["model"] = l["model"]
            labels.append(g)
        rec["labels"] = labels
        rec["family"] = "model-id" if any(g["kind"] == "model" for g in labels) else labels[0]["kind"]
    records.append(rec)
missing = set(LABELS) - {r["id"] for r in records}
if missing:
    raise SystemExit(f"labels without a candidate: {sorted(missing)}")
with open(os.path.join(ROOT, "test/data/corpus", NAME), "w") as f:
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(records), "records;", sum(1 for r in records if r.get("negative")), "negative;",
      sum(1 for r in records if r.get("debatable")), "debatable;", len({r["source"]["repo"] for r in records}), "repos")

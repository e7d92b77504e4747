#!/usr/bin/env python3
"""Builds src/core/data/ollamaLibrary.json from a public daily scrape of ollama.com/library.

Source: D3rhami/ollama_gallery (data/models.json: pulls, capabilities, size tags; data/tags/<model>.json:
every tag with its download size), fetched under /work/.mirror. The scrape keys tags by manifest digest,
so tags that are the same download appear once: "llama3.1:8b" and "llama3.1:8b-instruct-q4_K_M" are
folded into "llama3.1:latest". That gives two facts this script uses:
  * latest: the one size tag missing from the listing is the size "latest" points to;
  * format: for a size tag, the (variant, quant) pair missing from its quantized siblings is its own
    download; among missing pairs the one whose size, predicted from a listed sibling's bytes per
    parameter, is closest to the tag's size (and within 6 %) is taken. No pair that fits: no format.
Usage: python3 scripts/ollama/buildLibrary.py > src/core/data/ollamaLibrary.json
"""
import json, re, subprocess, sys

REPO = 'D3rhami/ollama_gallery'
GIT = '/work/.mirror/D3rhami+ollama_gallery/repo'
TOP = 150
# Effective bits per weight of GGUF files (tensor mixes as llama.cpp writes them), only to compare a
# tag with its siblings; the estimator's own figures live in src/core/data/quantFormats.ts.
BPW = {'q2_K': 3.35, 'q3_K_S': 3.5, 'q3_K_M': 3.9, 'q3_K_L': 4.3, 'q4_0': 4.55, 'q4_1': 5.0, 'q4_K_S': 4.6,
       'q4_K_M': 4.85, 'q5_0': 5.5, 'q5_1': 6.0, 'q5_K_S': 5.55, 'q5_K_M': 5.7, 'q6_K': 6.56, 'q8_0': 8.5,
       'fp16': 16.0, 'bf16': 16.0, 'mxfp4': 4.25}
DEFAULTS = ['q4_0', 'q4_K_M', 'q8_0', 'fp16']  # MXFP4 (gpt-oss) comes from the catalog, not a guess
CANON = {'fp16': 'F16', 'bf16': 'BF16', 'mxfp4': 'MXFP4'}
QUANT = re.compile(r'^(?:(.*)-)?(q\d_(?:K_[SML]|K|\d)|fp16|bf16|mxfp4)$')


def show(path):
    return subprocess.check_output(['git', '--git-dir', GIT, 'show', f'HEAD:{path}'], text=True)


def predictions(quants, q):
    """Sizes a missing quant q would have, from listed siblings: bytes per parameter of the q8_0 (or
    most precise) sibling; and, with an 8-bit and a 16-bit sibling, a fixed part (a vision projector,
    tensors kept in F16) plus a per-parameter part."""
    known = {k: v for k, v in quants.items() if k in BPW}
    if not known:
        return []
    ref = 'q8_0' if 'q8_0' in known else max(known, key=lambda k: BPW[k])
    out = [known[ref] * BPW[q] / BPW[ref]]
    if 'q8_0' in known and ('fp16' in known or 'bf16' in known):
        hi = known.get('fp16') or known['bf16']
        per_bit = (hi - known['q8_0']) / (16 - 8.5)
        fixed = known['q8_0'] - per_bit * 8.5
        if per_bit > 0 and fixed >= 0:
            out.append(fixed + per_bit * BPW[q])
    return out


commit = subprocess.check_output(['git', '--git-dir', GIT, 'rev-parse', 'HEAD'], text=True).strip()
models = json.loads(show('data/models.json'))
ranked = sorted(models, key=lambda k: models[k]['popularity'])[:TOP]
out = []
for name in ranked:
    meta = models[name]
    try:
        listing = json.loads(show(f'data/tags/{name}.json'))
    except subprocess.CalledProcessError:
        continue
    tags = {}
    for digest, t in listing.items():
        tag = t['name'].split(':', 1)[1]
        if tag.endswith('cloud') or not t.get('size_num'):
            continue
        tags[tag] = {'size': t['size_num'], 'sizeText': t['size_str'], 'context': t.get('context_window_num'),
                     'image': 'Image' in (t.get('input_types') or [])}
    sizes = [s for s in meta.get('parameters', []) if s]
    absent = [s for s in sizes if s not in tags]
    latest = absent[0] if len(absent) == 1 else (sizes[0] if len(sizes) == 1 and 'latest' in tags else None)
    rows = []
    for s in (sizes or ['latest']):
        own = tags.get(s) or (tags.get('latest') if s == latest or s == 'latest' else None)
        if not own:
            continue
        row = {'tag': s, 'size': own['size'], 'sizeText': own['sizeText']}
        if own['context']:
            row['context'] = own['context']
        if own['image']:
            row['vision'] = True
        # Quantized siblings of this size: variant → {quant: bytes}.
        siblings = {}
        prefix = '' if s == 'latest' else f'{s}-'
        for tag, t in tags.items():
            if prefix and not tag.startswith(prefix):
                continue
            m = QUANT.match(tag[len(prefix):]) if prefix else QUANT.match(tag)
            if m:
                siblings.setdefault(m.group(1) or '', {})[m.group(2)] = t['size']
        best = None
        # First from one sibling's bytes per parameter; only when nothing fits, with a fixed part too.
        for method in (0, 1):
            for variant, quants in siblings.items():
                for q in DEFAULTS:
                    if q in quants:
                        continue
                    guesses = predictions(quants, q)
                    if len(guesses) <= method:
                        continue
                    err = abs(guesses[method] - own['size']) / own['size']
                    if best is None or err < best[0]:
                        best = (err, variant, q)
            if best and best[0] <= 0.06:
                break
        if best and best[0] <= 0.06:
            row['format'] = CANON.get(best[2], best[2].upper())
            if best[1]:
                row['variant'] = best[1]
        rows.append(row)
    if not rows:
        continue
    entry = {'name': name, 'pulls': meta.get('pull'), 'capabilities': meta.get('capabilities', [])}
    if latest and latest != 'latest':
        entry['latest'] = latest
    entry['tags'] = rows
    out.append(entry)

print(json.dumps({
    'source': {'repo': REPO, 'commit': commit, 'paths': ['data/models.json', 'data/tags/<name>.json'],
               'url': 'https://ollama.com/library', 'note': 'sizes are the download sizes ollama.com shows '
               '(decimal GB/MB, rounded as shown); format inferred as described in scripts/ollama/buildLibrary.py'},
    'models': out}, indent=1))
print(f'{len(out)} models, {sum(len(m["tags"]) for m in out)} tags, '
      f'{sum(1 for m in out for t in m["tags"] if "format" in t)} with a format', file=sys.stderr)

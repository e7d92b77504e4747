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
When the scrape folded a size tag into another name (phi3's "14b" is listed as "medium", all-minilm's
"22m" as "latest"), the size tag takes the one listed tag without a size and without a quant whose
download fits a prediction for that size (a missing sibling, or the nominal size in F16/Q8_0/Q4): all
fitting names must have the same download, else the size is left out. A variant whose own tag
("13b-code") is listed next to the size tag's own ("13b") is a download of its own, so not the size tag's; when several variants fit
equally, the format is kept and the variant left out. Listed tags "<size>-<words>" without a quant
("7b-a1b-h", "13b-python") get rows of their own, as do listed size-led tags outside the size list. Embedding models take their release and parameter
count from scripts/ollama/embeddings.json (sources inside). Models with no downloadable tag (cloud
only) are skipped; the table holds the TOP most pulled models that have one, and every other
embedding model of the scrape.
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


EMBED = json.load(open(__file__.rsplit('/', 1)[0] + '/embeddings.json'))['tags']
NOMINAL = re.compile(r'^(\d+(?:\.\d+)?)([mb])$')


def nominal(size_tag):
    m = NOMINAL.match(size_tag)
    return float(m.group(1)) * (1e6 if m.group(2) == 'm' else 1e9) if m else None


def fits(a, b, tol=0.06):
    return abs(a - b) / b <= tol


def sibling_quants(tags, prefix):
    """Quantized siblings under a tag prefix ('13b-'): variant -> {quant: bytes}."""
    out = {}
    for tag, t in tags.items():
        if prefix and not tag.startswith(prefix):
            continue
        m = QUANT.match(tag[len(prefix):])
        if m:
            out.setdefault(m.group(1) or '', {})[m.group(2)] = t['size']
    return out


def own_format(size, siblings, listed_variants):
    """(quant, variant or None) of a download among its size's missing (variant, quant) pairs, or None."""
    for method in (0, 1):
        found = []
        for variant, quants in siblings.items():
            if variant and variant in listed_variants:
                continue
            for q in DEFAULTS:
                if q in quants:
                    continue
                guesses = predictions(quants, q)
                if len(guesses) > method:
                    found.append((abs(guesses[method] - size) / size, variant, q))
        found = [f for f in found if f[0] <= 0.06]
        if found:
            found.sort()
            tied = [f for f in found if f[0] - found[0][0] < 0.005]
            quants = {f[2] for f in tied}
            if len(quants) > 1:
                return None
            variants = {f[1] for f in tied}
            return found[0][2], (found[0][1] if len(variants) == 1 else None)
    return None


def size_predictions(s, siblings):
    out = []
    for quants in siblings.values():
        for q in DEFAULTS:
            if q not in quants:
                out += predictions(quants, q)
    n = nominal(s)
    if n and not siblings:
        out += [n * BPW[q] / 8 for q in ('fp16', 'q8_0')]
    return out


commit = subprocess.check_output(['git', '--git-dir', GIT, 'rev-parse', 'HEAD'], text=True).strip()
models = json.loads(show('data/models.json'))
ranked = sorted(models, key=lambda k: models[k]['popularity'])
out = []
# The TOP most pulled models with a download, then every other embedding model of the scrape.
embedding = [n for n in ranked if 'embedding' in models[n].get('capabilities', [])]
for name in ranked + embedding:
    if len(out) >= TOP and name not in embedding or any(m['name'] == name for m in out):
        continue
    meta = models[name]
    try:
        listing = json.loads(show(f'data/tags/{name}.json'))
    except subprocess.CalledProcessError:
        continue
    tags = {}
    for digest, t in listing.items():
        tag = t['name'].split(':', 1)[1]
        # Cloud tags have no download; tags the scrape marks "MLX" download for Ollama's MLX engine
        # (Apple silicon), not a GGUF: both are left out.
        if tag.endswith('cloud') or not t.get('size_num') or re.search(r'\sMLX$', tag):
            continue
        tags[tag] = {'size': t['size_num'], 'sizeText': t['size_str'], 'context': t.get('context_window_num'),
                     'image': 'Image' in (t.get('input_types') or [])}
    sizes = [s for s in meta.get('parameters', []) if s]
    absent = [s for s in sizes if s not in tags]
    latest = absent[0] if len(absent) == 1 else (sizes[0] if len(sizes) == 1 and 'latest' in tags else None)
    # Listed names with neither a size nor a quant: where folded size tags may hide.
    size_words = tuple(f'{s}' for s in sizes)
    bare = {t: v for t, v in tags.items()
            if not QUANT.match(t) and not any(t == s or t.startswith(f'{s}-') for s in size_words)}
    used = set()
    rows = []
    for s in (sizes or ['latest']):
        own = tags.get(s) or (tags.get('latest') if s == latest or s == 'latest' else None)
        prefix = '' if s == 'latest' else f'{s}-'
        siblings = sibling_quants(tags, prefix) if prefix else sibling_quants(tags, '')
        if not own and s != 'latest':
            guesses = size_predictions(s, siblings)
            hits = [t for t, v in bare.items() if t not in used and any(fits(g, v['size']) for g in guesses)]
            if hits and len({bare[t]['size'] for t in hits}) == 1:
                pick = 'latest' if 'latest' in hits else hits[0]
                own = bare[pick]
                used.add(pick)
                if pick == 'latest':
                    latest = s
        if not own:
            continue
        row = {'tag': s, 'size': own['size'], 'sizeText': own['sizeText']}
        alias = next((t for t in used if bare.get(t) is own and t != 'latest'), None)
        if alias:
            row['alias'] = alias  # the listed name of the same download ("medium" for phi3's 14b)
        if own['context']:
            row['context'] = own['context']
        if own['image']:
            row['vision'] = True
        listed = {t[len(prefix):] for t in tags if prefix and t.startswith(prefix) and not QUANT.match(t[len(prefix):])}
        # Only when the size tag is listed under its own name is "<size>-<variant>" another download.
        fmt = own_format(own['size'], siblings, listed if s in tags else set()) if s != 'latest' or siblings else None
        if fmt:
            row['format'] = CANON.get(fmt[0], fmt[0].upper())
            if fmt[1]:
                row['variant'] = fmt[1]
        embed = EMBED.get(f'{name}:{s}')
        if embed:
            if not any(fits(own['size'] / embed['params'], b / 8) for b in (16.0, 8.5, 4.85, 4.55)):
                sys.exit(f'{name}:{s}: {own["size"]} bytes do not fit {embed["params"]} parameters')
            row.update(params=embed['params'], hf=embed['hf'], source=embed['source'])
            if 'format' not in row:
                for q in ('fp16', 'q8_0'):
                    if fits(own['size'] / embed['params'], BPW[q] / 8):
                        row['format'] = CANON.get(q, q.upper())
        rows.append(row)
        # Listed "<size>-<words>" tags without a quant: downloads of their own ("13b-code", "7b-a1b-h").
        for t in sorted(listed):
            if f'{s}-{t}' in tags and not t.endswith('cloud'):
                v = tags[f'{s}-{t}']
                extra = {'tag': f'{s}-{t}', 'size': v['size'], 'sizeText': v['sizeText']}
                if v['context']:
                    extra['context'] = v['context']
                if v['image']:
                    extra['vision'] = True
                fmt = own_format(v['size'], sibling_quants(tags, f'{s}-{t}-'), set())
                if fmt:
                    extra['format'] = CANON.get(fmt[0], fmt[0].upper())
                rows.append(extra)
    # Listed size-led tags outside the size list ("7b-a1b-h", "32b-a9b-h" of granite4): rows of their own.
    have = {r['tag'] for r in rows}
    for t, v in tags.items():
        if t in have or QUANT.match(t) or not re.match(r'^\d+(?:\.\d+)?[mb](?:-|$)', t):
            continue
        if any(t.startswith(f'{s}-') for s in sizes) or QUANT.match(t.split('-', 1)[-1]):
            continue
        extra = {'tag': t, 'size': v['size'], 'sizeText': v['sizeText']}
        if v['context']:
            extra['context'] = v['context']
        if v['image']:
            extra['vision'] = True
        fmt = own_format(v['size'], sibling_quants(tags, f'{t}-'), set())
        if fmt:
            extra['format'] = CANON.get(fmt[0], fmt[0].upper())
        rows.append(extra)
    if not rows:
        continue
    entry = {'name': name, 'pulls': meta.get('pull'), 'capabilities': meta.get('capabilities', [])}
    if sizes:
        entry['sizes'] = sizes  # the size tags the model's page lists, with or without a row here
    if latest and latest != 'latest':
        entry['latest'] = latest
    entry['tags'] = rows
    out.append(entry)

print(json.dumps({
    'source': {'repo': REPO, 'commit': commit, 'paths': ['data/models.json', 'data/tags/<name>.json'],
               'url': 'https://ollama.com/library', 'note': 'sizes are the download sizes ollama.com shows '
               '(decimal GB/MB, rounded as shown); format inferred as described in scripts/ollama/buildLibrary.py; '
               "embedding models' release and parameter count from scripts/ollama/embeddings.json"},
    'models': out}, indent=1))
print(f'{len(out)} models, {sum(len(m["tags"]) for m in out)} tags, '
      f'{sum(1 for m in out for t in m["tags"] if "format" in t)} with a format', file=sys.stderr)

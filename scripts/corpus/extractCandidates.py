#!/usr/bin/env python3
"""Draws candidate lines for test/data/corpus/lines.jsonl from repository snapshots.

The selection is mechanical so that it does not favour lines the recognizer handles: for every
repository and every grep family below, all matching lines of text files are collected, exact
duplicates dropped, and the lines with the smallest sha1("repo:path:line") are kept (at most
PER_FAMILY of them). A human then labels every kept line; a line is dropped only when it is not
text a person reads or writes (minified, over 240 characters) -- see test/data/corpus/README.md.

Usage: extractCandidates.py MIRROR_DIR OUT.jsonl
"""
import hashlib, json, os, re, subprocess, sys

MIRROR, OUT = sys.argv[1], sys.argv[2]
PER_FAMILY = 3
MAX_LEN = 240

EXT_LANG = {'.py': 'python', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.sh': 'shellscript',
            '.md': 'markdown', '.toml': 'toml', '.ipynb': 'notebook', '.txt': 'plaintext', '.log': 'log',
            '.conf': 'nginx', '.css': 'css', '.rules': 'yaml', '.cfg': 'ini', '.mdx': 'markdown',
            '.rst': 'restructuredtext', '.tex': 'latex', '.h': 'c', '.c': 'c', '.cpp': 'cpp', '.go': 'go'}

def language(path):
    base = os.path.basename(path)
    if base.startswith('Dockerfile') or base.endswith('.dockerfile'): return 'dockerfile'
    if base.startswith('Modelfile') or base.endswith('.modelfile'): return 'modelfile'
    return EXT_LANG.get(os.path.splitext(base)[1].lower())

# Positive pool: shapes that people use to write model sizes, formats and ids.
POSITIVE = {
    'size-token': r'(^|[^A-Za-z0-9.])[0-9]{1,4}(\.[0-9]{1,2})?[bBmM]([^A-Za-z0-9]|$)',
    'gguf-name': r'(I?Q[1-8]_[0-9A-Z_]+|GGML_TYPE_Q|LLAMA_FTYPE_MOSTLY|\.gguf)',
    'model-id': r'(llama|mistral|mixtral|qwen|gemma|phi|falcon|mpt|bloom|opt|gpt|t5|rwkv|vicuna|hermes|deepseek|pythia|olmo|smollm|starcoder|codellama|tinyllama|baichuan|chatglm|yi)[-_.A-Za-z0-9/:]*[0-9]+(\.[0-9]+)?[bBmM]',
    'dtype-format': r'(torch\.(b?float16|float32|half)|dtype|bf16|fp16|fp8|nf4|[48]-?bit|int[48]|bpw|awq|gptq|exl2|W[48]A(8|16)|_16bit)',
    'ollama-tag': r'ollama +(run|pull|create)|[a-z0-9.-]+:[0-9.]+[bm]',
}
# Negative pool: look-alike families. Each needs a digit glued to a letter somewhere in the line.
NEGATIVE = {
    'nginx-zone': r'(zone=|keys_zone|_buffer_size|client_max_body_size|proxy_cache_path)',
    'prometheus-range': r'\[[0-9]+[smhdw]\]',
    'duration': r'(timeout|interval|ttl|keep.?alive|period|retention|delay|for|wait)["]?[:= ]+["]?[0-9]+(ms|[smhd])\b',
    'k8s-resources': r'(cpu|memory|storage): *"?[0-9]+(m|Mi|Gi|M|G)\b',
    'tqdm-bar': r'(it/s|s/it|[0-9]%\||B/s\])',
    'latex-algebra': r'(\\frac|\\mathbf|\\sum|\$[^$]*[0-9][a-z][^$]*\$)',
    'numbered-item': r'^ *(#+ *)?[0-9]+[a-z][.)] ',
    'token-count': r'[0-9.]+ ?[BMT]( |-)?tokens',
    'dataset-config': r'(load_dataset|sample-[0-9]+BT|[0-9]+BT\b)',
    'base64': r'[A-Za-z0-9+/]{60,}',
    'timestamp': r'[0-9]{2}:[0-9]{2}:[0-9]{2}',
    'version': r'(v|==|version[:= ]+"?)[0-9]+\.[0-9]+(\.[0-9]+)?[a-z]',
    'hardware': r'(A100|H100|V100|RTX ?[0-9]{4}|MI[0-9]{3}|M[1-4] (Pro|Max|Ultra)|[0-9]+ ?GB)',
    'price': r'\$ ?[0-9]+(\.[0-9]+)? ?[KMB]?\b',
    'hash': r'\b[0-9a-f]{7,64}\b',
    'css': r'[0-9]+(px|em|rem|ms|vh|vw)\b|#[0-9a-fA-F]{6}\b',
    'byte-size': r'[0-9]+(\.[0-9]+)? ?(KB|MB|GB|KiB|MiB|GiB|kb|mb|gb)\b',
}
HAS_SHAPE = re.compile(r'[0-9][A-Za-z]')

def git_dir(repo_dir):
    g = os.path.join(repo_dir, 'repo')
    return os.path.join(g, '.git') if os.path.isdir(os.path.join(g, '.git')) else g

def files(gd):
    out = subprocess.run(['git', f'--git-dir={gd}', 'ls-tree', '-r', '-l', 'HEAD'], capture_output=True, text=True).stdout
    for row in out.splitlines():
        meta, path = row.split('\t', 1)
        size = meta.split()[3]
        if size.isdigit() and int(size) < 2_000_000 and language(path): yield meta.split()[2], path

def blobs(gd, entries):
    """(path, bytes) for every entry, read through one `git cat-file --batch`."""
    proc = subprocess.Popen(['git', f'--git-dir={gd}', 'cat-file', '--batch'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for sha, path in entries:
        proc.stdin.write(sha.encode() + b'\n'); proc.stdin.flush()
        head = proc.stdout.readline().split()
        if len(head) < 3: continue
        data = proc.stdout.read(int(head[2])); proc.stdout.read(1)
        yield path, data
    proc.stdin.close(); proc.wait()

def lines_of(path, raw):
    try: text = raw.decode('utf-8')
    except UnicodeDecodeError: return
    if path.endswith('.ipynb'):
        try: nb = json.loads(text)
        except Exception: return
        for i, cell in enumerate(nb.get('cells', [])):
            lang = 'python' if cell.get('cell_type') == 'code' else 'markdown'
            src = cell.get('source', [])
            for n, l in enumerate(''.join(src).splitlines() if isinstance(src, list) else src.splitlines()):
                yield f'{path}#cell{i}:{n + 1}', lang, l
            for o in cell.get('outputs', []) or []:
                t = o.get('text') or (o.get('data') or {}).get('text/plain') or []
                for n, l in enumerate(''.join(t).splitlines() if isinstance(t, list) else str(t).splitlines()):
                    yield f'{path}#cell{i}/output:{n + 1}', 'plaintext', l
        return
    lang = language(path)
    for n, l in enumerate(text.splitlines()):
        yield f'{path}:{n + 1}', lang, l

def main():
    pools = {'positive': {k: re.compile(v, re.I if k != 'gguf-name' else 0) for k, v in POSITIVE.items()},
             'negative': {k: re.compile(v) for k, v in NEGATIVE.items()}}
    out = open(OUT, 'w')
    for name in sorted(os.listdir(MIRROR)):
        repo_dir = os.path.join(MIRROR, name)
        if not os.path.isdir(repo_dir) or name.endswith('.part'): continue
        gd = git_dir(repo_dir)
        commit = subprocess.run(['git', f'--git-dir={gd}', 'rev-parse', 'HEAD'], capture_output=True, text=True).stdout.strip()
        if not commit: continue
        repo = name.replace('+', '/', 1)
        found = {(p, f): [] for p in pools for f in pools[p]}
        seen = set()
        for path, raw in blobs(gd, list(files(gd))):
            for where, lang, line in lines_of(path, raw):
                s = line.strip()
                if len(s) < 6 or len(line) > MAX_LEN or s in seen: continue
                for pool, fams in pools.items():
                    for fam, rx in fams.items():
                        if rx.search(line) and (pool == 'positive' or HAS_SHAPE.search(line)):
                            key = hashlib.sha1(f'{repo}:{where}'.encode()).hexdigest()
                            found[(pool, fam)].append((key, where, lang, line))
                seen.add(s)
        for (pool, fam), rows in found.items():
            rows.sort()
            for key, where, lang, line in rows[:PER_FAMILY]:
                path, lineno = where.rsplit(':', 1)
                out.write(json.dumps({'repo': repo, 'path': path, 'line': int(lineno), 'commit': commit,
                                      'language': lang, 'pool': pool, 'family': fam, 'text': line}) + '\n')
        out.flush()

main()

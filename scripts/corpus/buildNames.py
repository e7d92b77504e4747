#!/usr/bin/env python3
"""Builds test/data/corpus/names.jsonl: real lines that name models, read from fetched public repos.

Selection is by rule, not by hand (see test/data/corpus/README.md, section "names.jsonl"):
  * LiteLLM's model price list: every open-weight key with a hosted-provider prefix, the first
    PER_PROVIDER of each provider in file order, plus Bedrock's bare meta./mistral. ids;
  * Ollama's repository: Go/MDX lines quoting a library tag "name:size", first per distinct tag;
  * Unsloth's mapper.py: every STRIDE-th pre-quantized upload key (its base is the third line);
  * mlx-lm: every distinct mlx-community/… id, first line naming it;
  * FastChat's model registry: every distinct Hugging Face model link, first line naming it (fine-tunes
    by third parties, with the base their model card names).
Each label says what the name denotes, independent of the catalog: the original release (an
original id written beside it, an official id inside a hosted id, or EXPECT below, written by hand
per distinct name) and the bases it keeps. test/accuracy/nameResolution.ts judges it against the
catalog at scoring time. Usage: buildNames.py > names.jsonl
"""
import json, re, subprocess, sys, hashlib

MIRROR = '/work/.mirror'
PER_PROVIDER = 15
STRIDE = 3
FAMILY_WORDS = re.compile(r'llama|mistral|mixtral|qwen|gemma|phi|deepseek|codestral|gpt-oss|falcon|yi-|command-r|'
                          r'granite|olmo|smol|wizard|dolphin|hermes|starcoder', re.I)
PROVIDERS = ('together_ai', 'groq', 'bedrock', 'ollama', 'ollama_chat', 'fireworks_ai', 'deepinfra', 'openrouter',
             'anyscale', 'replicate', 'vertex_ai', 'huggingface', 'bedrock-model-id')


def git_show(repo, path):
    d = f'{MIRROR}/{repo.replace("/", "+")}/repo'
    commit = subprocess.check_output(['git', '--git-dir', d, 'rev-parse', 'HEAD'], text=True).strip()
    text = subprocess.check_output(['git', '--git-dir', d, 'show', f'HEAD:{path}'], text=True)
    return commit, text.split('\n')


def git_grep(repo, pattern, globs):
    d = f'{MIRROR}/{repo.replace("/", "+")}/repo'
    commit = subprocess.check_output(['git', '--git-dir', d, 'rev-parse', 'HEAD'], text=True).strip()
    out = subprocess.run(['git', '--git-dir', d, 'grep', '-n', '-E', pattern, 'HEAD', '--', *globs],
                         text=True, capture_output=True).stdout
    rows = []
    for line in out.split('\n'):
        m = re.match(r'HEAD:([^:]+):(\d+):(.*)$', line)
        if m: rows.append((m.group(1), int(m.group(2)), m.group(3)))
    return commit, rows


# Hand-written, once per distinct name whose line carries no original id: {"denotes": original id or
# null, "base": [ids it keeps, nearest first]} or {"skip": true} (not a model name).
EXPECT = json.load(open('scripts/corpus/expectedNames.json'))

records = []


def add(repo, path, commit, line_no, language, text, span, family, want):
    # What the name denotes (the original release, or None when no one model is meant) and the bases
    # it keeps, nearest first. Independent of the catalog: the scorer judges against the catalog.
    start = text.index(span)
    label = {'start': start, 'end': start + len(span), 'text': span, 'kind': 'model', 'denotes': want.get('denotes')}
    if want.get('base'): label['base'] = want['base']
    extra = {'debatable': want['debatable']} if want.get('debatable') else {}
    slug = hashlib.sha1(f'{repo}{path}{line_no}'.encode()).hexdigest()[:8]
    records.append({'id': f'names-{repo.split("/")[0].lower()}-{slug}',
                    'source': {'repo': repo, 'path': path, 'commit': commit, 'line': line_no},
                    'language': language, 'text': text, 'labels': [label], 'family': family, **extra})


def by_hand(name):
    if name not in EXPECT:
        print(f'no expected answer for {name!r}', file=sys.stderr)
        return None
    return EXPECT[name]


# 1. LiteLLM model price list (hosted-API ids)
repo, path = 'RoCry/llm-api-price', 'model_prices_and_context_window.json'
commit, lines = git_show(repo, path)
count = {}
for i, text in enumerate(lines, 1):
    m = re.match(r'^\s*"([^"]+)": \{', text)
    if not m or not FAMILY_WORDS.search(m.group(1)): continue
    key = m.group(1)
    prefix = key.split('/')[0] if '/' in key else ('bedrock-model-id' if re.match(r'^(meta|mistral)\.', key) else None)
    if prefix not in PROVIDERS or (prefix == 'bedrock' and '/' in key and 'bedrock/' not in key): continue
    count[prefix] = count.get(prefix, 0) + 1
    if count[prefix] > PER_PROVIDER: continue
    want = by_hand(key)
    if want is None or want.get('skip'): continue
    add(repo, path, commit, i, 'json', text, key, 'hosted-api-id', want)

# 2. Ollama's repository: quoted library tags
repo = 'ollama/ollama'
commit, rows = git_grep(repo, r'"[a-z][a-z0-9.-]+:[0-9][0-9a-z._-]*b[a-z0-9._-]*"', ['*.go', '*.mdx'])
seen = set()
for path, n, text in rows:
    for tag in re.findall(r'"([a-z][a-z0-9.-]+:[0-9][0-9a-z._-]*b[a-z0-9._-]*)"', text):
        if tag in seen or 'cloud' in tag or len(text) > 300: continue
        want = by_hand(tag)
        if want is None: continue
        seen.add(tag)
        if want.get('skip'): continue
        add(repo, path, commit, n, 'go' if path.endswith('.go') else 'markdown', text, tag, 'ollama-tag', want)
        break

# 3. Unsloth's pre-quantized uploads and their originals
repo, path = 'unslothai/unsloth', 'unsloth/models/mapper.py'
commit, lines = git_show(repo, path)
k = 0
for i, text in enumerate(lines, 1):
    m = re.match(r'^\s*"(unsloth/[^"]+)" : \($', text)
    if not m: continue
    k += 1
    if k % STRIDE: continue
    original = None
    for j in range(i, min(i + 4, len(lines))):
        o = re.match(r'^\s*"([^"]+)",?\s*$', lines[j])
        if o and not o.group(1).lower().startswith('unsloth/'):
            original = o.group(1)
            break
    if original is None: continue
    # The upload is a re-upload of the original written beside it: it keeps the original's
    # architecture, and the original's own bases (judged by hand once when it is a fine-tune).
    want = EXPECT.get(original, {'denotes': original})
    if want.get('skip'): continue
    chain = [want['denotes']] if want.get('denotes') else []
    add(repo, path, commit, i, 'python', text, m.group(1), 'uploader-derivative',
        {'denotes': m.group(1), 'base': chain + [b for b in want.get('base', []) if b not in chain]})

# 4. mlx-lm: mlx-community conversions
repo = 'ml-explore/mlx-lm'
commit, rows = git_grep(repo, r'mlx-community/[A-Za-z0-9._-]+', ['*.py', '*.md'])
seen = set()
for path, n, text in rows:
    for name in re.findall(r'mlx-community/[A-Za-z0-9._-]+[A-Za-z0-9]', text):
        if name in seen or len(text) > 300: continue
        want = by_hand(name)
        if want is None: continue
        seen.add(name)
        if want.get('skip'): continue
        add(repo, path, commit, n, 'python' if path.endswith('.py') else 'markdown', text, name,
            'uploader-derivative', want)

# 5. FastChat's model registry: links to models, most of them fine-tunes by third parties
repo, path = 'lm-sys/FastChat', 'fastchat/model/model_registry.py'
commit, lines = git_show(repo, path)
seen = set()
for i, text in enumerate(lines, 1):
    for name in re.findall(r'huggingface\.co/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+[A-Za-z0-9])', text):
        if name.startswith('datasets/') or name in seen or len(text) > 300: continue
        want = by_hand(name)
        if want is None: continue
        seen.add(name)
        if want.get('skip'): continue
        add(repo, path, commit, i, 'python', text, name, 'fine-tune-link', want)

for r in records: print(json.dumps(r, ensure_ascii=False))
print(f'{len(records)} records', file=sys.stderr)

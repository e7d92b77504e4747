#!/usr/bin/env python3
"""Builds test/data/corpus/names.jsonl: real lines that name models, read from fetched public repos.

Selection is by rule, not by hand (see test/data/corpus/README.md, section "names.jsonl"):
  * LiteLLM's model price list: every open-weight key with a hosted-provider prefix, the first
    PER_PROVIDER of each provider in file order, plus Bedrock's bare meta./mistral. ids;
  * Ollama's repository: Go/MDX lines quoting a library tag "name:size", first per distinct tag;
  * Unsloth's mapper.py: every STRIDE-th pre-quantized upload key (its base is the third line);
  * mlx-lm: every distinct mlx-community/… id, first line naming it.
The expected answer of a label comes from the line's own evidence (an original id written beside
it, an official id inside a hosted id) matched exactly against catalog ids and aliases, or from
EXPECT below, written by hand per distinct served name. Usage: buildNames.py > names.jsonl
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


catalog = json.load(open('src/core/data/models.json'))
exact = {}
for m in catalog:
    for n in [m['id'], *m.get('aliases', [])]: exact[n.lower()] = m['id']

# Hand-written expected answers for served names whose line carries no official id: catalog id, or
# None when the served model is not in the catalog (then only a size or nothing is the right answer).
EXPECT = json.load(open('scripts/corpus/expectedNames.json'))

records = []


def add(repo, path, commit, line_no, language, text, span, family, expect, model=None, base=None):
    start = text.index(span)
    label = {'start': start, 'end': start + len(span), 'text': span, 'kind': 'model', 'expect': expect}
    if model and expect == 'exact': label['model'] = model
    if (base or model) and expect == 'derivative': label['base'] = base or model
    slug = hashlib.sha1(f'{repo}{path}{line_no}'.encode()).hexdigest()[:8]
    records.append({'id': f'names-{repo.split("/")[0].lower()}-{slug}',
                    'source': {'repo': repo, 'path': path, 'commit': commit, 'line': line_no},
                    'language': language, 'text': text, 'labels': [label], 'family': family})


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
    if want is None or want['expect'] == 'skip': continue
    expect, model = (want['expect'], want.get('model'))
    add(repo, path, commit, i, 'json', text, key, 'hosted-api-id', expect, model=model)

# 2. Ollama's repository: quoted library tags
repo = 'ollama/ollama'
commit, rows = git_grep(repo, r'"[a-z][a-z0-9.-]+:[0-9][0-9a-z._-]*b[a-z0-9._-]*"', ['*.go', '*.mdx'])
seen = set()
for path, n, text in rows:
    for tag in re.findall(r'"([a-z][a-z0-9.-]+:[0-9][0-9a-z._-]*b[a-z0-9._-]*)"', text):
        if tag in seen or 'cloud' in tag or len(text) > 300: continue
        want = by_hand(tag)
        if want is None: continue
        if want['expect'] == 'skip': seen.add(tag); continue
        seen.add(tag)
        add(repo, path, commit, n, 'go' if path.endswith('.go') else 'markdown', text, tag, 'ollama-tag',
            want['expect'], model=want.get('model'))
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
    base = exact.get((original or '').lower())
    if base:
        add(repo, path, commit, i, 'python', text, m.group(1), 'uploader-derivative', 'derivative', base=base)
        continue
    # The original is not a catalog id: its base is judged by hand once (expectedNames.json).
    want = by_hand(original or m.group(1))
    if want is None or want['expect'] == 'skip': continue
    expect = 'derivative' if want['expect'] in ('exact', 'derivative') else want['expect']
    add(repo, path, commit, i, 'python', text, m.group(1), 'uploader-derivative', expect, base=want.get('model'))

# 4. mlx-lm: mlx-community conversions
repo = 'ml-explore/mlx-lm'
commit, rows = git_grep(repo, r'mlx-community/[A-Za-z0-9._-]+', ['*.py', '*.md'])
seen = set()
for path, n, text in rows:
    for name in re.findall(r'mlx-community/[A-Za-z0-9._-]+[A-Za-z0-9]', text):
        if name in seen or len(text) > 300: continue
        want = by_hand(name)
        if want is None: continue
        if want['expect'] == 'skip': seen.add(name); continue
        seen.add(name)
        add(repo, path, commit, n, 'python' if path.endswith('.py') else 'markdown', text, name,
            'uploader-derivative', want['expect'], base=want.get('model'))

for r in records: print(json.dumps(r, ensure_ascii=False))
print(f'{len(records)} records', file=sys.stderr)

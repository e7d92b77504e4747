#!/usr/bin/env python3
"""Held-out set 3 of model names: picks real lines that name a model from repositories the project
never used, by a fixed rule, and writes test/data/corpus/heldout3-names.jsonl with the hand labels of
scripts/corpus/heldout3Labels.json (test/data/corpus/names.md, section "Held-out set 3").

Rule, per repository (its newest fetched snapshot under /work/.mirror, HEAD):
  * every text file with one of EXTENSIONS (no vendored, lock or minified file), every line of at
    most MAX_LINE characters;
  * a candidate is the first token of the line that looks like a model name (CANDIDATE below): an id
    `org/name` or `provider/org/name`, a tag `name:tag`, or a word, which holds an LLM family word at a
    word start and a digit, or holds a family word and a separator `/`, `:` or `-`;
  * one line per distinct candidate (lower-cased): the line with the smallest sha1 of
    "repo:path:line";
  * the PER_REPO distinct candidates whose line has the smallest sha1 of "repo:path:line", after
    dropping the names the hand labels mark {"skip": ...} (a token that names no model: a package,
    a class, a module, a file).
No network: reads git objects of the mirrors. Usage: selectHeldout3Names.py [--candidates] [--repo owner/name]
  --candidates prints the chosen candidates (repo, path, line, span) without labels, for labelling.
"""
import hashlib
import json
import re
import subprocess
import sys

MIRROR = '/work/.mirror'
PER_REPO = 15
MAX_LINE = 300
REPOS = [
    'Aider-AI/aider',  # coding agent: model settings, docs
    'microsoft/autogen',  # agent framework
    'khoj-ai/khoj',  # personal assistant app (Ollama, hosted APIs)
    'infiniflow/ragflow',  # RAG engine: model factory lists
    'zylon-ai/private-gpt',  # RAG app: settings files
    'ItzCrazyKns/Perplexica',  # search app on Ollama / hosted APIs
    'n4ze3m/page-assist',  # browser extension for Ollama
    'stanford-crfm/helm',  # eval harness: model deployments
    'open-compass/opencompass',  # eval harness: model configs
    'tatsu-lab/alpaca_eval',  # eval: model configs
    'songquanpeng/one-api',  # API gateway: hosted model names
    'Portkey-AI/gateway',  # API gateway: provider ids
    'allenai/open-instruct',  # fine-tuning recipes (SFT, DPO, RLVR)
    'hiyouga/EasyR1',  # RL fine-tuning recipes
    'huggingface/open-r1',  # distillation / GRPO recipes
    'eugeneyan/open-llms',  # model zoo README
    'kubernetes-sigs/lws',  # Kubernetes LeaderWorkerSet: vLLM / SGLang multi-node samples
    'ray-project/kuberay',  # Kubernetes Ray operator: Ray Serve / vLLM samples
    'GoogleCloudPlatform/kubernetes-engine-samples',  # GKE: vLLM / TGI deployments
    'kubernetes-sigs/gateway-api-inference-extension',  # Kubernetes inference gateway: vLLM pool samples
    'NielsRogge/Transformers-Tutorials',  # notebooks
]
EXTENSIONS = ('.py', '.yaml', '.yml', '.json', '.md', '.mdx', '.ts', '.tsx', '.js', '.toml', '.sh', '.ipynb', '.go',
              '.txt', '.env', '.example', 'Dockerfile', 'Modelfile')
SKIP_PATH = re.compile(r'(^|/)(node_modules|vendor|third_party|dist|build)/|package-lock|yarn\.lock|pnpm-lock|'
                       r'\.min\.js$|/locales?/|/i18n/|/_locales/', re.I)
LANGUAGE = {'.py': 'python', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json', '.md': 'markdown', '.mdx': 'mdx',
            '.ts': 'typescript', '.tsx': 'typescriptreact', '.js': 'javascript', '.toml': 'toml', '.sh': 'shellscript',
            '.ipynb': 'json', '.go': 'go', '.txt': 'plaintext', '.env': 'dotenv', '.example': 'plaintext',
            'Dockerfile': 'dockerfile', 'Modelfile': 'modelfile'}
# LLM family words (a family word must start a word: after the token start or one of / : - _ . or a digit).
FAMILY = (r'llama|mistral|mixtral|codestral|ministral|pixtral|magistral|devstral|qwen|qwq|gemma|phi-?\d|deepseek|'
          r'falcon|gpt-?\d|gpt-oss|chatgpt|claude|gemini|yi-\d|yi-large|internlm|chatglm|glm-?\d|baichuan|vicuna|'
          r'zephyr|olmo|pythia|bloom|starcoder|codegen|granite|nemotron|jamba|dbrx|solar|hermes|smollm|minicpm|'
          r'kimi|minimax|ernie|hunyuan|grok|mpt-|stablelm|openchat|llava|command-r|aya|internvl|tinyllama|'
          r'wizardlm|wizardcoder|dolphin|orca|guanaco|koala|alpaca-\d|moonshot|doubao|spark|sonar|o1-|o3-|o4-')
FAMILY_AT = re.compile(r'(?:^|(?<=[/:\-_.\d]))(?:' + FAMILY + r')', re.I)
TOKEN = re.compile(r'[A-Za-z0-9][\w.\-:/@+]*[A-Za-z0-9]')
FILE_EXT = re.compile(r'\.(py|ya?ml|json|md|png|jpe?g|svg|txt|ts|js|html|ipynb|sh|toml|csv|pdf)$', re.I)


def candidate(text):
    """The first token of the line that looks like a model name, as (start, end), or None."""
    for m in TOKEN.finditer(text):
        tok, start = m.group(0), m.start()
        if '://' in text[max(0, start - 3):start + 3] or text[m.end():m.end() + 3] == '://':
            continue
        hf = re.search(r'huggingface\.co/(?:models/)?', tok)
        if hf:
            rest = tok[hf.end():]
            parts = rest.split('/')
            if len(parts) < 2:
                continue
            tok = '/'.join(parts[:2])
            start += hf.end()
        elif tok.count('/') > 2 or FILE_EXT.search(tok) or '.com' in tok or '.co/' in tok or 'github' in tok:
            continue
        tok = tok.rstrip('.:-/')
        if not FAMILY_AT.search(tok):
            continue
        if not (re.search(r'\d', tok) or re.search(r'[/:\-]', tok)):
            continue
        return start, start + len(tok)
    return None


def git(d, *args):
    return subprocess.check_output(['git', '--git-dir', d, *args])


def lines_of(repo):
    d = f'{MIRROR}/{repo.replace("/", "+")}/repo'
    commit = git(d, 'rev-parse', 'HEAD').decode().strip()
    listing = git(d, 'ls-tree', '-r', '-l', 'HEAD').decode().split('\n')
    blobs = []
    for row in listing:
        if not row:
            continue
        meta, path = row.split('\t', 1)
        _, kind, sha, size = meta.split()
        if kind != 'blob' or not size.isdigit() or int(size) > 2_000_000 or SKIP_PATH.search(path):
            continue
        if not path.endswith(EXTENSIONS):
            continue
        blobs.append((path, sha))
    proc = subprocess.Popen(['git', '--git-dir', d, 'cat-file', '--batch'], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    for path, sha in blobs:
        proc.stdin.write(f'{sha}\n'.encode())
        proc.stdin.flush()
        header = proc.stdout.readline().split()
        if len(header) < 3:  # an object the snapshot lacks ("missing")
            continue
        data = proc.stdout.read(int(header[2]))
        proc.stdout.read(1)
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError:
            continue
        for i, line in enumerate(text.split('\n'), 1):
            yield commit, path, i, line
    proc.stdin.close()
    proc.wait()


def language_of(path):
    for ext, lang in LANGUAGE.items():
        if path.endswith(ext):
            return lang
    return 'plaintext'


def sha(s):
    return hashlib.sha1(s.encode()).hexdigest()


def select(repo, labels, per_repo=PER_REPO):
    best = {}
    for commit, path, i, line in lines_of(repo):
        if len(line) > MAX_LINE:
            continue
        span = candidate(line)
        if not span:
            continue
        name = line[span[0]:span[1]]
        key, h = name.lower(), sha(f'{repo}:{path}:{i}')
        if key not in best or h < best[key][0]:
            best[key] = (h, commit, path, i, line, span)
    chosen = []
    for key, (h, commit, path, i, line, span) in sorted(best.items(), key=lambda kv: kv[1][0]):
        want = labels.get(f'{repo}|{key}')
        if want and want.get('skip'):
            continue
        chosen.append((key, commit, path, i, line, span, want))
        if len(chosen) == per_repo:
            break
    return chosen


PROVIDERS = ('openrouter', 'bedrock', 'vertex_ai', 'openai', 'anthropic', 'google', 'perplexity', 'meta', 'pro', 'cf',
             'ai21', 'gemini', 'together_ai', 'groq', 'azure')


def family_of(name):
    """The shape of a name (never its label): an Ollama tag, a local path, a hosted id, a Hub id, words, a word."""
    first = name.lstrip('@').split('/')[0].lower()
    if re.match(r'^(meta|ai21|anthropic|mistral|cohere|amazon)\.', name):  # Bedrock model ids
        return 'hosted-api-id'
    if re.match(r'^[\w.\-]+:[\w.\-]+$', name):
        return 'ollama-tag'
    if name.startswith('models--') or ('/' in name and first in ('models', 'data', 'ray_data_home', 'mnt')):
        return 'local-path'
    if name.count('/') >= 2 or ('/' in name and first in PROVIDERS):
        return 'hosted-api-id'
    if '/' in name:
        return 'hf-id'
    if ' ' in name:
        return 'name-in-words'
    return 'plain-name'


def main():
    labels = json.load(open('scripts/corpus/heldout3Labels.json')) if '--candidates' not in sys.argv else {}
    if '--candidates' in sys.argv:
        try:
            labels = json.load(open('scripts/corpus/heldout3Labels.json'))
        except FileNotFoundError:
            labels = {}
    only = sys.argv[sys.argv.index('--repo') + 1] if '--repo' in sys.argv else None
    for repo in REPOS:
        if only and repo != only:
            continue
        per_repo = 2 * PER_REPO if '--candidates' in sys.argv else PER_REPO  # room for the skips to come
        for key, commit, path, i, line, span, want in select(repo, labels, per_repo):
            name = line[span[0]:span[1]]
            if '--candidates' in sys.argv:
                print(json.dumps({'key': f'{repo}|{key}', 'path': path, 'line': i, 'text': line.strip()[:200],
                                  'labelled': want is not None}))
                continue
            if want is None:
                sys.exit(f'no label for {repo}|{key} ({path}:{i})')
            start, end = span
            if want.get('text'):  # the hand label widens or narrows the span (a name in words)
                start = line.index(want['text'])
                end = start + len(want['text'])
                name = want['text']
            label = {'start': start, 'end': end, 'text': name, 'kind': 'model', 'denotes': want.get('denotes')}
            if want.get('base'):
                label['base'] = want['base']
            rec = {'id': f'h3-{repo.split("/")[1].lower()}-{sha(f"{repo}:{path}:{i}")[:8]}',
                   'source': {'repo': repo, 'path': path, 'commit': commit, 'line': i},
                   'language': language_of(path), 'text': line, 'labels': [label],
                   'family': want.get('family') or family_of(name)}
            if want.get('debatable'):
                rec['debatable'] = want['debatable']
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == '__main__':
    main()

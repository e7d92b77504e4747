# Step 4 of test/data/corpus/README.md: keeps 2 candidates per repository and label family and
# 22 per look-alike family (size-like lines first), by smallest sha1("repo:path:line").
# Usage: WORK=/tmp/corpus-work python3 selectLines.py (reads $WORK/candidates.jsonl)
import os, sys
WORK = os.environ.get('WORK', '/tmp/corpus-work')
import json, re, hashlib, collections, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from proposeLabels import propose
STRONG = re.compile(r'\d[bBmMtTkKgG]\b|\d[bBmM][-_]')
cands = [json.loads(l) for l in open(os.path.join(WORK, 'candidates.jsonl'))]
pos = collections.defaultdict(list); neg = collections.defaultdict(list)
for c in cands:
    c['hash'] = hashlib.sha1(f"{c['repo']}:{c['path']}:{c['line']}".encode()).hexdigest()
    (pos if c['pool'] == 'positive' else neg)[(c['repo'], c['family']) if c['pool'] == 'positive' else c['family']].append(c)
out = []; seen = set()
for k, rows in sorted(pos.items()):
    for c in sorted(rows, key=lambda c: c['hash'])[:2]:
        if c['text'].strip() in seen: continue
        seen.add(c['text'].strip()); out.append(c)
for fam, rows in sorted(neg.items()):
    rows = sorted(rows, key=lambda c: (not STRONG.search(c['text']), c['hash']))
    n = 0
    for c in rows:
        if n >= 22: break
        if c['text'].strip() in seen: continue
        seen.add(c['text'].strip()); out.append(c); n += 1
for i, c in enumerate(out):
    slug = re.sub(r'[^a-z0-9]+', '-', c['repo'].split('/')[1].lower())[:20]
    c['id'] = f"{slug}-{c['hash'][:8]}"
    c['labels'] = propose(c['text'])
json.dump(out, open(os.path.join(WORK, 'draft.json'), 'w'))
print(len(out), collections.Counter(c['pool'] for c in out), len({c['repo'] for c in out}))

# Step 5: applies the hand decisions (labelDecisions.txt) to the proposals and writes
# test/data/corpus/lines.jsonl. Usage: WORK=/tmp/corpus-work python3 buildCorpus.py
import os, sys
WORK = os.environ.get('WORK', '/tmp/corpus-work')
import json, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
d = json.load(open(os.path.join(WORK, 'draft.json')))
by = {c['id']: c for c in d}
NEGFAM = {'dtype-format': 'dtype-word-in-code', 'gguf-name': 'gguf-word-in-code', 'model-id': 'model-word-in-code',
          'ollama-tag': 'colon-tag-lookalike', 'size-token': 'size-shape-in-text'}
def fields(spec):
    out = {}
    for kv in spec.split():
        k, v = kv.split('=', 1)
        out[k] = v
    return out
def apply_fields(lab, f):
    for k, v in f.items():
        if k == 'nth': continue
        if v == '-': lab.pop(k, None); continue
        if k in ('params', 'activeParams'): lab[k] = int(float(v))
        else: lab[k] = v
for row in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labelDecisions.txt')):
    row = row.rstrip('\n')
    if not row.strip() or row.startswith('#'): continue
    parts = [p.strip() for p in row.split('|')]
    cid, op = parts[0], parts[1]
    c = by.get(cid)
    if not c: print('missing', cid); continue
    text = c['text']
    if op == 'deb': c['debatable'] = parts[2]
    elif op == 'neg': c['labels'] = []; c['negfam'] = parts[2]
    elif op == 'drop':
        gone = set(parts[2].split('|')) if len(parts) == 3 else set(parts[2:])
        c['labels'] = [l for l in c['labels'] if l['text'] not in gone]
    elif op in ('span', 'set'):
        old = parts[2]
        hit = [l for l in c['labels'] if l['text'] == old]
        if not hit: print('no label', cid, old); continue
        lab = hit[0]
        if op == 'span':
            new = parts[3]
            # the occurrence of the new text that overlaps the old span
            best = None
            for m in re.finditer(re.escape(new), text):
                if m.start() <= lab['end'] and m.end() >= lab['start']: best = m; break
            if not best: best = re.search(re.escape(new), text)
            if not best: print('no span', cid, new); continue
            lab['start'], lab['end'], lab['text'] = best.start(), best.end(), new
            f = fields(parts[4]) if len(parts) > 4 and parts[4] else {}
        else:
            f = fields(parts[3])
        apply_fields(lab, f)
    elif op == 'add':
        new = parts[2]; f = fields(parts[3])
        nth = int(f.get('nth', 1))
        ms = list(re.finditer(r'(?<![A-Za-z0-9])' + re.escape(new) + r'(?![A-Za-z0-9])', text))
        if len(ms) < nth: print('no add', cid, new); continue
        m = ms[nth - 1]
        lab = {'start': m.start(), 'end': m.end(), 'text': new, 'kind': f.get('kind', 'model')}
        apply_fields(lab, {k: v for k, v in f.items() if k != 'kind'})
        c['labels'] = [l for l in c['labels'] if not (l['start'] < lab['end'] and lab['start'] < l['end'])] + [lab]
        c['labels'].sort(key=lambda l: l['start'])
out = []
seen_ids = {}
for c in d:
    # Several outputs of one notebook cell restart their line numbers: number repeated ids.
    n = seen_ids.get(c['id'], 0) + 1
    seen_ids[c['id']] = n
    if n > 1: c['id'] = f"{c['id']}-{n}"

    rec = {'id': c['id'], 'source': {'repo': c['repo'], 'path': c['path'].split('#')[0], 'commit': c['commit']},
           'language': c['language'], 'text': c['text']}
    if '#' in c['path']: rec['source']['cell'] = c['path'].split('#')[1] + f":{c['line']}"
    else: rec['source']['line'] = c['line']
    if c.get('debatable'):
        rec['debatable'] = c['debatable']
        if c['labels']: rec['labels'] = c['labels']
        rec['family'] = c.get('negfam') or c['family']
    elif c['labels']:
        rec['labels'] = [{k: l[k] for k in ('start', 'end', 'text', 'kind', 'params', 'activeParams', 'quant', 'model') if k in l} for l in c['labels']]
        rec['family'] = c['family']
    else:
        rec['negative'] = True
        rec['family'] = c.get('negfam') or (c['family'] if c['pool'] == 'negative' else NEGFAM[c['family']])
    # Offsets in UTF-16 code units, as JavaScript and VS Code count them.
    u16 = lambda i: len(c['text'][:i].encode('utf-16-le')) // 2
    for l in rec.get('labels', []):
        l['start'], l['end'] = u16(l['start']), u16(l['end'])
    for l in []:
        assert text_ok(rec, l) if False else rec['text'][l['start']:l['end']] == l['text'], (rec['id'], l)
    out.append(rec)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../test/data/corpus/lines.jsonl'), 'w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + '\n')
import collections
print(len(out), collections.Counter('deb' if r.get('debatable') else 'neg' if r.get('negative') else 'pos' for r in out),
      sum(len(r.get('labels', [])) for r in out if not r.get('debatable') and not r.get('negative')), len({r['source']['repo'] for r in out}))

# Proposes label spans for candidate lines; every proposal was then read and corrected by hand
# (labelDecisions.txt). Independent of the recognizer: it never imports or runs it.
import os, sys
WORK = os.environ.get('WORK', '/tmp/corpus-work')
# Proposes labels for candidate lines (reviewed by hand afterwards). Independent of the recognizer.
import json, re, sys
CAT = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../src/core/data/models.json')))
VARIANT = set('instruct it chat base hf gguf ggml awq gptq exl2 mlx fp8 fp16 bf16 int4 int8 bnb 4bit 8bit nf4 dynamic quantized w4a16 w8a8 w8a16 latest text unsloth imatrix ud original pt'.split())
QW = re.compile(r'^(?:i?q\d(?:_[0-9a-z]+)*|f16|f32|bf16|\d(?:\.\d+)?bpw|h\d|mxfp4(?:_moe)?)$')
def norm(raw):
    n = raw.strip(); n = n[n.rfind('/')+1:]
    n = re.sub(r'(?:-\d{5}-of-\d{5})?\.(?:gguf|safetensors|bin|pt|pth|onnx)$', '', n, flags=re.I)
    n = re.sub(r'\.(?=(?:ud-)?i?q\d|f16|bf16|f32)', '-', n, flags=re.I)
    w = [x for x in re.split(r'[\s:-]+', re.sub(r'^meta[-_ ]', '', n.lower())) if x]
    w = [x for x in w if x not in VARIANT and not QW.match(x)]
    return re.sub(r'\.(?!\d)|(?<!\d)\.', '', ''.join(w))
IDX = {}
for m in CAT:
    for nm in [m['id'], m['name']] + m.get('aliases', []) + [t for t in m.get('ollamaTags', []) if ':' in t]:
        IDX.setdefault(norm(nm), m)
def cat(name):
    k = norm(name)
    return IDX.get(k) or IDX.get(re.sub(r'(?:v\d+(?:\.\d+)*|\d{4})$', '', k))

SIZE = r'(?:\d{1,3}x\d{1,3}(?:\.\d)?[bB]|\d{1,4}(?:\.\d{1,3})?[bB](?:-[aA]\d{1,3}(?:\.\d)?[bB])?|[eE]\d[bB]|\d{1,4}(?:\.\d{1,2})?[mM])'
QUANT = r'(?:UD-)?I?Q\d(?:_[0-9A-Z]+)*|[BF]F?16|F32|FP8|AWQ|GPTQ(?:-Int[48])?|NF4|bnb-[48]bit|\d(?:\.\d{1,2})?bpw|EXL2|MLX-\d-?bit|W[48]A(?:8|16)'
DT = {'float16':'F16','fp16':'F16','half':'F16','bfloat16':'BF16','bf16':'BF16','float32':'F32','fp32':'F32','fp8':'FP8','nf4':'NF4','int8':'INT8','int4':'INT4','8bit':'INT8','8-bit':'INT8','4bit':'INT4','4-bit':'INT4','32-bit':'F32','16bit':'F16','16-bit':'F16'}
def szv(s):
    m = re.match(r'^(\d+(?:\.\d+)?)([bBmM])$', s)
    if not m: return None
    return round(float(m.group(1)) * (1e9 if m.group(2) in 'bB' else 1e6))
def qcanon(q):
    u = q.upper()
    if u.startswith('UD-'): u = u[3:]
    if re.match(r'^\d(\.\d+)?BPW$', u): return 'EXL2'
    if u in ('W4A16',): return 'INT4'
    if u in ('W8A8','W8A16'): return 'INT8'
    if u.startswith('MLX-'): return 'MLX-' + u[4] + 'bit'
    if u.startswith('BNB-4'): return 'NF4'
    if u.startswith('BNB-8'): return 'INT8'
    if u == 'FP16': return 'F16'
    if u in ('Q4_K',): return 'Q4_K_M'
    return u
TOK = re.compile(r'[A-Za-z0-9._:/-]+')
def narrow(t, s):
    # huggingface.co URL: org/name; other paths: the last segment that names a model.
    parts = t.split('/')
    if re.fullmatch(r'[A-Z_]+', parts[0]) and len(parts) > 1:   # $HOME/…, $WORK_PATH/…
        parts = parts[1:]; s += len(t) - len('/'.join(parts)); t = '/'.join(parts)
    if parts[-1].lower().endswith('.gguf'):
        return parts[-1], s + len(t) - len(parts[-1])
    if len(parts) <= 2 and not re.search(r'\.(json|ya?ml|png|jpg|md|txt|sh|py|jsonl|csv)$', t): return t, s
    low = [p.lower() for p in parts]
    for host in ('huggingface.co', 'hf.co'):
        if host in low:
            i = low.index(host)
            if i + 2 < len(parts) + 0 and parts[i+1] not in ('datasets', 'spaces'):
                seg = parts[i+1] + '/' + parts[i+2]
                return seg, s + t.index(seg)
            return None, s
    for p in reversed(parts):
        if p and (re.search(r'[A-Za-z]{2}', p) and (re.search(r'(?<![A-Za-z0-9.])' + SIZE + r'(?![A-Za-z0-9])', p) or cat(p) or p.lower().endswith('.gguf'))):
            return p, s + t.rindex(p)
    return None, s
def propose(text):
    labels = []
    for m in TOK.finditer(text):
        t = m.group(0).strip('.:/-_'); s = m.start() + m.group(0).find(t); e = s + len(t)
        if len(t) < 2: continue
        if s > 0 and text[s-1] in '[;' and re.match(r'^\d+m$', t): continue   # ANSI colour codes
        if '/' in t:
            t, s = narrow(t, s)
            if not t: continue
            e = s + len(t)
        q = re.search(r'(?<![A-Za-z0-9])(' + QUANT + r')(?![A-Za-z0-9])', t)
        z = re.search(r'(?<![A-Za-z0-9.])' + SIZE + r'(?![A-Za-z0-9])', t)
        c = None
        if re.search(r'[A-Za-z]{2}', t) and (z or '/' in t or ':' in t):
            parts = t.split('/')
            for i in range(len(parts)-1, -1, -1):
                c = cat('/'.join(parts[max(0,i-1):i+1])) or cat(parts[i])
                if c: break
        if (z and re.search(r'[A-Za-z]{2}', t)) or c or t.lower().endswith('.gguf'):
            lab = {'start': s, 'end': e, 'text': t, 'kind': 'model'}
            if c:
                lab['model'] = c['id']; lab['params'] = c['params']
                if c.get('activeParams'): lab['activeParams'] = c['activeParams']
            elif z and szv(z.group(0)): lab['params'] = szv(z.group(0))
            if q: lab['quant'] = qcanon(q.group(1))
            labels.append(lab); continue
        if z and z.group(0) == t and szv(t) and not t.endswith('m'):
            labels.append({'start': s, 'end': e, 'text': t, 'kind': 'params', 'params': szv(t)}); continue
        if q and q.group(0) == t:
            labels.append({'start': s, 'end': e, 'text': t, 'kind': 'quant', 'quant': qcanon(t)}); continue
        g = re.search(r'(GGML_TYPE_|LLAMA_FTYPE_MOSTLY_)([A-Z0-9_]+)', t)
        if g:
            labels.append({'start': s, 'end': e, 'text': t, 'kind': 'quant', 'quant': qcanon(g.group(2))}); continue
        for dm in re.finditer(r'(?<![A-Za-z0-9_])(b?float16|fp16|bf16|float32|fp32|fp8|nf4|int[48]|[48]-?bit|32-bit|16-?bit)(?![A-Za-z0-9_])', t, re.I):
            if re.search(r'(c_|u)$', t[:dm.start(1)]): continue
            labels.append({'start': s+dm.start(1), 'end': s+dm.end(1), 'text': dm.group(1), 'kind': 'quant', 'quant': DT[dm.group(1).lower()]})
    return labels
if __name__ == '__main__':
    for l in open(sys.argv[1]):
        d = json.loads(l); d['labels'] = propose(d['text']); print(json.dumps(d))

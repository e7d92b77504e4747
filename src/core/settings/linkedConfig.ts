// A ConfigMap that a document of the same file names as its config: KAITO's Workspace says
// `inference: { config: "<name>" }` and the vLLM settings it runs with sit in the `data:` of the
// ConfigMap `metadata.name: <name>` (kaito-project/kaito examples/inference/
// kaito_workspace_custom_config.yaml @ 056b8280b1a8debf644bc6f4399e913a1f9c7e70: the ConfigMap's
// `inference_config.yaml` holds a `vllm:` block of engine arguments). The link is by name, so a
// ConfigMap the document does not name is never read.
import type { TextWindow } from './window';
import type { YLine } from './yamlLines';

const CONFIG_REF = /^\s*config\s*:\s*["']?([\w.-]+)["']?\s*(?:#.*)?$/;

/** The `data:` block of each ConfigMap in the window that lines [lo, hi) name as `config:`. */
export function linkedConfigs(
  text: string,
  ls: YLine[],
  lo: number,
  hi: number,
  w: TextWindow,
): Array<[number, number]> {
  const names = new Set<string>();
  for (let j = lo; j < hi; j++) {
    const m = CONFIG_REF.exec(ls[j].text);
    if (m) names.add(m[1]);
  }
  if (!names.size) return [];
  const out: Array<[number, number]> = [];
  // the other documents of the window
  const bounds = [-1, ...ls.flatMap((l, j) => (/^---\s*$/.test(l.text) ? [j] : [])), ls.length];
  for (let d = 0; d + 1 < bounds.length; d++) {
    const from = bounds[d] + 1;
    const to = bounds[d + 1];
    if (from === lo || from >= to) continue;
    const doc = ls.slice(from, to);
    if (!doc.some(l => /^kind\s*:\s*["']?ConfigMap["']?\s*$/.test(l.text))) continue;
    const meta = doc.findIndex(l => /^metadata\s*:\s*$/.test(l.text));
    const end = doc.findIndex((l, k) => k > meta && !l.blank && l.indent === 0);
    const metaBlock = meta < 0 ? [] : doc.slice(meta + 1, end < 0 ? undefined : end);
    const name = metaBlock.find(l => /^\s+name\s*:/.test(l.text));
    const own = name && /^\s+name\s*:\s*["']?([\w.-]+)["']?/.exec(name.text)?.[1];
    if (!own || !names.has(own)) continue;
    const data = doc.findIndex(l => /^data\s*:\s*$/.test(l.text));
    if (data < 0) continue;
    out.push([doc[data].start, doc[doc.length - 1].end]);
  }
  return out.filter(([a, b]) => a >= w.start && b <= w.end && text.slice(a, b).length > 0);
}

// Turns words into (option, value) pairs in every way a run file writes them: `--flag value`,
// `--flag=value`, `-c 4096`, `KEY=value` (env), `key=value` and `key = value` (Python keywords),
// `key: value` (YAML, JSON), `PARAMETER key value` (Modelfile), a Kubernetes env entry
// (`- name: KEY` / `value: "…"`), and a flag with no value (`--flash-attn`).
import type { Word } from './words';

export interface OptionPair {
  /** Normalized name (see engineOptions.ts). */
  key: string;
  name: Word;
  value?: Word;
  /** Text of the value when it is not a whole word (`--x=5`, `k=v`). */
  valueText?: string;
}

/** `--max-model-len` → `max_model_len`, `maxModelLen` → `max_model_len`, `-ngl` stays `-ngl`. */
export function normalizeName(name: string): string {
  if (/^-[A-Za-z][\w]{0,3}$/.test(name)) return name.toLowerCase();
  // Grouped flags name the option last: OpenRLHF's `--train.micro_batch_size`, `--ds.param_dtype`.
  const grouped = /^--[A-Za-z]\w*\.([A-Za-z][\w-]*)$/.exec(name);
  if (grouped) return normalizeName(`--${grouped[1]}`);
  return name
    .replace(/^-+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-.]/g, '_')
    .toLowerCase();
}

const FLAG = /^--?[A-Za-z][\w.-]*(?:=.*)?$/;
const IDENT_EQ = /^([A-Za-z_][\w.-]*)=(.*)$/;

function isFlag(w: Word | undefined): boolean {
  return !!w && FLAG.test(w.text);
}

export function optionPairs(words: Word[]): OptionPair[] {
  const pairs: OptionPair[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (w.key) {
      const value = next && !next.key && next.line === w.line && !isFlag(next) ? next : undefined;
      pairs.push({ key: normalizeName(w.text), name: w, value });
      if (value) i++;
      continue;
    }
    if (w.text === 'PARAMETER' && next && words[i + 2] && words[i + 2].line === w.line) {
      pairs.push({ key: normalizeName(next.text), name: next, value: words[i + 2] });
      i += 2;
      continue;
    }
    if (isFlag(w)) {
      const eq = w.text.indexOf('=');
      if (eq > 0) {
        pairs.push({ key: normalizeName(w.text.slice(0, eq)), name: w, valueText: w.text.slice(eq + 1) });
        continue;
      }
      const value = next && !isFlag(next) ? next : undefined;
      pairs.push({ key: normalizeName(w.text), name: w, value });
      continue;
    }
    const m = IDENT_EQ.exec(w.text);
    if (m) {
      if (m[2] !== '') pairs.push({ key: normalizeName(m[1]), name: w, valueText: m[2] });
      else if (next && next.line === w.line) {
        pairs.push({ key: normalizeName(m[1]), name: w, value: next });
        i++;
      }
      continue;
    }
    if (next && next.text === '=' && words[i + 2] && /^[A-Za-z_]\w*$/.test(w.text)) {
      pairs.push({ key: normalizeName(w.text), name: w, value: words[i + 2] });
      i += 2;
    }
  }
  return envEntries(pairs);
}

/** Kubernetes `- name: VLLM_X` + `value: "1"` become one pair named VLLM_X. */
function envEntries(pairs: OptionPair[]): OptionPair[] {
  const out: OptionPair[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i];
    const n = pairs[i + 1];
    if (p.key === 'name' && p.value && /^[A-Z][A-Z0-9_]+$/.test(p.value.text) && n?.key === 'value' && n.value) {
      out.push({ key: normalizeName(p.value.text), name: p.value, value: n.value });
      i++;
      continue;
    }
    out.push(p);
  }
  return out;
}

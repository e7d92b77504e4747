// Reads parameter-count labels: "70B", "1.5b", "350M", "1T", and the mixture-of-experts forms
// "8x7B", "30B-A3B", "A3B", "17B-16E" / "17Bx16E", and Gemma 3n's "E4B".
//
// What the MoE forms mean (docs/ESTIMATION.md section 2.3 and the model cards):
// - NxMB: N experts of an M-B-class model. Attention and embeddings are shared, so the total is
//   well below N × M (Mixtral 8x7B: 46.7B total, about 12.9B active), and we never report N × M.
// - TB-AaB: T total, a active (Qwen3 naming).
// - aB-NE: a active, N experts (Llama 4 naming); the total is not in the label.
// - EnB: "effective" parameters of Gemma 3n; the raw count is higher.

export interface ParamSize {
  /** Total parameters when the label gives them. */
  params?: number;
  activeParams?: number;
  experts?: number;
  /** For NxMB: the size class of one expert model (M). */
  expertSize?: number;
  effective?: boolean;
  /** Which form was read. */
  form: 'dense' | 'experts' | 'total-active' | 'active' | 'active-experts' | 'effective';
}

const UNIT: Record<string, number> = { m: 1e6, b: 1e9, t: 1e12 };
const NUM = String.raw`(\d{1,4}(?:\.\d{1,3})?)`;

// Largest believable model: 20T parameters; smallest: 1M.
const MIN_PARAMS = 1e6;
const MAX_PARAMS = 2e13;

function amount(num: string, unit: string): number | undefined {
  const value = Number(num) * UNIT[unit.toLowerCase()];
  return value >= MIN_PARAMS && value <= MAX_PARAMS ? value : undefined;
}

/**
 * Mixtral-style NxMB totals. Shared attention and embeddings make the total smaller than N × M;
 * for Mixtral the ratio is 46.7 / 56 = 0.834 and the active share 12.9 / 46.7 (mistral.ai model
 * cards). We use those ratios for an unknown NxMB label and say so; known models use the catalog.
 */
export const EXPERTS_TOTAL_RATIO = 46.7 / 56;
export const EXPERTS_ACTIVE_RATIO = 12.9 / 56;

const FORMS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => ParamSize | undefined]> = [
  [
    new RegExp(String.raw`^${NUM}([mbt])$`, 'i'),
    m => {
      const params = amount(m[1], m[2]);
      return params === undefined ? undefined : { params, form: 'dense' };
    },
  ],
  [
    new RegExp(String.raw`^(\d{1,3})x${NUM}([mb])$`, 'i'),
    m => {
      const experts = Number(m[1]);
      const expertSize = amount(m[2], m[3]);
      if (expertSize === undefined || experts < 2 || experts > 512) return undefined;
      const dense = experts * expertSize;
      return {
        params: dense * EXPERTS_TOTAL_RATIO,
        activeParams: dense * EXPERTS_ACTIVE_RATIO,
        experts,
        expertSize,
        form: 'experts',
      };
    },
  ],
  [
    new RegExp(String.raw`^${NUM}([bt])-a${NUM}([mb])$`, 'i'),
    m => {
      const params = amount(m[1], m[2]);
      const activeParams = amount(m[3], m[4]);
      if (params === undefined || activeParams === undefined || activeParams >= params) return undefined;
      return { params, activeParams, form: 'total-active' };
    },
  ],
  [
    new RegExp(String.raw`^a${NUM}([mb])$`, 'i'),
    m => {
      const activeParams = amount(m[1], m[2]);
      return activeParams === undefined ? undefined : { activeParams, form: 'active' };
    },
  ],
  [
    /^(\d{1,3})b[-x](\d{1,3})e$/i,
    m => {
      const activeParams = amount(m[1], 'b');
      const experts = Number(m[2]);
      if (activeParams === undefined || experts < 2) return undefined;
      return { activeParams, experts, form: 'active-experts' };
    },
  ],
  [
    new RegExp(String.raw`^e${NUM}b$`, 'i'),
    m => {
      const params = amount(m[1], 'b');
      return params === undefined ? undefined : { params, effective: true, form: 'effective' };
    },
  ],
];

/** Parses a whole label; undefined when it is not a parameter count. */
export function parseParamSize(label: string): ParamSize | undefined {
  if (label.length < 2 || label.length > 16) return undefined;
  for (const [re, read] of FORMS) {
    const m = re.exec(label);
    if (m) return read(m);
  }
  return undefined;
}

// A size inside a longer name ("Llama-3.1-70B-Instruct", "qwen2.5:0.5b", "Qwen3-30B-A3B-2507"),
// bounded by non-alphanumerics; a digit run glued to a dot on its left ("3.1-70B" → not "1-70B")
// is not a start.
const IN_NAME = new RegExp(
  String.raw`(?<![A-Za-z0-9.])(?:\d{1,3}x${NUM}[mb]|${NUM}[bt]-a${NUM}[mb]|\d{1,3}b[-x]\d{1,3}e|e${NUM}b|a${NUM}b|` +
    String.raw`${NUM}[mbt])(?![A-Za-z0-9])`,
  'gi',
);

export interface ParamSizeInName {
  start: number;
  end: number;
  size: ParamSize;
}

/**
 * The parameter count inside a name. A name can hold two ("Qwen2.5-7B-Instruct-1M": 1M is the
 * context length); the first billion- or trillion-scale one wins, a million-scale one only when it
 * is alone ("SmolLM2-135M").
 */
export function findParamSizeInName(name: string): ParamSizeInName | undefined {
  let millions: ParamSizeInName | undefined;
  IN_NAME.lastIndex = 0;
  for (let m = IN_NAME.exec(name); m; m = IN_NAME.exec(name)) {
    const size = parseParamSize(m[0]);
    if (!size) continue;
    const hit = { start: m.index, end: m.index + m[0].length, size };
    const scale = size.params ?? size.activeParams ?? 0;
    if (scale >= 1e9 || size.form !== 'dense') return hit;
    millions ??= hit;
  }
  return millions;
}

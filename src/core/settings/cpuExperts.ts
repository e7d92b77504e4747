// Which layers' routed experts llama.cpp keeps in system RAM, from the options that say so:
// - `-cmoe, --cpu-moe` (env LLAMA_ARG_CPU_MOE): every layer's experts;
// - `-ncmoe, --n-cpu-moe N` (env LLAMA_ARG_N_CPU_MOE): the experts of layers 0 … N−1;
// - `-ot, --override-tensor <pattern>=<buffer type>,…` (env LLAMA_ARG_OVERRIDE_TENSOR): each tensor
//   goes to the buffer type of the first pattern found in its name (a regex search); experts are
//   the tensors `blk.<i>.ffn_{up,down,gate,gate_up}_exps` (LLM_FFN_EXPS_REGEX).
// Source: ggml-org/llama.cpp common/arg.cpp @ 0017d6fb63f9590e791a7562b276148f7bd5b7fc (the three
// options and their env names) and common/common.h (llm_ffn_exps_block_regex: `blk\.<i>` +
// `\.ffn_(up|down|gate|gate_up)_(ch|)exps`); llama.cpp PR #15077 (--n-cpu-moe: "the MoE weights of
// the first N layers").

/** Layers tried when reading a pattern: more than any released model has. */
const LAYERS_TRIED = 512;
const EXPERT_TENSORS = ['ffn_up_exps', 'ffn_down_exps', 'ffn_gate_exps'];

interface Override {
  re: RegExp;
  cpu: boolean;
}

function overrides(value: string): Override[] | undefined {
  const out: Override[] = [];
  for (const entry of value.split(',')) {
    const eq = entry.lastIndexOf('=');
    if (eq <= 0) return undefined;
    const pattern = entry.slice(0, eq).trim();
    if (pattern.length > 300) return undefined;
    try {
      out.push({ re: new RegExp(pattern), cpu: /^cpu$/i.test(entry.slice(eq + 1).trim()) });
    } catch (e) {
      if (e instanceof SyntaxError) return undefined; // not a pattern JavaScript can read
      throw e;
    }
  }
  return out;
}

/**
 * The layers whose experts an --override-tensor list keeps on the CPU: -1 for every layer, N for
 * layers 0 … N−1. Undefined when it moves no experts to the CPU, or another set of layers (that
 * cannot be told as a count), or the list cannot be read.
 */
export function cpuExpertLayersOf(value: string): number | undefined {
  const list = overrides(value);
  if (!list || !list.some(o => o.cpu)) return undefined;
  const onCpu = (layer: number) =>
    EXPERT_TENSORS.every(t => list.find(o => o.re.test(`blk.${layer}.${t}.weight`))?.cpu === true);
  let n = 0;
  while (n < LAYERS_TRIED && onCpu(n)) n++;
  if (n === LAYERS_TRIED) return -1;
  if (n === 0) return undefined;
  // a prefix only: a later layer on the CPU as well would make the count wrong
  for (let i = n; i < LAYERS_TRIED; i++) if (onCpu(i)) return undefined;
  return n;
}

// LoRA adapters: trainable parameters by rank and target modules (Hu et al., LoRA,
// arXiv:2106.09685 §4: W + B·A with A r×d_in and B d_out×r, so r·(d_in + d_out) per matrix).
import type { Architecture } from '../architecture';

export const LORA_TARGETS = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj'] as const;
export type LoraTarget = (typeof LORA_TARGETS)[number];

/** Names other families use for the same projections (Qwen-1, GPT-NeoX, Falcon, Phi-3, torchtune). */
const SYNONYMS: Record<string, readonly LoraTarget[]> = {
  'all-linear': LORA_TARGETS,
  all: LORA_TARGETS,
  attention: ['q_proj', 'k_proj', 'v_proj', 'o_proj'],
  mlp: ['gate_proj', 'up_proj', 'down_proj'],
  c_attn: ['q_proj', 'k_proj', 'v_proj'],
  qkv_proj: ['q_proj', 'k_proj', 'v_proj'],
  query_key_value: ['q_proj', 'k_proj', 'v_proj'],
  wqkv: ['q_proj', 'k_proj', 'v_proj'],
  c_proj: ['o_proj', 'down_proj'],
  dense: ['o_proj'],
  out_proj: ['o_proj'],
  output_proj: ['o_proj'],
  wo: ['o_proj'],
  w1: ['gate_proj'],
  w3: ['up_proj'],
  w2: ['down_proj'],
  gate_up_proj: ['gate_proj', 'up_proj'],
  fc1: ['up_proj'],
  fc2: ['down_proj'],
  dense_h_to_4h: ['up_proj'],
  dense_4h_to_h: ['down_proj'],
  q: ['q_proj'],
  k: ['k_proj'],
  v: ['v_proj'],
  o: ['o_proj'],
  gate: ['gate_proj'],
  up: ['up_proj'],
  down: ['down_proj'],
};

/** The canonical projections a list of module names targets; undefined entries are unknown names. */
export function loraTargetsOf(names: string | readonly string[]): { targets: LoraTarget[]; unknown: string[] } {
  const list = typeof names === 'string' ? [names] : names;
  const found = new Set<LoraTarget>();
  const unknown: string[] = [];
  for (const raw of list) {
    const n = raw.trim().toLowerCase().replace(/^.*\./, '');
    const hit = (LORA_TARGETS as readonly string[]).includes(n) ? [n as LoraTarget] : SYNONYMS[n];
    if (hit) hit.forEach(t => found.add(t));
    else unknown.push(raw);
  }
  return { targets: LORA_TARGETS.filter(t => found.has(t)), unknown };
}

/** [d_in, d_out] of each projection in one layer (MoE: the experts a token visits plus shared ones). */
export function projectionShape(a: Architecture, t: LoraTarget): [number, number] {
  const q = a.attentionHeads * a.headDim;
  const kv = a.kvHeads * a.headDim;
  const ffn = a.intermediateSize;
  switch (t) {
    case 'q_proj':
      return [a.hiddenSize, q];
    case 'k_proj':
    case 'v_proj':
      return [a.hiddenSize, kv];
    case 'o_proj':
      return [q, a.hiddenSize];
    case 'gate_proj':
    case 'up_proj':
      return [a.hiddenSize, ffn];
    case 'down_proj':
      return [ffn, a.hiddenSize];
  }
}

/**
 * Trainable adapter parameters: r·(d_in + d_out) per targeted matrix per layer. For a mixture of
 * experts PEFT adapts the dense projections named; the expert matrices are not counted here.
 */
export function loraTrainableParams(a: Architecture, rank: number, targets: readonly LoraTarget[]): number {
  let perLayer = 0;
  for (const t of targets) {
    const [i, o] = projectionShape(a, t);
    perLayer += rank * (i + o);
  }
  return a.layers * perLayer;
}

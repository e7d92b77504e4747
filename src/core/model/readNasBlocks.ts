// Nemotron NAS (DeciLM, model_type "nemotron-nas"): `block_configs` gives each layer's attention
// (KV heads through n_heads_in_group, or no-op, or a single linear layer) and FFN width (ffn_mult,
// no-op or linear) on its own (nvidia/Llama-3_3-Nemotron-Super-49B-v1 configuration_decilm.py and
// block_config.py: width = 256-multiple above 2/3 × ffn_mult × hidden).
import type { ArchSpec, LayerSpec } from './archSpec';
import type { ConfigFields, Json } from './configFields';

function ffnWidth(mult: number, hidden: number): number {
  const raw = Math.trunc((2 * mult * hidden) / 3);
  return Math.ceil(raw / 256) * 256;
}

export function readNasBlocks(f: ConfigFields, spec: ArchSpec): void {
  const blocks = f.value('block_configs');
  if (!Array.isArray(blocks) || blocks.length !== spec.layers.length) {
    throw new TypeError(`config block_configs must list one block for each of ${spec.layers.length} layers`);
  }
  let noAttention = 0;
  spec.layers = (blocks as Json[]).map((b): LayerSpec => {
    const a = (b.attention ?? {}) as Json;
    const m = (b.ffn ?? {}) as Json;
    const group = typeof a.n_heads_in_group === 'number' ? a.n_heads_in_group : 1;
    const mixer = a.no_op ? 'none' : a.replace_with_linear ? 'linear-replacement' : 'full';
    if (mixer !== 'full') noAttention++;
    return {
      mixer,
      kvHeads: mixer === 'full' ? spec.heads / group : 0,
      ffn: m.no_op ? 'none' : m.replace_with_linear ? 'linear-replacement' : 'dense',
      ffnWidth: typeof m.ffn_mult === 'number' ? ffnWidth(m.ffn_mult, spec.hidden) : spec.intermediate,
    };
  });
  spec.kvHeads = Math.max(...spec.layers.map(l => l.kvHeads));
  spec.intermediate = Math.max(...spec.layers.map(l => l.ffnWidth));
  spec.notes.push(`NAS blocks: ${noAttention} of ${spec.layers.length} layers without attention`);
}

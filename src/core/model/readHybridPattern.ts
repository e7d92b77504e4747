// Nemotron-H and similar hybrids: `hybrid_override_pattern` gives one character per layer, each
// layer being a single block: M = Mamba-2 mixer, * = attention, - = MLP, E = MoE
// (huggingface/transformers models/nemotron_h/configuration_nemotron_h.py).
import type { ArchSpec, LayerSpec, MambaSpec } from './archSpec';
import type { ConfigFields } from './configFields';

const BLOCK_CHARS: Record<string, string> = { mamba: 'M', attention: '*', mlp: '-', moe: 'E' };

/** The pattern string, or newer configs' layers_block_type list spelled as one. */
export function hybridPattern(f: ConfigFields): string | undefined {
  const list = f.value('layers_block_type');
  if (Array.isArray(list)) return list.map(b => BLOCK_CHARS[String(b)] ?? '?').join('');
  return f.str('hybrid_override_pattern');
}

export function readHybridPattern(f: ConfigFields, spec: ArchSpec): void {
  const pattern = hybridPattern(f);
  if (!pattern || pattern.length !== spec.layers.length || /[^M*\-E]/.test(pattern)) {
    const n = spec.layers.length;
    throw new TypeError(`config hybrid_override_pattern must give one of M, *, -, E for each of ${n} layers`);
  }
  const kv = spec.kvHeads;
  const width = spec.intermediate;
  spec.layers = [...pattern].map((c): LayerSpec => ({
    mixer: c === 'M' ? 'mamba' : c === '*' ? 'full' : 'none',
    ffn: c === '-' ? 'dense' : c === 'E' ? 'moe' : 'none',
    ffnWidth: width,
    kvHeads: kv,
  }));
  spec.mamba = readMambaFields(f);
  spec.headDim = f.num('head_dim', 'attention_head_dim') || spec.hidden / spec.heads;
  spec.vHeadDim = spec.headDim;
  const count = (c: string) => [...pattern].filter(x => x === c).length;
  spec.notes.push(`hybrid: ${count('M')} Mamba-2, ${count('*')} attention layers`);
}

/** Mamba-2 mixer sizes under Nemotron-H's and Granite 4's names. */
export function readMambaFields(f: ConfigFields): MambaSpec {
  return {
    heads: f.need('mamba_num_heads', 'mamba_n_heads'),
    headDim: f.need('mamba_head_dim', 'mamba_d_head'),
    state: f.need('ssm_state_size', 'mamba_d_state'),
    groups: f.need('n_groups', 'mamba_n_groups'),
    conv: f.need('conv_kernel', 'mamba_d_conv'),
    projBias: f.bool('mamba_proj_bias') ?? false,
    convBias: f.bool('use_conv_bias', 'mamba_conv_bias') ?? true,
  };
}

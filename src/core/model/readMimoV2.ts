// MiMo-V2-Flash (huggingface/transformers models/mimo_v2_flash/modular_mimo_v2_flash.py @019770dd):
// full attention on the first layer and every 6th (hybrid_layer_pattern: 0 full, 1 sliding), the
// others a 128-token window with twice the KV heads (swa_num_key_value_heads) and a learned sink
// per attention head; keys of head_dim, values of v_head_dim; a dense first layer, then 256
// routed experts without a shared one.
import type { ArchSpec } from './archSpec';
import type { ConfigFields } from './configFields';

export function readMimoV2(f: ConfigFields, spec: ArchSpec): void {
  const pattern = f.list('hybrid_layer_pattern');
  if (pattern && pattern.length === spec.layers.length) {
    pattern.forEach((p, i) => (spec.layers[i].mixer = p === 1 ? 'sliding' : 'full'));
  }
  const fullKv = f.need('num_key_value_heads');
  const slidingKv = f.num('swa_num_key_value_heads') ?? 2 * fullKv;
  let sliding = 0;
  for (const l of spec.layers) {
    l.kvHeads = l.mixer === 'sliding' ? slidingKv : fullKv;
    if (l.mixer === 'sliding') sliding++;
  }
  spec.vHeadDim = f.need('v_head_dim');
  // The sliding layers' KV heads stand for the model; the full layers' are listed apart.
  spec.kvHeads = sliding ? slidingKv : fullKv;
  spec.slidingWindow = f.num('sliding_window', 'sliding_window_size') ?? spec.slidingWindow;
  // One sink per attention head on the sliding layers.
  if (f.bool('add_swa_attention_sink_bias') !== false)
    spec.fixedParams = (spec.fixedParams ?? 0) + sliding * spec.heads;
  spec.notes.push(`sliding layers: ${slidingKv} KV heads, full layers: ${fullKv}; values ${spec.vHeadDim} wide`);
}

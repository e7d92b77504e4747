// The fixed per-sequence state of layers without a KV cache, in bytes: Gated DeltaNet's
// value-heads × key-dim × value-dim matrix and Mamba-2's heads × head-dim × state, each with its
// convolution window (kernel − 1 steps of the conv channels), and LFM2's convolution window
// alone. Kept in float32, as llama.cpp and vLLM's default mamba cache hold them.
import type { ArchSpec } from './archSpec';

export function recurrentStateBytes(a: ArchSpec): number {
  let perLayer = 0;
  let layers = 0;
  if (a.gdn) {
    const g = a.gdn;
    const convChannels = 2 * g.keyHeads * g.keyDim + g.valueHeads * g.valueDim;
    perLayer = g.valueHeads * g.keyDim * g.valueDim + convChannels * (g.conv - 1);
    layers = a.layers.filter(l => l.mixer === 'linear').length;
  } else if (a.mamba) {
    const m = a.mamba;
    const inner = m.heads * m.headDim;
    perLayer = inner * m.state + (inner + 2 * m.groups * m.state) * (m.conv - 1);
    layers = a.layers.filter(l => l.mixer === 'mamba').length;
  }
  if (a.shortConv) {
    // LFM2's convolution layers keep the last kernel − 1 inputs of their hidden-wide channels.
    perLayer = a.hidden * (a.shortConv.kernel - 1);
    layers = a.layers.filter(l => l.mixer === 'conv').length;
  }
  const lightning = a.layers.filter(l => l.mixer === 'lightning').length;
  // Lightning attention keeps one head-dim × head-dim state per head.
  return (perLayer * layers + lightning * a.heads * a.headDim * a.headDim) * 4;
}

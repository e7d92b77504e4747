// Families the config reader learned for the 300-model catalog: Gemma 4, the Qwen vision-language
// checkpoints and Qwen3.5, GLM-5, Bamba and Nemotron 3 hybrids, Apertus, dots.llm1, Mistral Small 4.
import * as assert from 'assert';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { kvCacheBytes } from '../../../../src/core/estimate/kvCache';
import { tensorInventory, type InventoryShape } from '../../../../src/core/estimate/tensorInventory';
import { configSources, configText } from './realConfigs';

const SOURCES = configSources();
const read = (file: string) => modelFromConfig(configText(file), { id: SOURCES[file].model });
const near = (got: number, want: number, rel: number) => Math.abs(got - want) <= rel * want;
const inventoryTotal = (m: ReturnType<typeof read>) =>
  tensorInventory(m as unknown as InventoryShape).reduce((s, t) => s + t.elements, 0);

suite('modelFromConfig: Gemma 4', () => {
  test('31B: global layers of 4 KV heads × 512 with values = keys; the card counts 30.7B without vision', () => {
    const m = read('google--gemma-4-31B-it.json');
    assert.deepStrictEqual(
      [m.modelType, m.layers, m.slidingLayers, m.slidingWindow, m.kvHeads, m.headDim],
      ['gemma4_text', 60, 50, 1024, 16, 256],
    );
    assert.deepStrictEqual([m.fullAttentionKvHeads, m.fullAttentionHeadDim], [4, 512]);
    assert.ok(near(m.params - m.visionParams!, 30.7e9, 0.002), String(m.params - m.visionParams!));
  });

  test('KV cache: the 10 global layers cache 2 × 4 × 512 values per token, not the sliding 2 × 16 × 256', () => {
    const m = read('google--gemma-4-31B-it.json');
    const asSliding = { ...m, fullAttentionKvHeads: undefined, fullAttentionHeadDim: undefined };
    const ctx = 32768;
    const ours = kvCacheBytes(m, 'transformers', ctx, 1, 'F16').bytes;
    const uniform = kvCacheBytes(asSliding, 'transformers', ctx, 1, 'F16').bytes;
    assert.strictEqual(uniform - ours, 10 * ctx * (2 * 16 * 256 - 2 * 4 * 512) * 2);
  });

  test('26B A4B: 128 experts beside a dense MLP (an always-on shared expert); 3.8B active', () => {
    const m = read('google--gemma-4-26B-A4B-it.json');
    assert.deepStrictEqual([m.experts, m.expertsPerToken, m.sharedExperts, m.expertIntermediateSize], [128, 8, 1, 704]);
    assert.strictEqual(m.sharedExpertIntermediateSize, 2112);
    assert.ok(near(m.params - m.visionParams!, 25.2e9, 0.002), String(m.params));
    assert.ok(near(m.activeParams! - m.visionParams!, 3.8e9, 0.01), String(m.activeParams));
  });

  test('E2B: 20 layers reuse earlier KV (15 keep a cache), per-layer embeddings, audio and vision towers', () => {
    const m = read('google--gemma-4-E2B-it.json');
    assert.deepStrictEqual([m.layers, m.kvLayers, m.perLayerEmbeddings], [35, 15, 262144 * 35 * 256]);
    assert.ok(near(m.params, 5.1e9, 0.01), String(m.params));
    // Vision (16 layers of 768) and audio (12 Conformer blocks of 1024): about 0.48B together.
    assert.ok(m.visionParams! > 0.45e9 && m.visionParams! < 0.5e9, String(m.visionParams));
  });

  test('every Gemma 4 checkpoint lays out as tensors that add up to its count', () => {
    for (const f of Object.keys(SOURCES).filter(x => /gemma-4/i.test(x))) {
      const m = read(f);
      assert.strictEqual(inventoryTotal(m), m.params, f);
    }
  });
});

suite('modelFromConfig: Qwen vision-language checkpoints and Qwen3.5', () => {
  test('Qwen2-VL: the Hub counts (8.29B, 2.21B) from Qwen2 and the ViT with its patch merger', () => {
    assert.strictEqual(read('Qwen--Qwen2-VL-7B-Instruct.json').params, 8291375616);
    assert.strictEqual(read('Qwen--Qwen2-VL-2B-Instruct.json').params, 2208985600);
  });

  test('Qwen3-VL-8B: its language model is exactly Qwen3-8B; the rest is the vision tower', () => {
    const vl = read('Qwen--Qwen3-VL-8B-Instruct.json');
    const text = read('Qwen--Qwen3-8B.json');
    assert.strictEqual(vl.params - vl.visionParams!, text.params);
    assert.deepStrictEqual([vl.modelType, vl.kvHeads, vl.headDim], ['qwen3_vl_text', 8, 128]);
  });

  test('Qwen2.5-VL as olmOCR nests it (text_config) and as Qwen ships it (flat): one count', () => {
    assert.strictEqual(read('allenai--olmOCR-2-7B-1025.json').params, read('Qwen--Qwen2.5-VL-7B-Instruct.json').params);
  });

  test('Qwen3.5-27B: 48 Gated DeltaNet layers with a fixed state, 16 gated full-attention layers, MTP apart', () => {
    const m = read('Qwen--Qwen3.5-27B.json');
    assert.deepStrictEqual([m.layers, m.linearAttentionLayers, m.kvHeads, m.headDim], [64, 48, 4, 256]);
    assert.ok(m.recurrentStateBytes! > 0 && m.mtpParams! > 0);
    assert.ok(near(m.params, 27e9, 0.02), String(m.params));
  });

  test('Qwen3.5-35B-A3B: 256 experts and a gated shared expert; about 3B active', () => {
    const m = read('Qwen--Qwen3.5-35B-A3B.json');
    assert.deepStrictEqual([m.experts, m.expertsPerToken, m.sharedExperts], [256, 8, 1]);
    assert.ok(near(m.params, 35e9, 0.01), String(m.params));
    assert.ok(m.activeParams! > 3e9 && m.activeParams! < 4e9, String(m.activeParams));
  });
});

suite('modelFromConfig: GLM-5, Mistral Small 4, dots.llm1, Apertus', () => {
  test('GLM-5: MLA with a lightning indexer, 3 dense layers, 744B; GLM-5.3 layers marked "shared" have none', () => {
    const g5 = read('zai-org--GLM-5.json');
    const g53 = read('zai-org--GLM-5.3.json');
    assert.deepStrictEqual([g5.kvLoraRank, g5.qLoraRank, g5.denseLayers, g5.experts], [512, 2048, 3, 256]);
    assert.ok(near(g5.params, 744e9, 0.002), String(g5.params));
    const cfg = JSON.parse(configText('zai-org--GLM-5.3.json')) as { indexer_types: string[] };
    const shared = cfg.indexer_types.filter(t => t === 'shared').length;
    // Per indexer: wq_b (2,048 → 32 × 128), wk (6,144 → 128), its LayerNorm and weights_proj (6,144 → 32).
    const indexer = 2048 * 32 * 128 + 6144 * 128 + 2 * 128 + 6144 * 32;
    assert.strictEqual(g5.params - g53.params, shared * indexer);
  });

  test('Mistral Small 4: DeepSeek-style MLA and 128 experts under a Pixtral tower, 119B', () => {
    const m = read('mistralai--Mistral-Small-4-119B-2603.json');
    assert.deepStrictEqual([m.kvLoraRank, m.experts, m.sharedExperts, m.family], [256, 128, 1, 'deepseek3']);
    assert.ok(near(m.params, 119e9, 0.005), String(m.params));
  });

  test('dots.llm1: 142B total and 14B active (one dense layer, 128 experts with 2 shared)', () => {
    const m = read('rednote-hilab--dots.llm1.inst.json');
    assert.deepStrictEqual([m.denseLayers, m.experts, m.sharedExperts], [1, 128, 2]);
    assert.ok(near(m.params, 142e9, 0.006) && near(m.activeParams!, 14e9, 0.01), `${m.params} ${m.activeParams}`);
  });

  test('Apertus: a two-matrix FFN with xIELU (two trained scalars per layer) and q/k norms', () => {
    const m = read('swiss-ai--Apertus-8B-2509.json');
    assert.strictEqual(m.gatedFfn, false);
    const h = 4096;
    const attention = h * 4096 * 2 + h * 1024 * 2 + 2 * 128;
    const layer = attention + 2 * h * 21504 + 2 * h + 2;
    assert.strictEqual(m.params, 2 * 131072 * h + 32 * layer + h);
  });
});

suite('modelFromConfig: hybrids the tensor layout lists layer by layer', () => {
  test('Bamba: attention on layers 9, 18, 27, Mamba-2 on the 29 others, an MLP on every layer', () => {
    const m = read('ibm-ai-platform--Bamba-9B-v2.json');
    assert.strictEqual(m.linearAttentionLayers, 29);
    assert.strictEqual(m.layerBlocks!.length, 64);
    assert.deepStrictEqual(
      [9, 18, 27].map(i => m.layerBlocks!.slice(2 * i, 2 * i + 2)),
      ['AD', 'AD', 'AD'],
    );
    assert.ok(near(m.params, 9.78e9, 0.001), String(m.params));
    assert.strictEqual(inventoryTotal(m), m.params);
    // The KV cache holds only the 3 attention layers; the Mamba layers a fixed state.
    const kv = kvCacheBytes(m, 'transformers', 4096, 1, 'F16');
    assert.strictEqual(kv.attentionBytes, 3 * 4096 * 2 * 8 * 128 * 2);
  });

  test('Nemotron 3 Nano: one block per layer (Mamba, attention or MoE); the tensors add up', () => {
    const m = read('nvidia--NVIDIA-Nemotron-3-Nano-30B-A3B-BF16.json');
    const blocks = m.layerBlocks!.match(/../g)!;
    assert.ok(
      blocks.every(b => ['LN', 'AN', 'NE', 'ND'].includes(b)),
      m.layerBlocks,
    );
    assert.strictEqual(blocks.filter(b => b === 'AN').length, m.layers - m.linearAttentionLayers!);
    assert.strictEqual(inventoryTotal(m), m.params);
  });

  test('models without a block list keep their layout (Llama: attention and FFN on every layer)', () => {
    const m = read('meta-llama--Llama-3.1-8B-Instruct.json');
    assert.strictEqual(m.layerBlocks, undefined);
    assert.strictEqual(inventoryTotal(m), m.params);
  });
});

suite('modelFromConfig: AFMoE (Trinity), LFM2, ModernBERT', () => {
  test('Trinity: gated attention, 2 dense layers, 128 experts + 1 shared, 3 sliding layers per global one', () => {
    const m = read('arcee-ai--Trinity-Mini.json');
    assert.deepStrictEqual([m.denseLayers, m.experts, m.sharedExperts, m.slidingWindow], [2, 128, 1, 2048]);
    assert.strictEqual(m.slidingLayers, 24);
    assert.ok(near(m.params, 26e9, 0.01) && near(m.activeParams!, 3.5e9, 0.02), `${m.params} ${m.activeParams}`);
  });

  test('LFM2-8B-A1B: convolution layers hold a small fixed state; tied embeddings by the class default', () => {
    const m = read('LiquidAI--LFM2-8B-A1B.json');
    assert.strictEqual(m.tiedEmbeddings, true);
    assert.strictEqual(m.linearAttentionLayers, 18);
    // 18 convolution layers × 2,048 channels × (3 − 1) steps, in float32.
    assert.strictEqual(m.recurrentStateBytes, 18 * 2048 * 2 * 4);
    assert.ok(near(m.params, 8.3e9, 0.006) && near(m.activeParams!, 1.5e9, 0.05), `${m.params} ${m.activeParams}`);
    assert.strictEqual(inventoryTotal(m), m.params);
  });

  test('ModernBERT: fused qkv, GLU MLP, bias-free norms and the MLM head; 149M and 395M', () => {
    assert.strictEqual(read('answerdotai--ModernBERT-base.json').params, 149655232);
    assert.ok(near(read('answerdotai--ModernBERT-large.json').params, 395e6, 0.005));
  });
});

suite('modelFromConfig: Solar Open, Hy3, GPT-1', () => {
  test('Solar Open 100B: every layer MoE (128 experts + 1 shared), 102.7B total, 12B active', () => {
    const m = read('upstage--Solar-Open-100B.json');
    assert.deepStrictEqual([m.experts, m.sharedExperts, m.denseLayers], [128, 1, undefined]);
    assert.ok(near(m.params, 102.65e9, 0.001) && near(m.activeParams!, 12e9, 0.01), `${m.params} ${m.activeParams}`);
  });

  test('Hy3 preview: one dense layer, 192 experts + 1 shared, q/k norms, one MTP layer apart', () => {
    const m = read('tencent--Hy3-preview.json');
    assert.deepStrictEqual([m.denseLayers, m.experts, m.sharedExperts], [1, 192, 1]);
    assert.ok(m.mtpParams! > 3e9, String(m.mtpParams));
    assert.ok(near(m.params, 295e9, 0.002), String(m.params));
  });

  test('GPT-1: learned positions, post-norm blocks, no final norm, tied head: 116,534,784', () => {
    const h = 768;
    const block = 4 * h * h + 4 * h + 2 * h * 3072 + 3072 + h + 4 * h;
    assert.strictEqual(read('openai-community--openai-gpt.json').params, (40478 + 512) * h + 12 * block);
  });
});

suite('modelFromConfig: EXAONE 4.5', () => {
  test('EXAONE 4 text (exaone4_5_text read as exaone4) under a Qwen2.5-VL tower with 8 KV heads', () => {
    const m = read('LGAI-EXAONE--EXAONE-4.5-33B.json');
    assert.deepStrictEqual([m.modelType, m.slidingLayers, m.slidingWindow], ['exaone4', 48, 4096]);
    // 28 blocks of width 2,048 (32 heads, 8 KV heads: qkv 2,048 → 3,072), gated MLP of 5,120, the merger.
    const d = 2048;
    const block = 2 * d + d * 3072 + 3072 + d * d + d + 3 * d * 5120 + 2 * 5120 + d;
    const merger = d + 8192 * 8192 + 8192 + 8192 * 5120 + 5120;
    assert.strictEqual(m.visionParams, 3 * 2 * 14 * 14 * d + 28 * block + merger);
    assert.ok(m.mtpParams! > 0);
  });
});

suite('modelFromConfig: MiniCPM3', () => {
  test('MLA without v_head_dim: value heads of hidden / heads (64), tied embeddings by the class default', () => {
    const m = read('openbmb--MiniCPM3-4B.json');
    assert.deepStrictEqual([m.vHeadDim, m.kvLoraRank, m.qLoraRank, m.tiedEmbeddings], [64, 256, 768, true]);
    assert.ok(near(m.params, 4e9, 0.02), String(m.params));
  });
});

suite('modelFromConfig: EuroBERT', () => {
  test('Llama blocks plus the masked-LM head: without the head, the sizes the names give (210m, 610m, 2.1B)', () => {
    for (const [file, named] of [
      ['EuroBERT--EuroBERT-210m.json', 210e6],
      ['EuroBERT--EuroBERT-610m.json', 610e6],
      ['EuroBERT--EuroBERT-2.1B.json', 2.1e9],
    ] as const) {
      const m = read(file);
      assert.strictEqual(m.tiedEmbeddings, false, file);
      assert.ok(near(m.params - m.vocabSize * m.hiddenSize, named, 0.01), `${file}: ${m.params}`);
    }
  });
});

suite('modelFromConfig: MiMo-V2-Flash', () => {
  test('sliding layers of 8 KV heads with sinks, full layers of 4, values 128 wide under 192-wide keys', () => {
    const m = read('XiaomiMiMo--MiMo-V2-Flash.json');
    assert.deepStrictEqual(
      [m.kvHeads, m.fullAttentionKvHeads, m.headDim, m.vHeadDim, m.slidingLayers, m.slidingWindow],
      [8, 4, 192, 128, 39, 128],
    );
    assert.ok(near(m.params, 309e9, 0.002) && near(m.activeParams!, 15e9, 0.04), `${m.params} ${m.activeParams}`);
    // The 9 full layers cache 4 × (192 + 128) values per token.
    const ctx = 32768;
    const ours = kvCacheBytes(m, 'transformers', ctx, 1, 'F16').bytes;
    const asSliding = kvCacheBytes({ ...m, fullAttentionKvHeads: 8 }, 'transformers', ctx, 1, 'F16').bytes;
    assert.strictEqual(asSliding - ours, 9 * ctx * 4 * (192 + 128) * 2);
    assert.strictEqual(inventoryTotal(m), m.params);
  });
});

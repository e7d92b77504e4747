// Encoders and encoder-decoders read from real configs (test/data/configs, and the held-out copies
// of test/data/configs-heldout where no other copy exists): DeBERTa, JinaBERT, Nomic BERT, the
// BART family, umT5 without a model_type, LongT5, LFM2's first config names, and the Zamba refusal.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { modelFromConfig } from '../../../../src/core/model/modelFromConfig';
import { kvCacheBytes } from '../../../../src/core/estimate/kvCache';
import { CONFIG_DIR, configSources, configText } from './realConfigs';

const SOURCES = configSources();
const read = (file: string) => modelFromConfig(configText(file), { id: SOURCES[file].model });
const heldOut = (file: string) =>
  modelFromConfig(fs.readFileSync(path.join(CONFIG_DIR, '..', 'configs-heldout', file), 'utf8'));
const near = (got: number, want: number, rel: number) => Math.abs(got - want) <= rel * want;

suite('modelFromConfig: DeBERTa', () => {
  test('v3 base: shared attention keys, 256 position buckets, no absolute positions: the card’s 184M', () => {
    const m = read('microsoft--deberta-v3-base.json');
    // 128,100 × 768 embedding + 12 × 7,087,872 per layer + 512 × 768 relative table, with norms.
    assert.strictEqual(m.params, 183_831_552);
    assert.ok(near(m.params, 184e6, 0.005));
    assert.strictEqual(m.encoderOnly, true);
    // The held-out copy of the same config was read as a decoder before (310,027,008, +68 %).
    assert.strictEqual(heldOut('microsoft--deberta-v3-base.json').params, 183_831_552);
  });

  test('v1: a fused bias-free in_proj with q/v biases and c2p/p2c position projections', () => {
    const base = read('microsoft--deberta-base.json');
    // 50,265 × 768 + 12 × (3 × 768² + 2 × 768 + pos_proj 768² + pos_q_proj 768² + 768 + …) + 1,024 × 768
    assert.strictEqual(base.params, 138_601_728);
    assert.strictEqual(read('microsoft--deberta-large.json').params, 405_163_008);
  });
});

suite('modelFromConfig: JinaBERT', () => {
  test('GEGLU feed-forward and ALiBi (no position table): the card’s 137M, not a BERT’s 115M', () => {
    const m = read('jinaai--jina-embeddings-v2-base-en.json');
    assert.strictEqual(m.params, 137_368_320);
    assert.ok(near(m.params, 137e6, 0.005));
    assert.match(m.source, /JinaBERT: GLU MLP, ALiBi positions/);
    // Its first checkpoints' config (JBertForMaskedLM, position_embedding_type still "absolute").
    assert.strictEqual(heldOut('jinaai--jina-embeddings-v2-base-en.json').params, 137_368_320);
    // A plain BERT is untouched.
    assert.strictEqual(read('intfloat--e5-base-v2.json').params, 109_482_240);
  });
});

suite('modelFromConfig: Jina Embeddings v3', () => {
  test('XLM-RoBERTa with rotary positions (no position table); the task LoRA adapters ship apart', () => {
    const m = read('jinaai--jina-embeddings-v3-hf.json');
    // 250,002 × 1,024 + 1 token type + 24 × 12,596,224 + pooler, with norms.
    assert.strictEqual(m.params, 559_364_096);
    assert.strictEqual(m.encoderOnly, true);
  });
});

suite('modelFromConfig: RoBERTa-PreLayerNorm', () => {
  test('RoBERTa-large blocks with their norms moved first and one more after the stack', () => {
    const m = read('andreasmadsen--efficient_mlm_m0.40.json');
    // Read as a decoder before: 505,646,080.
    assert.strictEqual(m.params, 355_361_792);
    assert.strictEqual(m.params - read('sentence-transformers--all-roberta-large-v1.json').params, 2 * 1024);
  });
});

suite('modelFromConfig: ALBERT', () => {
  test('embeddings in 128 wide, one layer shared by all 12 passes: 11.7M, not a 12-layer BERT', () => {
    const m = read('albert--albert-base-v2.json');
    // (30,000 + 512 + 2) × 128 + 2 × 128 + 128 × 768 + 768 + 7,087,872 + 768² + 768
    assert.strictEqual(m.params, 11_683_584);
    assert.deepStrictEqual([m.layers, m.encoderOnly], [12, true]);
  });
});

suite('modelFromConfig: ELECTRA', () => {
  test('a narrower embedding_size projected up to hidden_size, and no pooler', () => {
    // An ELECTRA-small discriminator config as saved in pooh1263/workspace
    // (electra-small-discriminator/config.json @ee1329e0cf9e, a 32,000-token vocabulary).
    const small = modelFromConfig({
      architectures: ['ElectraForPreTraining'],
      embedding_size: 128,
      hidden_size: 256,
      intermediate_size: 1024,
      max_position_embeddings: 512,
      model_type: 'electra',
      num_attention_heads: 4,
      num_hidden_layers: 12,
      type_vocab_size: 2,
      vocab_size: 32000,
    });
    // (32,000 + 512 + 2) × 128 + 2 × 128 + 128 × 256 + 256 + 12 × 789,760
    assert.strictEqual(small.params, 13_672_192);
    assert.strictEqual(small.encoderOnly, true);
  });
});

suite('modelFromConfig: Nomic BERT', () => {
  test('v1.5: SwiGLU, bias-free projections, rotary positions: 137M as Ollama lists it', () => {
    const m = read('nomic-ai--nomic-embed-text-v1.5.json');
    assert.strictEqual(m.params, 136_731_648);
    assert.strictEqual(m.tiedEmbeddings, true);
    assert.strictEqual(m.encoderOnly, true);
  });

  test('v2 MoE: 8 experts on every second layer, 2 per token: 475M total, 305M active', () => {
    const m = read('nomic-ai--nomic-embed-text-v2-moe-unsupervised.json');
    assert.ok(near(m.params, 475e6, 0.005), String(m.params));
    assert.ok(near(m.activeParams!, 305e6, 0.005), String(m.activeParams));
  });
});

suite('modelFromConfig: BART-style encoder-decoders', () => {
  test('bart-large: shared embeddings, learned positions of 1,024 + 2 rows, layernorm_embedding', () => {
    const m = read('facebook--bart-large.json');
    assert.strictEqual(m.params, 406_291_456);
    assert.deepStrictEqual([m.layers, m.hiddenSize, m.attentionHeads, m.encoderDecoder], [12, 1024, 16, true]);
  });

  test('Marian (sinusoidal tables kept as parameters), mBART, M2M100, PLBART, Blenderbot-small', () => {
    // 58,101 × 512 shared + 2 × 512 × 512 positions + 6 + 6 layers of 512.
    assert.strictEqual(read('Helsinki-NLP--opus-mt-en-de.json').params, 74_410_496);
    // The held-out Marian config threw before (no num_attention_heads).
    assert.strictEqual(heldOut('Helsinki-NLP--opus-mt-en-fr.json').params, 75_133_952);
    assert.ok(near(read('facebook--mbart-large-50.json').params, 611e6, 0.002));
    assert.ok(near(read('facebook--m2m100_1.2B.json').params, 1.2e9, 0.04));
    assert.ok(near(read('facebook--blenderbot_small-90M.json').params, 90e6, 0.03));
    assert.strictEqual(read('uclanlp--plbart-large.json').params, read('facebook--bart-large.json').params - 266_240);
  });
});

suite('modelFromConfig: T5 relatives', () => {
  test('umT5 configs name no model_type: the architecture class says umt5 (a bias table per layer)', () => {
    const small = read('google--umt5-small.json');
    assert.strictEqual(small.modelType, 'umt5');
    assert.deepStrictEqual([small.layers, small.headDim, small.attentionHeads], [8, 64, 6]);
    assert.ok(near(read('google--umt5-xxl.json').params, 13e9, 0.01));
  });

  test('a T5EncoderModel config (a diffusion text encoder) is the encoder stack alone: 4.76B', () => {
    // FLUX.1-schnell's text_encoder_2 config as saved in edkamesh/FluX-optimized
    // (text_encoder_2/config.json @2557da90a214; its bitsandbytes block left out here).
    const m = modelFromConfig({
      _name_or_path: 'black-forest-labs/FLUX.1-schnell',
      architectures: ['T5EncoderModel'],
      d_ff: 10240,
      d_kv: 64,
      d_model: 4096,
      feed_forward_proj: 'gated-gelu',
      is_encoder_decoder: true,
      model_type: 't5',
      num_decoder_layers: 24,
      num_heads: 64,
      num_layers: 24,
      relative_attention_num_buckets: 32,
      tie_word_embeddings: false,
      vocab_size: 32128,
    });
    // 32,128 × 4,096 + 24 × (4 × 4,096² + 3 × 4,096 × 10,240 + 2 × 4,096) + 4,096 + 32 × 64
    assert.strictEqual(m.params, 4_762_310_656);
    assert.deepStrictEqual([m.encoderOnly, m.encoderDecoder, m.layers], [true, undefined, 24]);
  });

  test('LongT5 transient-global: a global bias table and a global-token norm per encoder layer', () => {
    const local = read('google--long-t5-local-base.json');
    const global = read('google--long-t5-tglobal-base.json');
    assert.strictEqual(global.params - local.params, 32 * 12 + 12 * 768);
  });
});

suite('modelFromConfig: LFM2 first configs', () => {
  test('block_ff_dim and full_attn_idxs: 6 attention and 10 convolution layers, 1,170,340,608', () => {
    const m = heldOut('LiquidAI--LFM2-1.2B.json');
    assert.strictEqual(m.params, 1_170_340_608);
    assert.strictEqual(m.intermediateSize, 8192);
    assert.strictEqual(m.linearAttentionLayers, 10);
  });
});

suite('modelFromConfig: refusals', () => {
  test('Zyphra’s own Zamba2 config and the zamba / zamba2 model types are refused, never miscounted', () => {
    assert.throws(
      () => heldOut('Zyphra--Zamba2-2.7B.json'),
      (e: Error) => e instanceof TypeError && /Zamba/.test(e.message),
    );
    const hfShape = { model_type: 'zamba2', hidden_size: 2560, num_hidden_layers: 54, num_attention_heads: 32 };
    assert.throws(() => modelFromConfig(hfShape), /model_type "zamba2" cannot be sized/);
    assert.throws(() => modelFromConfig({ model_type: 'codet5p', encoder: {}, decoder: {} }), /CodeT5\+/);
    // CSM's backbone, depth decoder and Mimi codec are three models in one config.
    assert.throws(() => read('eustlb--csm-1b.json'), /model_type "csm" cannot be sized/);
  });
});

suite('encoders and encoder-decoders in the KV cache', () => {
  test('an encoder keeps none; a decoder of an encoder-decoder also caches the encoder output', () => {
    const t5 = read('google--flan-t5-base.json');
    assert.strictEqual(t5.encoderDecoder, true);
    const ctx = 4096;
    const self = t5.layers * ctx * 2 * t5.kvHeads * t5.headDim * 2;
    // Text models: the encoder input is assumed as long as the context.
    assert.strictEqual(kvCacheBytes(t5, 'transformers', ctx, 1, 'F16').bytes, 2 * self);
    const whisper = read('openai--whisper-small.json');
    assert.strictEqual(whisper.encoderTokens, 1500);
    const perToken = whisper.layers * 2 * whisper.kvHeads * whisper.headDim * 2;
    const kv = kvCacheBytes(whisper, 'transformers', 448, 1, 'F16');
    assert.strictEqual(kv.bytes, perToken * (448 + 1500));
    assert.ok(kv.notes.some(n => /1,500 output positions/.test(n)));
    // llama.cpp keeps only the encoder output (F32) and recomputes cross-attention K and V from it.
    const cpp = kvCacheBytes(t5, 'llama.cpp', ctx, 1, 'F16');
    assert.strictEqual(
      cpp.bytes - kvCacheBytes({ ...t5, encoderDecoder: undefined }, 'llama.cpp', ctx, 1, 'F16').bytes,
      ctx * t5.hiddenSize * 4,
    );
    assert.ok(cpp.notes.some(n => /recomputes cross-attention K and V/.test(n)));
  });
});

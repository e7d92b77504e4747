import * as assert from 'assert';
import { catalogModels, findCatalogModel } from '../../../../src/core/catalog/lookupModel';
import { mergedTensorInventory, tensorInventory, type Tensor } from '../../../../src/core/estimate/tensorInventory';
import {
  GGUF_DEFAULT_TYPE,
  ggufTensorType,
  layerRuleClass,
  useMoreBits,
  type MixContext,
} from '../../../../src/core/quant/ggufMix';

const llama8b = findCatalogModel('meta-llama/Llama-3.1-8B')!;
const ctx = (fileType: string, over: Partial<MixContext> = {}): MixContext => ({
  fileType,
  layers: 32,
  gqa: 4,
  experts: 0,
  family: 'llama',
  is70B: false,
  hasImatrix: false,
  ...over,
});
const t = (role: Tensor['role'], layer?: number, rowLength = 4096): Tensor => ({
  role,
  layer,
  rowLength,
  elements: rowLength * 1024,
});

suite('tensor inventory', () => {
  test("element counts add up to every catalog model's exact parameter count", () => {
    for (const m of catalogModels()) {
      const sum = tensorInventory(m).reduce((s, x) => s + x.elements, 0);
      assert.ok(Math.abs(sum / m.params - 1) < 0.005, `${m.id}: ${sum} vs ${m.params}`);
    }
  });

  test('Llama 3.1 8B: 32 layers of q/k/v/o and gated MLP, untied embeddings', () => {
    const inv = tensorInventory(llama8b);
    assert.strictEqual(inv.filter(x => x.role === 'attn_v').length, 32);
    assert.strictEqual(inv.find(x => x.role === 'attn_v')!.elements, 4096 * 1024);
    assert.strictEqual(inv.find(x => x.role === 'ffn_down')!.rowLength, 14336);
    assert.strictEqual(inv.filter(x => x.role === 'output').length, 1);
  });

  test('MoE experts are one 3-D tensor per layer; DeepSeek-V3 keeps its first 3 layers dense and uses MLA', () => {
    const ds = tensorInventory(findCatalogModel('deepseek-ai/DeepSeek-V3')!);
    assert.strictEqual(ds.filter(x => x.role === 'ffn_down_exps').length, 61 - 3);
    assert.strictEqual(ds.filter(x => x.role === 'ffn_down').length, 3);
    assert.ok(ds.some(x => x.role === 'attn_kv_a') && !ds.some(x => x.role === 'attn_v'));
    assert.ok(ds.find(x => x.role === 'ffn_up_exps')!.experts);
  });

  test('Phi-3 fuses q/k/v; tied models have no output tensor', () => {
    const phi = tensorInventory(findCatalogModel('microsoft/Phi-3-mini-4k-instruct')!);
    assert.ok(phi.some(x => x.role === 'attn_qkv') && !phi.some(x => x.role === 'attn_q'));
    const gemma = tensorInventory(findCatalogModel('google/gemma-2-9b')!);
    assert.ok(!gemma.some(x => x.role === 'output'));
  });
});

suite('merged layers', () => {
  /** Elements per ggml type: what pricing a file type adds up. */
  const mix = (inv: readonly Tensor[], c: MixContext, tied: boolean) => {
    const byType: Record<string, number> = {};
    for (const x of inv) {
      const type = ggufTensorType(x, c, tied);
      byType[type] = (byType[type] ?? 0) + x.elements;
    }
    return byType;
  };

  test(
    'merged layers price exactly as every layer, for every catalog model, GGUF file type and rule ' + 'switch',
    function () {
      this.timeout(30_000); // about 4 million tensor types
      for (const m of catalogModels()) {
        const full = tensorInventory(m);
        const merged = mergedTensorInventory(m, layerRuleClass);
        assert.ok(
          merged.length < full.length || m.layers < 8,
          `${m.id}: ${merged.length} merged tensors of ${full.length}`,
        );
        const model = {
          layers: m.layers,
          gqa: Math.max(1, Math.round(m.attentionHeads / m.kvHeads)),
          experts: m.experts ?? 0,
          family: m.family,
        };
        for (const fileType of Object.keys(GGUF_DEFAULT_TYPE)) {
          // The rules that switch on the model (8 experts, Falcon, an importance matrix) too.
          for (const over of [{}, { experts: 8, hasImatrix: true }, { family: 'falcon' }]) {
            const c = ctx(fileType, { ...model, ...over });
            assert.deepStrictEqual(
              mix(merged, c, m.tiedEmbeddings),
              mix(full, c, m.tiedEmbeddings),
              `${m.id} ${fileType} ${JSON.stringify(over)}`,
            );
          }
        }
      }
    },
  );

  test('a rule class tells apart the layers the rules treat differently', () => {
    // 32 layers: use_more_bits, the first 2, 4, n/16 and n/8, and from 7n/8 on each split the stack.
    const classes = Array.from({ length: 32 }, (_, i) => layerRuleClass(i, 32));
    assert.notStrictEqual(classes[0], classes[2], 'layer 0 (< 2) and layer 2');
    assert.notStrictEqual(classes[2], classes[4], 'layer 2 (< 4) and layer 4');
    assert.notStrictEqual(classes[5], classes[6], 'use_more_bits at 6, not at 5');
    assert.strictEqual(classes[7], classes[8], 'two middle layers off use_more_bits');
    assert.notStrictEqual(classes[27], classes[28], 'layer 28 is in the last eighth');
    assert.strictEqual(new Set(classes).size <= 8, true, `${new Set(classes).size} classes for 32 layers`);
  });
});

suite('GGUF mixes per tensor (llama-quant.cpp rules)', () => {
  test('use_more_bits: first and last eighth, and every third layer between', () => {
    const chosen = Array.from({ length: 32 }, (_, i) => i).filter(i => useMoreBits(i, 32));
    assert.deepStrictEqual(chosen, [0, 1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 27, 28, 29, 30, 31]);
  });

  test('Q4_K_M: attn_v and ffn_down at Q6_K on use_more_bits layers, Q4_K elsewhere; output Q6_K', () => {
    assert.strictEqual(ggufTensorType(t('attn_v', 0), ctx('Q4_K_M'), false), 'Q6_K');
    assert.strictEqual(ggufTensorType(t('attn_v', 4), ctx('Q4_K_M'), false), 'Q4_K');
    assert.strictEqual(ggufTensorType(t('ffn_down', 6, 14336), ctx('Q4_K_M'), false), 'Q6_K');
    assert.strictEqual(ggufTensorType(t('attn_q', 6), ctx('Q4_K_M'), false), 'Q4_K');
    assert.strictEqual(ggufTensorType(t('output'), ctx('Q4_K_M'), false), 'Q6_K');
    assert.strictEqual(ggufTensorType(t('token_embd'), ctx('Q4_K_M'), false), 'Q4_K');
    assert.strictEqual(
      ggufTensorType(t('token_embd'), ctx('Q4_K_M'), true),
      'Q6_K',
      'tied embeddings take the output rule',
    );
  });

  test('70B and 8-expert bumps', () => {
    assert.strictEqual(ggufTensorType(t('attn_v', 11), ctx('Q4_K_M', { is70B: true, layers: 80 }), false), 'Q5_K');
    assert.strictEqual(ggufTensorType(t('attn_v', 4), ctx('Q4_K_M', { experts: 8 }), false), 'Q8_0');
    assert.strictEqual(ggufTensorType(t('attn_k', 4), ctx('Q4_K_M', { experts: 8 }), false), 'Q8_0');
    assert.strictEqual(ggufTensorType(t('attn_output', 4), ctx('Q4_K_M', { experts: 8 }), false), 'Q5_K');
  });

  test('low-bit i-quants: attn_v at Q4_K with GQA ≥ 4, output at Q5_K, embeddings at Q2_K', () => {
    assert.strictEqual(ggufTensorType(t('attn_v', 10), ctx('IQ2_XXS'), false), 'Q4_K');
    assert.strictEqual(ggufTensorType(t('attn_v', 10), ctx('IQ2_XXS', { gqa: 1 }), false), 'Q2_K');
    assert.strictEqual(ggufTensorType(t('output'), ctx('IQ2_XXS'), false), 'Q5_K');
    assert.strictEqual(ggufTensorType(t('token_embd'), ctx('IQ2_XXS'), false), 'Q2_K');
    assert.strictEqual(ggufTensorType(t('ffn_down', 1, 14336), ctx('IQ2_XXS'), false), 'Q2_K');
  });

  test('rows not divisible by 256 fall back: Q4_K → Q5_0, Q6_K → Q8_0; output to Q8_0', () => {
    assert.strictEqual(ggufTensorType(t('attn_q', 5, 896), ctx('Q4_K_M'), false), 'Q5_0');
    assert.strictEqual(ggufTensorType(t('attn_v', 0, 896), ctx('Q4_K_M'), false), 'Q8_0');
    assert.strictEqual(ggufTensorType(t('output', undefined, 896), ctx('Q4_K_M'), false), 'Q8_0');
    assert.strictEqual(ggufTensorType(t('attn_q', 5, 2880), ctx('IQ2_XXS'), false), 'IQ4_NL');
  });

  test('norms, routers and other 1-D tensors stay F32; MXFP4_MOE puts experts in MXFP4 and the rest in Q8_0', () => {
    assert.strictEqual(ggufTensorType(t('router', 3), ctx('Q4_K_M'), false), 'F32');
    assert.strictEqual(
      ggufTensorType({ ...t('ffn_up_exps', 3, 2880), experts: true }, ctx('MXFP4_MOE'), false),
      'MXFP4',
    );
    assert.strictEqual(ggufTensorType(t('attn_q', 3, 2880), ctx('MXFP4_MOE'), false), 'Q8_0');
  });
});

// Memory of one fine-tuning step (docs/ESTIMATION.md section 6), per GPU: the weights in their stored
// format, LoRA adapters, gradients, optimizer states, activations, the logits and loss buffers and
// the framework floor. Each part is computed in its own file under training/; this file adds them
// up and says what was assumed.
import type { EstimateInput, MemoryParts, Mode } from '../types';
import type { ResolvedModel } from './resolveModel';
import { parseQuant } from '../quant/parseQuant';
import { weightsBytes } from './weights';
import { formatInt } from '../units';
import { trainingSettings, type TrainingSettings } from './training/trainingSettings';
import { loraTrainableParams } from './training/loraAdapters';
import { optimizerStateBytes } from './training/optimizers';
import { activationBytes, mlpWidth } from './training/activations';
import { lossBytes, LOSS_BYTES_PER_LOGIT } from './training/lossBuffers';
import { ALLOCATOR_RESERVE_BYTES, FRAMEWORK_FLOOR_BYTES, TRAIN_CUDA_CONTEXT_BYTES } from './training/frameworkFloor';
import { gatheredLayerBytes, perGpuStates } from './training/sharding';

export interface TrainingResult {
  /** Frozen or trained weights as held on one GPU. */
  weightsBytes: number;
  /** Adapters, gradients, optimizer states, activations and loss buffers. */
  trainingBytes: number;
  /** CUDA context, workspaces and the caching allocator's reserve. */
  overheadBytes: number;
  parts: MemoryParts;
  notes: string[];
}

/** Model states of one GPU: weights, trainable copies and their gradients and optimizer states. */
interface States {
  weights: number;
  adapters: number;
  gradients: number;
  optimizer: number;
  workspace: number;
  /** The frozen base is quantized: its matmul kernels keep their inputs for the backward pass. */
  quantizedBase: boolean;
}

const GiB = (b: number) => `${(b / 2 ** 30).toFixed(1)} GiB`;

/** Full fine-tuning: every parameter trains, possibly sharded over data-parallel GPUs. */
function fullStates(model: ResolvedModel, s: TrainingSettings, notes: string[]): States {
  const o = s.optimizer;
  const mixed = s.precision === 'mixed';
  // Mixed precision: bf16 weights and gradients for compute, an fp32 master copy and fp32 states
  // (16 bytes per parameter with AdamW). Pure bf16: weights, gradients and states all in bf16.
  const perParam = optimizerStateBytes(o, mixed ? 4 : 2, model.arch.hiddenSize) + (mixed ? 4 : 0);
  const whole = { weights: model.params * 2, gradients: model.params * 2, optimizer: model.params * perParam };
  const shard = perGpuStates(whole, s.zeroStage, s.dataParallel);
  const gathered = gatheredLayerBytes((2 * model.params) / model.arch.layers, s.zeroStage, s.dataParallel);
  notes.push(
    mixed
      ? `full fine-tuning in mixed precision: bf16 weights and gradients, fp32 master weights, ${o.describe}`
      : `full fine-tuning in pure bf16: weights, gradients and optimizer states in bf16, ${o.describe}`,
  );
  if (s.dataParallel > 1 && s.zeroStage > 0) {
    const what =
      s.zeroStage >= 3
        ? 'weights, gradients and optimizer states'
        : s.zeroStage === 2
          ? 'gradients and optimizer states'
          : 'optimizer states';
    notes.push(
      `ZeRO stage ${s.zeroStage} (FSDP) over ${s.dataParallel} GPUs: each GPU holds ` +
        `1/${s.dataParallel} of the ${what}` +
        `${gathered ? `, plus ${GiB(gathered)} of layers gathered whole for compute` : ''}`,
    );
  }
  return { ...shard, adapters: 0, workspace: gathered, quantizedBase: false };
}

/** LoRA / QLoRA: a frozen base in its stored format and small trainable adapters. */
function adapterStates(
  mode: 'lora' | 'qlora',
  input: EstimateInput,
  model: ResolvedModel,
  s: TrainingSettings,
  notes: string[],
): States {
  const a = model.arch;
  const format = input.quant ?? (mode === 'qlora' ? 'NF4' : 'BF16');
  const q = parseQuant(format);
  if (!q) throw new RangeError(`unknown weights format ${JSON.stringify(format.slice(0, 40))} for the frozen base`);
  // Without a format named, LoRA trains on the bf16 checkpoint (an MXFP4 or FP8 release is
  // dequantized for training). bitsandbytes 4-bit is priced with double quantization, as the QLoRA
  // recipes set it (QLoRA arXiv:2305.14314 §3; LLaMA-Factory and Unsloth default to it).
  const bits = q.format.family === 'bnb' ? q.format.effectiveBpw : q.bitsPerWeight;
  const base =
    input.quant === undefined && mode === 'lora' ? model.params * 2 : weightsBytes(a, q.format, bits, model.key).bytes;
  const trainable = loraTrainableParams(a, s.loraRank, s.loraTargets);
  const bytes = s.precision === 'mixed' ? 4 : 2;
  const dq = q.format.family === 'bnb' && q.format.bits === 4 ? ' with double quantization' : '';
  notes.push(
    `frozen base in ${q.format.name}${dq}: ${((8 * base) / model.params).toFixed(2)} bits per parameter as ` +
      `stored${q.format.name === 'BF16' ? '' : ' (quantized linear layers, 16-bit embeddings and norms)'}`,
  );
  notes.push(
    `LoRA rank ${s.loraRank} on ${s.loraTargets.join(', ')}: ${(trainable / 1e6).toFixed(1)}M trainable ` +
      `parameters in ${bytes === 4 ? 'fp32' : 'bf16'}, with their gradients and ${s.optimizer.describe}`,
  );
  // A quantized base is dequantized to bf16 one projection at a time for each matmul (bitsandbytes
  // dequantize_4bit in Linear4bit's forward and backward; GPTQ/AWQ kernels likewise).
  const workspace =
    q.format.name === 'BF16' || q.format.name === 'F16'
      ? 0
      : 2 * a.hiddenSize * Math.max(mlpWidth(a), a.attentionHeads * a.headDim);
  // ZeRO-3 / FSDP shard the frozen base like any parameter, and gather a layer at a time for compute.
  const states = trainable * optimizerStateBytes(s.optimizer, bytes, a.hiddenSize);
  const whole = { weights: base, gradients: trainable * bytes, optimizer: states };
  const shard = perGpuStates(whole, s.zeroStage, s.dataParallel);
  const gathered = gatheredLayerBytes(base / a.layers, s.zeroStage, s.dataParallel);
  if (s.dataParallel > 1 && s.zeroStage >= 3) {
    notes.push(
      `ZeRO stage 3 (FSDP) over ${s.dataParallel} GPUs: each GPU holds 1/${s.dataParallel} of the frozen base ` +
        `and of the adapters' states, plus ${GiB(gathered)} of layers gathered whole for compute`,
    );
  }
  const adapters = s.zeroStage >= 3 ? (trainable * bytes) / s.dataParallel : trainable * bytes;
  return { ...shard, adapters, workspace: workspace + gathered, quantizedBase: workspace > 0 };
}

export function trainingEstimate(
  mode: Exclude<Mode, 'inference'>,
  input: EstimateInput,
  model: ResolvedModel,
): TrainingResult {
  const s = trainingSettings(input);
  const a = model.arch;
  const notes: string[] = [];
  const st = mode === 'full' ? fullStates(model, s, notes) : adapterStates(mode, input, model, s, notes);
  if (s.optimizer.paged) {
    notes.push(
      'a paged optimizer keeps its states in unified memory: counted on the GPU, though the driver can move ' +
        'them to host RAM when the GPU fills',
    );
  }
  const acts = activationBytes(a, {
    ...s,
    fullTraining: mode === 'full',
    kernelKeepsInputs: st.quantizedBase,
    adapters: mode === 'full' ? [] : s.loraTargets,
    fp32Adapters: mode !== 'full' && s.precision === 'mixed',
  });
  const loss = lossBytes(a, s.seq, s.batch, s.lossPrecision);
  // The loss buffers are freed before the first layer's backward pass starts: the peak is the
  // larger of the two moments, on top of what every layer keeps.
  const transient = Math.max(loss, acts.layerPeak);
  const attention =
    s.attention === 'eager'
      ? 'eager attention (score matrix kept)'
      : `${s.attention === 'flash' ? 'FlashAttention' : 'SDPA'} attention (no score matrix kept)`;
  notes.push(
    `activations for ${s.batch} × ${formatInt(s.seq)} tokens ${s.checkpointing ? 'with' : 'without'} ` +
      `gradient checkpointing and ${attention}: ${GiB(acts.kept)} kept, ${GiB(acts.layerPeak)} more in the layer ` +
      'being differentiated',
  );
  notes.push(
    `logits and cross-entropy over a ${formatInt(a.vocabSize)}-token vocabulary in ${s.lossPrecision}, ` +
      `${LOSS_BYTES_PER_LOGIT[s.lossPrecision]} bytes per logit: ${GiB(loss)} (the peak takes the larger of this ` +
      "and the layer's backward working set)",
  );
  notes.push(
    `${GiB(FRAMEWORK_FLOOR_BYTES)} framework floor: CUDA context, library workspaces and the caching ` +
      "allocator's reserve; no KV cache while training",
  );
  const lossIsPeak = loss >= acts.layerPeak;
  // With gradient accumulation the gradients of earlier micro-batches stay while the next one's
  // activations are built, so both count. Without it (one micro-batch per optimizer step, and
  // zero_grad(set_to_none=True), PyTorch's default since 2.0) gradients appear during the backward
  // pass as the activations are freed: the peak is the larger of the two.
  const activations = acts.kept + transient + st.workspace;
  const noAccumulation = input.gradientAccumulation === 1;
  const gradsAndActivations = noAccumulation ? Math.max(st.gradients, activations) : st.gradients + activations;
  if (noAccumulation) {
    notes.push(
      'no gradient accumulation: gradients are allocated as activations are freed, so the peak takes the ' +
        'larger of the two',
    );
  }
  return {
    weightsBytes: st.weights,
    trainingBytes: st.adapters + st.optimizer + gradsAndActivations,
    overheadBytes: FRAMEWORK_FLOOR_BYTES,
    parts: {
      adaptersBytes: st.adapters,
      gradientsBytes: st.gradients,
      optimizerBytes: st.optimizer,
      activationsBytes: acts.kept + (lossIsPeak ? 0 : transient) + st.workspace,
      logitsBytes: lossIsPeak ? loss : 0,
      cudaContextBytes: TRAIN_CUDA_CONTEXT_BYTES,
      engineReserveBytes: ALLOCATOR_RESERVE_BYTES,
    },
    notes,
  };
}

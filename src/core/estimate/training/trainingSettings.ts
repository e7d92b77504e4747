// The settings of a training step, read from an EstimateInput with their defaults, and the checks
// that give a clear error for each field. Field names are those of RunSettings (DESIGN.md), so
// the run-settings reader can pass what it finds one to one.
import type { EstimateInput } from '../../types';
import { findOptimizer, OPTIMIZER_NAMES, type OptimizerSpec } from './optimizers';
import { loraTargetsOf, type LoraTarget, LORA_TARGETS } from './loraAdapters';
import type { AttentionKind } from './activations';
import type { LossPrecision } from './lossBuffers';
import { LIMITS } from '../../options';

/** Defaults of the common recipes (PEFT, TRL, LLaMA-Factory): sequence 2048, micro-batch 1. */
export const DEFAULT_SEQ_LEN = 2048;
/** LoRA default: rank 16 on every attention and MLP projection. */
export const DEFAULT_LORA_RANK = 16;
export const ATTENTION_KINDS: readonly AttentionKind[] = ['eager', 'sdpa', 'flash'];
export const TRAIN_PRECISIONS = ['mixed', 'bf16'] as const;
export type TrainPrecision = (typeof TRAIN_PRECISIONS)[number];

export interface TrainingSettings {
  seq: number;
  batch: number;
  checkpointing: boolean;
  attention: AttentionKind;
  optimizer: OptimizerSpec;
  loraRank: number;
  loraTargets: readonly LoraTarget[];
  precision: TrainPrecision;
  zeroStage: 0 | 1 | 2 | 3;
  dataParallel: number;
  lossPrecision: LossPrecision;
}

export function trainingSettings(input: EstimateInput): TrainingSettings {
  const attention: AttentionKind = input.attention ?? (input.flashAttention === false ? 'eager' : 'sdpa');
  return {
    seq: input.seqLen ?? input.contextTokens ?? DEFAULT_SEQ_LEN,
    batch: input.trainBatch ?? input.batch ?? 1,
    checkpointing: input.gradientCheckpointing ?? true,
    attention,
    optimizer: findOptimizer(input.optimizer ?? 'adamw')!,
    loraRank: input.loraRank ?? DEFAULT_LORA_RANK,
    loraTargets: input.loraTargets === undefined ? LORA_TARGETS : loraTargetsOf(input.loraTargets).targets,
    precision: input.trainPrecision ?? 'mixed',
    // Data-parallel GPUs without a ZeRO stage are DDP replicas: each holds everything (never under-counts).
    zeroStage: input.zeroStage ?? 0,
    dataParallel: input.dataParallel ?? 1,
    lossPrecision: input.lossPrecision ?? 'fp32',
  };
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v) : String(v);
}

function wholeNumber(name: string, v: unknown, min: number, max: number): void {
  if (v === undefined) return;
  if (typeof v !== 'number') throw new TypeError(`${name} must be a number, got ${typeof v} ${show(v)}`);
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${show(v)}`);
  }
}

/** Throws a TypeError or RangeError naming the training field that is wrong. */
export function validateTrainingInput(i: Record<string, unknown>): void {
  wholeNumber('trainBatch', i.trainBatch, 1, LIMITS.maxBatch);
  wholeNumber('seqLen', i.seqLen, LIMITS.minContext, LIMITS.maxContext);
  wholeNumber('loraRank', i.loraRank, 1, 65_536);
  wholeNumber('dataParallel', i.dataParallel, 1, 65_536);
  wholeNumber('gradientAccumulation', i.gradientAccumulation, 1, 65_536);
  if (i.zeroStage !== undefined && ![0, 1, 2, 3].includes(i.zeroStage as number)) {
    throw new RangeError(`zeroStage must be 0, 1, 2 or 3 (FSDP full sharding = 3), got ${show(i.zeroStage)}`);
  }
  if (i.optimizer !== undefined) {
    if (typeof i.optimizer !== 'string') throw new TypeError(`optimizer must be a string, got ${typeof i.optimizer}`);
    if (!findOptimizer(i.optimizer)) {
      throw new RangeError(`optimizer ${show(i.optimizer)} is not known; use one of ${OPTIMIZER_NAMES}`);
    }
  }
  if (i.attention !== undefined && !ATTENTION_KINDS.includes(i.attention as AttentionKind)) {
    throw new RangeError(`attention must be one of ${ATTENTION_KINDS.join(', ')}; got ${show(i.attention)}`);
  }
  if (i.trainPrecision !== undefined && !TRAIN_PRECISIONS.includes(i.trainPrecision as TrainPrecision)) {
    throw new RangeError(
      'trainPrecision must be "mixed" (fp32 master weights and states) or "bf16" (all in bf16); ' +
        `got ${show(i.trainPrecision)}`,
    );
  }
  if (i.lossPrecision !== undefined && i.lossPrecision !== 'fp32' && i.lossPrecision !== 'bf16') {
    throw new RangeError(
      `lossPrecision must be "fp32" (transformers, autocast) or "bf16"; got ${show(i.lossPrecision)}`,
    );
  }
  if (i.loraTargets !== undefined) {
    const t = i.loraTargets;
    const list =
      typeof t === 'string'
        ? [t]
        : Array.isArray(t) && t.every(x => typeof x === 'string')
          ? (t as string[])
          : undefined;
    if (!list) {
      throw new TypeError('loraTargets must be a module name or a list of module names such as ["q_proj", "v_proj"]');
    }
    const { targets, unknown } = loraTargetsOf(list);
    if (unknown.length || !targets.length) {
      throw new RangeError(
        `loraTargets: unknown module ${show(unknown[0] ?? '')}; use q_proj, k_proj, v_proj, ` +
          'o_proj, gate_proj, up_proj, down_proj, "all-linear", "attention" or "mlp"',
      );
    }
  }
}

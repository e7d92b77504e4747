// Optimizer state per trainable parameter, by optimizer (docs/ESTIMATION.md section 6). The bytes are
// the state tensors each implementation allocates beside the parameter; the master copy that
// mixed precision adds for bf16 parameters is counted by the caller (trainingStep.ts).

export interface OptimizerSpec {
  /** Canonical id, as the estimate's assumptions name it. */
  id: 'adamw' | 'adamw-8bit' | 'paged-adamw' | 'paged-adamw-8bit' | 'sgd' | 'sgd-momentum' | 'adafactor' | 'lion';
  describe: string;
  /**
   * State bytes per trainable parameter when the states are kept in fp32 (mixed precision) or, for
   * `statesFollowParams`, in the parameters' own dtype.
   */
  fp32StateBytes: number;
  /** torch.optim keeps its states in the parameter's dtype: bf16 parameters get bf16 states. */
  statesFollowParams: boolean;
  /** Adafactor: factored second moment, one row and one column vector per matrix. */
  factored?: boolean;
  /** bitsandbytes paged optimizers: states in CUDA unified memory that can be evicted to the host. */
  paged?: boolean;
  source: string;
}

export const OPTIMIZERS: readonly OptimizerSpec[] = [
  {
    id: 'adamw',
    describe: 'AdamW (32-bit): first and second moment',
    fp32StateBytes: 8,
    statesFollowParams: true,
    source: 'torch.optim.AdamW allocates exp_avg and exp_avg_sq like the parameter (torch/optim/adamw.py, _init_group)',
  },
  {
    id: 'adamw-8bit',
    describe: '8-bit AdamW (bitsandbytes): both moments in 8 bits with block-wise scales',
    fp32StateBytes: 2,
    statesFollowParams: false,
    source:
      'bitsandbytes Optimizer8bit: uint8 state1/state2 plus one fp32 absmax per 256-value block ' +
      '(Dettmers et al., 8-bit Optimizers via Block-wise Quantization, arXiv:2110.02861)',
  },
  {
    id: 'paged-adamw',
    describe: 'paged AdamW (bitsandbytes, 32-bit states in unified memory)',
    fp32StateBytes: 8,
    statesFollowParams: false,
    paged: true,
    source:
      'bitsandbytes paged optimizers (QLoRA, arXiv:2305.14314 §3: NVIDIA unified memory, evicted to CPU RAM ' +
      'under pressure)',
  },
  {
    id: 'paged-adamw-8bit',
    describe: 'paged 8-bit AdamW (bitsandbytes)',
    fp32StateBytes: 2,
    statesFollowParams: false,
    paged: true,
    source: 'bitsandbytes PagedAdamW8bit: 8-bit states (arXiv:2110.02861) in unified memory (arXiv:2305.14314 §3)',
  },
  {
    id: 'sgd',
    describe: 'SGD without momentum: no state',
    fp32StateBytes: 0,
    statesFollowParams: true,
    source: 'torch.optim.SGD keeps a momentum_buffer only when momentum != 0 (default 0)',
  },
  {
    id: 'sgd-momentum',
    describe: 'SGD with momentum: one buffer',
    fp32StateBytes: 4,
    statesFollowParams: true,
    source: 'torch.optim.SGD momentum_buffer, one per parameter',
  },
  {
    id: 'adafactor',
    describe: 'Adafactor: factored second moment (row and column vectors), no first moment',
    fp32StateBytes: 0,
    statesFollowParams: false,
    factored: true,
    source: 'Shazeer & Stern, Adafactor, arXiv:1804.04235 §3; transformers.optimization.Adafactor default beta1=None',
  },
  {
    id: 'lion',
    describe: 'Lion: one momentum buffer',
    fp32StateBytes: 4,
    statesFollowParams: true,
    source: 'Chen et al., Symbolic Discovery of Optimization Algorithms, arXiv:2302.06675 (momentum only)',
  },
];

/** Names people write (transformers `optim` values, class names) → the spec. */
const ALIASES: ReadonlyArray<[RegExp, OptimizerSpec['id']]> = [
  [/^paged[_-]?(adamw?|adam)[_-]?8[_-]?bit$/, 'paged-adamw-8bit'],
  [/^paged[_-]?(adamw?|adam)([_-]?32[_-]?bit)?$/, 'paged-adamw'],
  [/^(adamw?|adam)[_-]?(bnb[_-]?)?8[_-]?bit$|^8[_-]?bit[_-]?(adamw?|adam)$|^bnb[_-]?8bit$/, 'adamw-8bit'],
  [/^(adamw?|adam)([_-]?(torch|torch[_-]fused|fused|hf|apex[_-]fused|32[_-]?bit|anyprecision))?$/, 'adamw'],
  [/^sgd[_-]?momentum$/, 'sgd-momentum'],
  [/^sgd$/, 'sgd'],
  [/^adafactor$/, 'adafactor'],
  [/^(paged[_-]?)?lion([_-]?(32|8)[_-]?bit)?$/, 'lion'],
];

/** The optimizer a name denotes, or undefined when it is not one the estimator knows. */
export function findOptimizer(name: string): OptimizerSpec | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^(torch\.optim\.|bitsandbytes\.optim\.|bnb\.optim\.)/, '');
  const id = ALIASES.find(([re]) => re.test(key))?.[1];
  return OPTIMIZERS.find(o => o.id === id);
}

/** The names findOptimizer accepts, for error messages. */
export const OPTIMIZER_NAMES =
  'adamw (adamw_torch, adamw_torch_fused), adamw_8bit, paged_adamw_32bit, ' +
  'paged_adamw_8bit, ' +
  'sgd, sgd_momentum, adafactor, lion';

/**
 * State bytes per trainable parameter. `paramBytes` is the dtype of the trainable parameters (2 for
 * bf16, 4 for fp32); `hidden` sizes Adafactor's row and column vectors (two fp32 vectors per
 * hidden × hidden-scale matrix ≈ 8 / hidden bytes per parameter).
 */
export function optimizerStateBytes(o: OptimizerSpec, paramBytes: number, hidden: number): number {
  if (o.factored) return 8 / hidden;
  return o.statesFollowParams ? (o.fp32StateBytes * paramBytes) / 4 : o.fp32StateBytes;
}

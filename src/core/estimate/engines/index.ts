// One memory policy per engine; policyFor picks it.
import type { Engine } from '../../types';
import type { EnginePolicy } from './policy';
import { llamaCpp } from './llamaCpp';
import { ollama } from './ollama';
import { vllm } from './vllm';
import { sglang } from './sglang';
import { tgi } from './tgi';
import { transformers } from './transformers';
import { mlx } from './mlx';

const POLICIES: Record<Engine, EnginePolicy> = {
  'llama.cpp': llamaCpp,
  ollama,
  vllm,
  sglang,
  tgi,
  transformers,
  mlx,
};

export function policyFor(engine: Engine): EnginePolicy {
  return POLICIES[engine];
}

// Global sensitivity of indicators to parameters: Morris elementary effects or Sobol indices. Each
// design point's output is the mean over the same replications (common random numbers), so
// replication noise does not masquerade as sensitivity.
import type { Shard } from '../montecarlo/shard.js';
import { runDesign, type DesignBase, type DesignResult } from './design-run.js';
import { checkIndicators, DEFAULT_SAMPLES, DEFAULT_TRAJECTORIES } from './design-spec.js';
import type { DesignOptions } from './experiment-options.js';

export interface SensitivitySpec extends DesignBase {
  /** Default 'morris'. */
  method?: 'morris' | 'sobol';
  /** Morris: trajectories r (points r(k+1)); default DEFAULT_TRAJECTORIES. */
  trajectories?: number;
  /** Sobol: base samples N (points N(k+2)); default DEFAULT_SAMPLES. */
  samples?: number;
  /** Summary indicators to analyse (default DEFAULT_INDICATORS). */
  indicators?: string[];
  /** Evaluate only the points with runId mod N == k (combine the shards with `mergeDesign`). */
  shard?: Shard;
}

/** Runs the analysis and writes <outRoot>/<name>/sensitivity.csv (a shard: points.csv and design.json). */
export async function sensitivity(spec: SensitivitySpec, options: DesignOptions = {}): Promise<DesignResult> {
  // Checked before anything is loaded: a misspelt indicator fails at once.
  const indicators = checkIndicators(spec.indicators);
  return runDesign(spec, 'sensitivity', (replications, masterSeed) => ({
    command: 'sensitivity',
    param: spec.param,
    method: spec.method ?? 'morris',
    trajectories: spec.trajectories ?? DEFAULT_TRAJECTORIES,
    samples: spec.samples ?? DEFAULT_SAMPLES,
    indicators,
    replications,
    masterSeed,
  }), options);
}

// A sweep: a full grid of value lists, or a Latin hypercube of `lhs` points over lo:hi ranges; every
// point runs the same replications with the same seeds (common random numbers across points).
import type { Shard } from '../montecarlo/shard.js';
import { runDesign, type DesignBase, type DesignResult } from './design-run.js';
import type { DesignOptions } from './experiment-options.js';

export interface SweepSpec extends DesignBase {
  /** Latin hypercube of this many points over the `lo:hi` ranges (instead of a grid of value lists). */
  lhs?: number;
  /** Evaluate only the points with runId mod N == k (combine the shards with `mergeDesign`). */
  shard?: Shard;
}

/** Runs the sweep and writes <outRoot>/<name>/sweep.csv (a shard: points.csv and design.json). */
export function sweep(spec: SweepSpec, options: DesignOptions = {}): Promise<DesignResult> {
  return runDesign(spec, 'sweep', (replications, masterSeed) => ({ command: 'sweep', param: spec.param, lhs: spec.lhs, replications, masterSeed }), options);
}

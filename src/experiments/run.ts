// Running scenarios into run folders: replication i of every scenario uses the seed derived from
// (master seed, i), whatever the worker count or shard; rows land in <outRoot>/<name>/ in order.
import { runScenarios, type RunResult } from '../montecarlo/run-experiment.js';
import type { PrecisionTarget } from '../montecarlo/precision-target.js';
import type { Shard } from '../montecarlo/shard.js';
import type { StatisticsSetting } from '../results/run-statistics.js';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.js';
import type { RunExperimentOptions, ScenarioSource } from './experiment-options.js';

export interface RunSpec {
  scenarios: readonly ScenarioSource[];
  /** Replications (default: each scenario's; with `targetCi`, the cap). */
  replications?: number;
  /** Master seed (default: each scenario's). */
  seed?: number;
  /** Run only replications i with i mod N == k, into <name>.shard-k-of-N/ (combine with `mergeShards`). */
  shard?: Shard;
  /** Add batches of replications until these indicators' CIs are narrow enough. */
  targetCi?: PrecisionTarget;
  /** How stats.csv computes its CIs (default: t intervals). */
  statistics?: StatisticsSetting;
}

/** Loads the scenarios given as files (a bad file fails before anything runs). */
export function loadSources(sources: readonly ScenarioSource[]): LoadedScenario[] {
  return sources.map((source) => (typeof source === 'string' ? loadScenario(source) : source));
}

/** Runs every scenario's replications and returns where each run folder is and what it holds. */
export async function run(spec: RunSpec, options: RunExperimentOptions = {}): Promise<RunResult[]> {
  const { scenarios, ...settings } = spec;
  return runScenarios(loadSources(scenarios), { ...settings, ...options });
}

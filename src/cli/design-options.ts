// Options shared by sweep and sensitivity: the base scenario, --param specs and the output folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.js';
import { withRunOptions, type RunArgs } from './options.js';
import { evaluatePoints } from '../montecarlo/evaluate-points.js';
import type { PointResult } from '../results/design-tables.js';
import { shardFolderName } from '../io/run-folder.js';
import { isIntegerField } from '../scenario/integer-fields.js';
import { rangesFromSpecs, type ParamSpec } from '../scenario/param-spec.js';
import type { DesignPoint, ParameterRange } from '../stats/index.js';
import { availableParallelism } from 'node:os';
import type { Executor } from '../montecarlo/executor.js';
import { createExecutor } from '../montecarlo/run-experiment.js';
import { createProgress, type Progress } from './progress.js';
import { checkMemory } from './memory-guard.js';
import { parseShard, WHOLE, type Shard } from '../montecarlo/shard.js';

export function withDesignOptions<T>(y: Argv<T>) {
  return withRunOptions(y.positional('scenario', { type: 'string', demandOption: true, describe: 'base scenario file' }))
    .option('param', { alias: 'p', type: 'string', array: true, demandOption: true, describe: 'parameter path=v1,v2,... or path=lo:hi' })
    .option('name', { type: 'string', describe: 'folder name under --out (default: <scenario>-<command>)' });
}

/** --shard k/N of sweep and sensitivity: only the design points with runId mod N == k. */
export function withDesignShardOption<T>(y: Argv<T>) {
  return y.option('shard', {
    type: 'string',
    describe: 'evaluate only the design points with runId mod N == k, into <name>.shard-k-of-N/ (combine them with merge-design)',
    coerce: (v?: string) => (v === undefined ? undefined : parseShard(v)),
  });
}

export interface DesignArgs extends RunArgs {
  scenario: string;
  param: string[];
  name?: string;
}

export interface DesignContext {
  loaded: LoadedScenario;
  replications: number;
  masterSeed: number;
  dir: string;
  progress: Progress;
}

/** Loads the base scenario, prepares the output folder and the progress bar. */
export function designContext(args: DesignArgs, command: string, shard: Shard = WHOLE): DesignContext {
  const loaded = loadScenario(args.scenario);
  const replications = args.replications ?? loaded.scenario.replications;
  // The base scenario's size; design points that raise agent counts are not estimated one by one.
  checkMemory([loaded], { workers: args.workers, replications, maxMemoryMb: args.maxMemory });
  // A shard k/N of the design goes to <name>.shard-k-of-N/ (merge-design makes <name>/ of them).
  const dir = join(args.out, shardFolderName(args.name ?? `${loaded.scenario.name}-${command}`, shard));
  mkdirSync(dir, { recursive: true });
  return {
    loaded,
    replications,
    masterSeed: args.seed ?? loaded.scenario.seed,
    dir,
    progress: createProgress(`${loaded.scenario.name} ${command}`, args.quiet),
  };
}

/**
 * Runs `work` on a fresh executor and always closes it (worker threads would keep the process
 * alive), also when the design turns out to be invalid.
 */
export async function withExecutor<R>(args: DesignArgs, replications: number, work: (executor: Executor) => Promise<R>): Promise<R> {
  const executor = createExecutor(args.workers ?? availableParallelism(), replications);
  try {
    return await work(executor);
  } finally {
    await executor.close();
  }
}

/** Ranges of `lo:hi` specs; integer fields (agent counts, quarters) are sampled as whole numbers. */
export function designRanges(specs: readonly ParamSpec[], method: string): ParameterRange[] {
  return rangesFromSpecs(specs, method).map((r) => ({ ...r, integer: isIntegerField(r.path) }));
}

/** Runs every point of a design on a fresh executor, with the progress bar, and returns their results. */
export async function runDesign(args: DesignArgs, context: DesignContext, points: DesignPoint<unknown>[]): Promise<PointResult[]> {
  const results = await withExecutor(args, context.replications, (executor) =>
    evaluatePoints(context.loaded.scenario, points, {
      replications: context.replications,
      masterSeed: context.masterSeed,
      executor,
      file: args.scenario,
      onProgress: (done, total) => context.progress.update(done, total),
    }),
  );
  context.progress.stop();
  return results;
}

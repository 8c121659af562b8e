// Options shared by sweep and sensitivity: the base scenario, --param specs and the output folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { availableParallelism } from 'node:os';
import { createExecutor } from '../montecarlo/run-experiment.js';
import type { Executor } from '../montecarlo/executor.js';
import { loadScenario, type LoadedScenario } from '../scenario/load-scenario.js';
import { withRunOptions } from './options.js';
import { createProgress, type Progress } from './progress.js';

export function withDesignOptions<T>(y: Argv<T>) {
  return withRunOptions(y.positional('scenario', { type: 'string', demandOption: true, describe: 'base scenario file' }))
    .option('param', { alias: 'p', type: 'string', array: true, demandOption: true, describe: 'parameter path=v1,v2,... or path=lo:hi' })
    .option('name', { type: 'string', describe: 'folder name under --out (default: <scenario>-<command>)' });
}

export interface DesignArgs {
  scenario: string;
  param: string[];
  replications?: number;
  seed?: number;
  out: string;
  workers?: number;
  quiet: boolean;
  name?: string;
}

export interface DesignContext {
  loaded: LoadedScenario;
  replications: number;
  masterSeed: number;
  dir: string;
  executor: Executor;
  progress: Progress;
}

/** Loads the base scenario, prepares the output folder, the executor and the progress bar. */
export function designContext(args: DesignArgs, command: string): DesignContext {
  const loaded = loadScenario(args.scenario);
  const replications = args.replications ?? loaded.scenario.replications;
  const dir = join(args.out, args.name ?? `${loaded.scenario.name}-${command}`);
  mkdirSync(dir, { recursive: true });
  return {
    loaded,
    replications,
    masterSeed: args.seed ?? loaded.scenario.seed,
    dir,
    executor: createExecutor(args.workers ?? availableParallelism(), replications),
    progress: createProgress(`${loaded.scenario.name} ${command}`, args.quiet),
  };
}

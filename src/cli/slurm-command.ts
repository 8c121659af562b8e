// `clustersim slurm <scenario...> --shards N`: writes a Slurm job-array script (task k runs shard
// k/N of every scenario) and a merge script, and with --submit queues both (merge after the array).
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv } from 'yargs';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { slurmScripts, submitCommands, type SlurmDesign, type SlurmPlan, type SlurmRun } from '../slurm/sbatch-script.js';
import { buildDesign, DEFAULT_SAMPLES, DEFAULT_TRAJECTORIES, parseIndicators, type DesignSpec } from './design-spec.js';
import { submitJobs, type SbatchRunner } from '../slurm/submit-jobs.js';
import { VERSION } from '../version.js';
import { positiveInteger, seedValue } from './options.js';
import { withReportOptions } from './report-options.js';

export function slurmBuilder<T>(y: Argv<T>) {
  return withReportOptions(y
    .positional('scenario', { type: 'string', array: true, demandOption: true, describe: 'scenario files (YAML or JSON)' })
    .option('shards', { alias: 'n', type: 'number', demandOption: true, describe: 'array tasks N; task k runs shard k/N of every scenario', coerce: positiveInteger('shards') })
    .option('replications', { alias: 'r', type: 'number', describe: 'replications (default: the scenario\'s; with --compare the baseline\'s)', coerce: positiveInteger('replications') })
    .option('seed', { alias: 's', type: 'number', describe: 'master seed (default: the scenario\'s; with --compare the baseline\'s)', coerce: seedValue })
    .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'folder that receives the shards and the merged runs' })
    .option('compare', { type: 'boolean', default: false, describe: 'compare the other scenarios with the first, as `compare` does, after merging' })
    .option('partition', { alias: 'p', type: 'string', describe: 'Slurm partition' })
    .option('time', { alias: 't', type: 'string', describe: 'time limit per task (e.g. 02:00:00)' })
    .option('cpus-per-task', { alias: 'c', type: 'number', default: 1, describe: 'CPUs per task, used as worker threads', coerce: positiveInteger('cpus-per-task') })
    .option('mem', { type: 'string', describe: 'memory per task (e.g. 4G)' })
    .option('account', { alias: 'A', type: 'string', describe: 'Slurm account to charge' })
    .option('job-name', { alias: 'J', type: 'string', describe: 'job name (default clustersim-<first scenario>)' })
    .option('sbatch', { type: 'string', array: true, describe: 'further sbatch option for both jobs, e.g. --sbatch=--qos=short (repeatable)' })
    .option('script', { type: 'string', describe: 'path of the array script (default <out>/slurm/<name>.array.sh); the merge script goes beside it' })
    .option('submit', { type: 'boolean', default: false, describe: 'submit both jobs with sbatch and print their job ids' })
    .option('design', { type: 'string', choices: ['sweep', 'sensitivity'] as const, describe: 'split a sweep or sensitivity analysis of the scenario: task k evaluates the design points with runId mod N == k' })
    .option('param', { type: 'string', array: true, describe: 'with --design: parameter path=v1,v2,... or path=lo:hi, as -p of sweep/sensitivity (repeatable)' })
    .option('lhs', { type: 'number', describe: 'with --design sweep: Latin hypercube of N points', coerce: positiveInteger('lhs') })
    .option('method', { type: 'string', choices: ['morris', 'sobol'] as const, default: 'morris', describe: 'with --design sensitivity: Morris or Sobol' })
    .option('trajectories', { type: 'number', default: DEFAULT_TRAJECTORIES, describe: 'with --design sensitivity --method morris: trajectories', coerce: positiveInteger('trajectories') })
    .option('samples', { type: 'number', default: DEFAULT_SAMPLES, describe: 'with --design sensitivity --method sobol: base samples', coerce: positiveInteger('samples') })
    .option('indicators', { type: 'string', describe: 'with --design sensitivity: indicators to analyse, comma-separated' })
    .option('name', { type: 'string', describe: 'with --design: folder name under --out (default <scenario>-<design>)' }))
    .example('$0 slurm scenarios/baseline.yaml --shards 20 -r 1000 --time 01:00:00 -c 4', 'write the scripts for 20 array tasks of 4 CPUs')
    .example('$0 slurm scenarios/baseline.yaml --shards 20 -r 1000 --partition short --submit', 'write and submit them')
    .example('$0 slurm scenarios/baseline.yaml scenarios/levers/*.yaml --compare --shards 10 --submit', 'a comparison on the cluster')
    .example('$0 slurm scenarios/baseline.yaml --design sensitivity --param model.meeting.linkThreshold=0.1:0.4 --param policy.programme.budgetPerRegionQuarterJpyM=50:250 --trajectories 20 -r 5 --shards 10', 'a Morris analysis on the cluster');
}

export interface SlurmArgs {
  scenario: string[];
  shards: number;
  replications?: number;
  seed?: number;
  out: string;
  compare: boolean;
  partition?: string;
  time?: string;
  cpusPerTask: number;
  mem?: string;
  account?: string;
  jobName?: string;
  sbatch?: string[];
  script?: string;
  submit: boolean;
  /** Report language; --no-report sets report to false. */
  lang: string;
  report: boolean;
  design?: 'sweep' | 'sensitivity';
  param?: string[];
  lhs?: number;
  method: 'morris' | 'sobol';
  trajectories: number;
  samples: number;
  indicators?: string;
  name?: string;
}

/** The design of `--design`: built here (so a bad --param fails now, not in the queue) to count its points. */
function designFromArgs(args: SlurmArgs, command: 'sweep' | 'sensitivity', run: SlurmRun): SlurmDesign {
  const param = args.param ?? [];
  if (param.length === 0) throw new InputError(messages.emptyDesign(command));
  const common = { param, replications: run.replications, masterSeed: run.seed };
  const options = param.flatMap((p) => ['--param', p]);
  let spec: DesignSpec;
  if (command === 'sweep') {
    spec = { command, ...common, lhs: args.lhs };
    if (args.lhs !== undefined) options.push('--lhs', String(args.lhs));
  } else {
    const indicators = parseIndicators(args.indicators);
    spec = { command, ...common, method: args.method, trajectories: args.trajectories, samples: args.samples, indicators };
    options.push('--method', args.method, ...(args.method === 'morris' ? ['--trajectories', String(args.trajectories)] : ['--samples', String(args.samples)]), '--indicators', indicators.join(','));
  }
  return { command, name: args.name ?? `${run.name}-${command}`, options, points: buildDesign(spec).points.length };
}

/** A file of the build (dist/src/<relative>), also when this module runs from its TypeScript source. */
function builtFile(relative: string): string {
  const here = fileURLToPath(import.meta.url);
  const srcRoot = resolve(dirname(here), '..');
  const distSrc = here.endsWith('.ts') ? resolve(srcRoot, '../dist/src') : srcRoot;
  return join(distSrc, relative);
}

/** The merge script's path beside the array script: x.array.sh -> x.merge.sh, x.sh -> x.merge.sh. */
export function mergeScriptPath(arrayScript: string): string {
  const name = basename(arrayScript);
  const stem = name.replace(/(\.array)?\.(sh|sbatch|slurm)$/, '');
  return join(dirname(arrayScript), stem === name ? `${name}.merge` : `${stem}.merge.sh`);
}

/** Loads the scenarios and resolves everything the scripts need into absolute paths and numbers. */
export function planFromArgs(args: SlurmArgs, command?: string): SlurmPlan {
  const loaded = args.scenario.map((file) => ({ file: resolve(file), scenario: loadScenario(file).scenario }));
  const base = loaded[0].scenario;
  const runs = loaded.map(({ file, scenario }) => ({
    scenarioFile: file,
    name: scenario.name,
    // A comparison pairs replication i of every scenario: one master seed and count for all (as `compare`).
    replications: args.replications ?? (args.compare ? base.replications : scenario.replications),
    seed: args.seed ?? (args.compare ? base.seed : scenario.seed),
  }));
  if (!args.design && (args.param !== undefined || args.lhs !== undefined || args.indicators !== undefined || args.name !== undefined)) {
    throw new InputError(messages.slurmDesignOptionsWithoutDesign());
  }
  const design = args.design ? designFromArgs(args, args.design, runs[0]) : undefined;
  const outDir = resolve(args.out);
  const key = design ? design.name : args.compare ? `compare-${base.name}` : base.name;
  const arrayScript = resolve(args.script ?? join(outDir, 'slurm', `${key}.array.sh`));
  return {
    jobName: args.jobName ?? `clustersim-${key}`,
    shards: args.shards,
    runs,
    resources: {
      partition: args.partition,
      time: args.time,
      cpusPerTask: args.cpusPerTask,
      mem: args.mem,
      account: args.account,
      extra: args.sbatch ?? [],
    },
    node: process.execPath,
    cli: builtFile('cli/main.js'),
    outDir,
    logDir: join(outDir, 'slurm', 'logs'),
    compare: args.compare ? { name: key } : undefined,
    design,
    reportLang: args.report === false ? undefined : (args.lang ?? 'en'),
    arrayScript,
    mergeScript: mergeScriptPath(arrayScript),
    version: VERSION,
    command,
  };
}

function writeScript(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, text);
  chmodSync(path, 0o755);
}

function writeOrFail(path: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    throw new InputError(messages.outputWriteFailed(path, (error as Error).message));
  }
}

export interface SlurmCommandResult {
  plan: SlurmPlan;
  arrayJobId?: string;
  mergeJobId?: string;
}

export function slurmCommand(args: SlurmArgs, command?: string, sbatch?: SbatchRunner): SlurmCommandResult {
  const plan = planFromArgs(args, command);
  const scripts = slurmScripts(plan);
  if (!existsSync(plan.cli)) throw new InputError(messages.slurmNotBuilt(plan.cli));
  // Slurm does not create the folder of --output: the tasks' logs would be lost without it.
  writeOrFail(plan.logDir, () => mkdirSync(plan.logDir, { recursive: true }));
  writeOrFail(plan.arrayScript, () => writeScript(plan.arrayScript, scripts.array));
  writeOrFail(plan.mergeScript, () => writeScript(plan.mergeScript, scripts.merge));
  console.log(messages.slurmScriptsWritten(plan.arrayScript, plan.mergeScript, plan.shards));
  if (!args.submit) {
    console.log(messages.slurmHowToSubmit(submitCommands(plan.arrayScript, plan.mergeScript)));
    return { plan };
  }
  const { arrayJobId, mergeJobId } = submitJobs(plan.arrayScript, plan.mergeScript, sbatch);
  console.log(messages.slurmSubmitted(arrayJobId, plan.shards, mergeJobId, (plan.design ? [plan.design.name] : plan.runs.map((r) => r.name)).map((name) => join(plan.outDir, name))));
  return { plan, arrayJobId, mergeJobId };
}

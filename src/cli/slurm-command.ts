// `clustersim slurm <scenario...> --shards N`: writes a Slurm job-array script (task k runs shard
// k/N of every scenario) and a merge script, and with --submit queues both (merge after the array).
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { DEFAULT_SAMPLES, DEFAULT_TRAJECTORIES } from '../experiments/design-spec.js';
import { submitSlurmJobs, writeSlurmJobs } from '../experiments/slurm-jobs.js';
import { messages } from '../messages.js';
import { submitCommands, type SlurmPlan } from '../slurm/sbatch-script.js';
import type { SbatchRunner } from '../slurm/submit-jobs.js';
import { defineCommand, type CliContext } from './command-module.js';
import { commaList, positiveInteger, requiredPositiveInteger, seedValue, withAllowPaths } from './options.js';
import { withReportOptions } from './report-options.js';

export function slurmBuilder<T>(y: Argv<T>) {
  return withAllowPaths(withReportOptions(y
    .positional('scenario', { type: 'string', array: true, demandOption: true, describe: 'scenario files (YAML or JSON)' })
    .option('shards', { alias: 'n', type: 'string', demandOption: true, describe: 'array tasks N; task k runs shard k/N of every scenario', coerce: requiredPositiveInteger('shards') })
    .option('replications', { alias: 'r', type: 'string', describe: 'replications (default: the scenario\'s; with --compare the baseline\'s)', coerce: positiveInteger('replications') })
    .option('seed', { alias: 's', type: 'string', describe: 'master seed (default: the scenario\'s; with --compare the baseline\'s)', coerce: seedValue })
    .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'folder that receives the shards and the merged runs' })
    .option('compare', { type: 'boolean', default: false, describe: 'compare the other scenarios with the first, as `compare` does, after merging' })
    .option('partition', { alias: 'p', type: 'string', describe: 'Slurm partition' })
    .option('time', { alias: 't', type: 'string', describe: 'time limit per task (e.g. 02:00:00)' })
    .option('cpus-per-task', { alias: 'c', type: 'string', default: 1, describe: 'CPUs per task, used as worker threads', coerce: requiredPositiveInteger('cpus-per-task') })
    .option('mem', { type: 'string', describe: 'memory per task (e.g. 4G)' })
    .option('account', { alias: 'A', type: 'string', describe: 'Slurm account to charge' })
    .option('job-name', { alias: 'J', type: 'string', describe: 'job name (default clustersim-<first scenario>)' })
    .option('sbatch', { type: 'string', array: true, describe: 'further sbatch option for both jobs, e.g. --sbatch=--qos=short (repeatable)' })
    .option('script', { type: 'string', describe: 'path of the array script (default <out>/slurm/<name>.array.sh); the merge script goes beside it' })
    .option('submit', { type: 'boolean', default: false, describe: 'submit both jobs with sbatch and print their job ids' })
    .option('design', { type: 'string', choices: ['sweep', 'sensitivity'] as const, describe: 'split a sweep or sensitivity analysis of the scenario: task k evaluates the design points with runId mod N == k' })
    .option('param', { type: 'string', array: true, describe: 'with --design: parameter path=v1,v2,... or path=lo:hi, as -p of sweep/sensitivity (repeatable)' })
    .option('lhs', { type: 'string', describe: 'with --design sweep: Latin hypercube of N points', coerce: positiveInteger('lhs') })
    .option('method', { type: 'string', choices: ['morris', 'sobol'] as const, default: 'morris' as const, describe: 'with --design sensitivity: Morris or Sobol' })
    .option('trajectories', { type: 'string', default: DEFAULT_TRAJECTORIES, describe: 'with --design sensitivity --method morris: trajectories', coerce: requiredPositiveInteger('trajectories') })
    .option('samples', { type: 'string', default: DEFAULT_SAMPLES, describe: 'with --design sensitivity --method sobol: base samples', coerce: requiredPositiveInteger('samples') })
    .option('indicators', { type: 'string', describe: 'with --design sensitivity: indicators to analyse, comma-separated' })
    .option('name', { type: 'string', describe: 'with --design: folder name under --out (default <scenario>-<design>)' }))
    .example('$0 slurm scenarios/baseline.yaml --shards 20 -r 1000 --time 01:00:00 -c 4', 'write the scripts for 20 array tasks of 4 CPUs')
    .example('$0 slurm scenarios/baseline.yaml --shards 20 -r 1000 --partition short --submit', 'write and submit them')
    .example('$0 slurm scenarios/baseline.yaml scenarios/levers/*.yaml --compare --shards 10 --submit', 'a comparison on the cluster')
    .example('$0 slurm scenarios/baseline.yaml --design sensitivity --param model.meeting.linkThreshold=0.1:0.4 --param policy.programme.budgetPerRegionQuarterJpyM=50:250 --trajectories 20 -r 5 --shards 10', 'a Morris analysis on the cluster'));
}

export interface SlurmArgs {
  scenario: string[];
  allowPaths?: string[];
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

export interface SlurmCommandResult {
  plan: SlurmPlan;
  arrayJobId?: string;
  mergeJobId?: string;
}

/** Writes the scripts (and submits them with --submit), saying where they are and what was queued. */
export function runSlurmCommand(args: SlurmArgs, command?: string, sbatch?: SbatchRunner): SlurmCommandResult {
  const { scenario, out, report, lang, indicators, submit, ...settings } = args;
  const plan = writeSlurmJobs({
    ...settings,
    scenarios: scenario,
    outRoot: out,
    indicators: commaList(indicators),
    reportLang: report === false ? undefined : (lang ?? 'en'),
    command,
  });
  console.log(messages.slurmScriptsWritten(plan.arrayScript, plan.mergeScript, plan.shards));
  if (!submit) {
    console.log(messages.slurmHowToSubmit(submitCommands(plan.arrayScript, plan.mergeScript)));
    return { plan };
  }
  const { arrayJobId, mergeJobId } = submitSlurmJobs(plan, sbatch);
  console.log(messages.slurmSubmitted(arrayJobId, plan.shards, mergeJobId, (plan.design ? [plan.design.name] : plan.runs.map((r) => r.name)).map((name) => join(plan.outDir, name))));
  return { plan, arrayJobId, mergeJobId };
}

export function slurmCommand(context: CliContext) {
  return defineCommand(
    'slurm <scenario..>',
    'Write (and with --submit queue) a Slurm job array that runs N shards, and a merge job after it',
    slurmBuilder,
    (args) => {
      runSlurmCommand(args, ['clustersim', ...context.argv].join(' '));
    },
  );
}

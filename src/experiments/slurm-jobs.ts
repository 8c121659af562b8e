// Slurm job arrays: resolves a run, comparison or design into a plan (task k runs shard k/N of every
// scenario, or design points with runId mod N == k; a merge job after the array), writes its two
// scripts, and submits them. Writing and submitting are two steps so a caller can report in between.
import { chmodSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../io/atomic-file.js';
import { InputError, messages } from '../messages.js';
import { comparisonFolderName } from '../results/comparison-checks.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { prepareComparison } from './compare.js';
import { slurmScripts, type SlurmDesign, type SlurmPlan, type SlurmRun } from '../slurm/sbatch-script.js';
import { submitJobs, type SbatchRunner } from '../slurm/submit-jobs.js';
import { VERSION } from '../version.js';
import { buildDesign, checkIndicators, DEFAULT_SAMPLES, DEFAULT_TRAJECTORIES, type DesignSpec } from './design-spec.js';
import { makeFolder } from '../io/make-folder.js';

export interface SlurmSpec {
  /** Scenario files; with `compare`, the first is the baseline; with `design`, the only one used. */
  scenarios: string[];
  /** Array tasks N; task k runs shard k/N. */
  shards: number;
  /** Default: each scenario's (with `compare`, the baseline's). */
  replications?: number;
  /** Default: each scenario's (with `compare`, the baseline's). */
  seed?: number;
  /** Folder that receives the shards and the merged runs (default `out`). */
  outRoot?: string;
  /** Compare the other scenarios with the first after merging. */
  compare?: boolean;
  partition?: string;
  /** Time limit per task (e.g. 02:00:00). */
  time?: string;
  /** CPUs per task, used as worker threads (default 1). */
  cpusPerTask?: number;
  /** Memory per task (e.g. 4G). */
  mem?: string;
  account?: string;
  /** Default clustersim-<key>. */
  jobName?: string;
  /** Further sbatch options for both jobs, e.g. --qos=short. */
  sbatch?: string[];
  /** Path of the array script (default <out>/slurm/<key>.array.sh); the merge script goes beside it. */
  script?: string;
  /** Language of the reports the merge job writes; undefined: no reports. */
  reportLang?: string;
  /** Split a sweep or sensitivity analysis of the first scenario instead of its replications. */
  design?: 'sweep' | 'sensitivity';
  /** With `design`: the design's parameter specs and settings, as `sweep` and `sensitivity` take them. */
  param?: string[];
  lhs?: number;
  method?: 'morris' | 'sobol';
  trajectories?: number;
  samples?: number;
  indicators?: string[];
  name?: string;
  /** The command line that asked for the scripts, recorded in their headers. */
  command?: string;
  /** Folders the scenarios' `extends` and initialNetwork paths may name besides their own folder and the working directory. */
  allowPaths?: string[];
}

/** The design of `design`: built here (so a bad parameter fails now, not in the queue) to count its points. */
function slurmDesign(spec: SlurmSpec, command: 'sweep' | 'sensitivity', run: SlurmRun): SlurmDesign {
  const param = spec.param ?? [];
  if (param.length === 0) throw new InputError(messages.emptyDesign(command));
  const common = { param, replications: run.replications, masterSeed: run.seed };
  const options = param.flatMap((p) => ['--param', p]);
  let design: DesignSpec;
  if (command === 'sweep') {
    design = { command, ...common, lhs: spec.lhs };
    if (spec.lhs !== undefined) options.push('--lhs', String(spec.lhs));
  } else {
    const indicators = checkIndicators(spec.indicators);
    const method = spec.method ?? 'morris';
    const trajectories = spec.trajectories ?? DEFAULT_TRAJECTORIES;
    const samples = spec.samples ?? DEFAULT_SAMPLES;
    design = { command, ...common, method, trajectories, samples, indicators };
    options.push('--method', method, ...(method === 'morris' ? ['--trajectories', String(trajectories)] : ['--samples', String(samples)]), '--indicators', indicators.join(','));
  }
  return { command, name: spec.name ?? `${run.name}-${command}`, options, points: buildDesign(design).points.length };
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
export function slurmPlan(spec: SlurmSpec): SlurmPlan {
  const loaded = spec.scenarios.map((file) => ({ file: resolve(file), scenario: loadScenario(file, { allowPaths: spec.allowPaths }).scenario }));
  // The same refusals and folder name as `compare`; each job runs its file, so names must already differ.
  if (spec.compare) {
    const named = prepareComparison(loaded.map(({ file, scenario }) => ({ scenario, files: [file] })));
    named.forEach((l, i) => {
      if (l.scenario.name !== loaded[i].scenario.name) throw new InputError(messages.compareNameClash(loaded[i].scenario.name, spec.scenarios[0], spec.scenarios[i]));
    });
  }
  const base = loaded[0].scenario;
  const runs = loaded.map(({ file, scenario }) => ({
    scenarioFile: file,
    name: scenario.name,
    // A comparison pairs replication i of every scenario: one master seed and count for all (as `compare`).
    replications: spec.replications ?? (spec.compare ? base.replications : scenario.replications),
    seed: spec.seed ?? (spec.compare ? base.seed : scenario.seed),
  }));
  if (!spec.design && (spec.param !== undefined || spec.lhs !== undefined || spec.indicators !== undefined || spec.name !== undefined)) {
    throw new InputError(messages.slurmDesignOptionsWithoutDesign());
  }
  const design = spec.design ? slurmDesign(spec, spec.design, runs[0]) : undefined;
  const outDir = resolve(spec.outRoot ?? 'out');
  const key = design ? design.name : spec.compare ? comparisonFolderName(loaded.map((l) => l.scenario.name)) : base.name;
  const arrayScript = resolve(spec.script ?? join(outDir, 'slurm', `${key}.array.sh`));
  return {
    jobName: spec.jobName ?? `clustersim-${key}`,
    shards: spec.shards,
    runs,
    resources: {
      partition: spec.partition,
      time: spec.time,
      cpusPerTask: spec.cpusPerTask ?? 1,
      mem: spec.mem,
      account: spec.account,
      extra: spec.sbatch ?? [],
    },
    node: process.execPath,
    cli: builtFile('cli/main.js'),
    outDir,
    logDir: join(outDir, 'slurm', 'logs'),
    compare: spec.compare ? { name: key } : undefined,
    design,
    reportLang: spec.reportLang,
    arrayScript,
    mergeScript: mergeScriptPath(arrayScript),
    version: VERSION,
    command: spec.command,
    // The tasks run in --chdir=<out>: they get the working directory the scenarios were checked from.
    allowPaths: [...new Set([process.cwd(), ...(spec.allowPaths ?? [])].map((path) => resolve(path)))],
  };
}

function writeScript(path: string, text: string): void {
  makeFolder(dirname(path));
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

/** Plans the jobs and writes the array and merge scripts (and the log folder Slurm needs); submits nothing. */
export function writeSlurmJobs(spec: SlurmSpec): SlurmPlan {
  const plan = slurmPlan(spec);
  const scripts = slurmScripts(plan);
  if (!existsSync(plan.cli)) throw new InputError(messages.slurmNotBuilt(plan.cli));
  // Slurm does not create the folder of --output: the tasks' logs would be lost without it.
  writeOrFail(plan.logDir, () => makeFolder(plan.logDir));
  writeOrFail(plan.arrayScript, () => writeScript(plan.arrayScript, scripts.array));
  writeOrFail(plan.mergeScript, () => writeScript(plan.mergeScript, scripts.merge));
  return plan;
}

/** Queues the written scripts: the array, then the merge job after it; returns their job ids. */
export function submitSlurmJobs(plan: SlurmPlan, sbatch?: SbatchRunner): { arrayJobId: string; mergeJobId: string } {
  return submitJobs(plan.arrayScript, plan.mergeScript, sbatch);
}

// Slurm job-array scripts for a sharded run: array task k runs shard k/N of every scenario, and a
// merge job (submitted with --dependency=afterok:<array>) merges the shards and compares them.
// Pure text generation: every path is absolute so the scripts work from any working directory.
import { InputError, messages } from '../messages.js';

/** One scenario of the plan, with the replication count and master seed resolved. */
export interface SlurmRun {
  /** Absolute path of the scenario file. */
  scenarioFile: string;
  /** Scenario name: its shards go to <outDir>/<name>.shard-k-of-N/, the merged run to <outDir>/<name>/. */
  name: string;
  replications: number;
  seed: number;
}

/** What the #SBATCH lines ask of the scheduler. Unset fields are left to the cluster's defaults. */
export interface SlurmResources {
  partition?: string;
  /** Wall-clock limit per task, in a form sbatch accepts (minutes, HH:MM:SS, D-HH:MM, ...). */
  time?: string;
  cpusPerTask: number;
  /** Memory per node, e.g. 4G or 4000 (MB). */
  mem?: string;
  account?: string;
  /** Further sbatch options, each written as its own `#SBATCH` line (e.g. --qos=short). */
  extra?: string[];
}

export interface SlurmPlan {
  /** Job name; the merge job is named <jobName>-merge. */
  jobName: string;
  /** Number of shards N = number of array tasks. */
  shards: number;
  runs: SlurmRun[];
  resources: SlurmResources;
  /** Absolute path of the node binary. */
  node: string;
  /** Absolute path of the built CLI entry (dist/src/cli/main.js). */
  cli: string;
  /** Absolute folder that receives the shard folders and the merged runs. */
  outDir: string;
  /** Absolute folder for the jobs' stdout/stderr (must exist before submission: Slurm does not create it). */
  logDir: string;
  /**
   * When set, the plan is a sweep or sensitivity analysis of runs[0] (its only run): task k evaluates the
   * design points with runId mod N == k, and the merge job runs merge-design.
   */
  design?: SlurmDesign;
  /** When set, the merge job also writes the paired comparison of runs[1..] against runs[0]. */
  compare?: {
    /** Folder name under outDir that receives comparison.csv (`compare-<baseline>`). */
    name: string;
  };
  /** Language of the committee reports the merge job writes (report.html, charts); undefined: no reports. */
  reportLang?: string;
  /** Absolute folders the tasks pass as --allow-paths: the scenarios were checked with them and the working directory of `clustersim slurm`. */
  allowPaths?: string[];
  /** Absolute paths where the two scripts will be written (quoted in their headers). */
  arrayScript: string;
  mergeScript: string;
  /** clustersim version, for the header. */
  version: string;
  /** The command that generated the scripts, for the header. */
  command?: string;
}

/** A design (sweep or sensitivity) split over the array tasks. */
export interface SlurmDesign {
  command: 'sweep' | 'sensitivity';
  /** Folder name under outDir: shards <name>.shard-k-of-N/, merged results <name>/. */
  name: string;
  /** The command's design options as words, e.g. ['--param', 'a.b=1,2', '--lhs', '8'] (quoted when written). */
  options: string[];
  /** Points of the whole design (no more shards than points). */
  points: number;
}

export interface SlurmScripts {
  array: string;
  merge: string;
}

/** Characters a value can carry on an `#SBATCH` line unquoted (sbatch splits on whitespace; % starts a pattern). */
const DIRECTIVE_SAFE = /^[^\s"'%\\]+$/;
/** Characters that need no shell quoting. */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a word for bash: as is when plain, else in single quotes. */
export function shellQuote(word: string): string {
  if (word !== '' && SHELL_SAFE.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Job array indices 0..N-1 as sbatch's --array value. */
export function arrayRange(shards: number): string {
  return `0-${shards - 1}`;
}

/** The commands that submit the two scripts by hand (what `--submit` does). */
export function submitCommands(arrayScript: string, mergeScript: string): string[] {
  return [
    `array=$(sbatch --parsable ${shellQuote(arrayScript)})`,
    `sbatch --dependency=afterok:\${array%%;*} ${shellQuote(mergeScript)}`,
  ];
}

// Slurm's own formats, checked here so a typo fails when the script is written, not in the queue.
const TIME = /^(\d+-\d+(:\d+){0,2}|\d+(:\d+){0,2}|UNLIMITED|INFINITE)$/i;
const MEM = /^\d+[KMGT]?$/i;
const NAME = /^[A-Za-z0-9_.+-]+$/;
const LIST = /^[A-Za-z0-9_.+-]+(,[A-Za-z0-9_.+-]+)*$/;

/** Rejects values that sbatch would reject or that would break the script, naming the option. */
export function validatePlan(plan: SlurmPlan): void {
  const { resources: r } = plan;
  const check = (ok: boolean, option: string, expected: string, got: unknown) => {
    if (!ok) throw new InputError(messages.slurmBadOption(option, expected, String(got)));
  };
  check(Number.isSafeInteger(plan.shards) && plan.shards >= 1, 'shards', 'an integer >= 1', plan.shards);
  check(Number.isSafeInteger(r.cpusPerTask) && r.cpusPerTask >= 1, 'cpus-per-task', 'an integer >= 1', r.cpusPerTask);
  if (r.time !== undefined) check(TIME.test(r.time), 'time', 'a Slurm time limit such as 90, 02:00:00 or 1-12:00', r.time);
  if (r.mem !== undefined) check(MEM.test(r.mem), 'mem', 'a memory size such as 4000, 4G or 512M', r.mem);
  if (r.partition !== undefined) check(LIST.test(r.partition), 'partition', 'a partition name (or a comma-separated list)', r.partition);
  if (r.account !== undefined) check(NAME.test(r.account), 'account', 'an account name', r.account);
  check(NAME.test(plan.jobName), 'job-name', 'letters, digits and _ . + -', plan.jobName);
  if (plan.reportLang !== undefined) check(/^[a-z]{2}$/.test(plan.reportLang), 'lang', 'a language code such as en or ja', plan.reportLang);
  for (const option of r.extra ?? []) check(/^--?[A-Za-z]/.test(option) && !/[\r\n]/.test(option), 'sbatch', 'an sbatch option such as --qos=short', option);
  if (plan.runs.length === 0) throw new InputError(messages.slurmNoScenario());
  if (plan.design) {
    if (plan.runs.length !== 1 || plan.compare) throw new InputError(messages.slurmDesignOneScenario(plan.design.command));
    if (plan.shards > plan.design.points) throw new InputError(messages.slurmTooManyDesignShards(plan.design.command, plan.shards, plan.design.points));
  }
  const names = new Set<string>();
  for (const run of plan.design ? [] : plan.runs) {
    if (names.has(run.name)) throw new InputError(messages.slurmDuplicateName(run.name));
    names.add(run.name);
    if (plan.shards > run.replications) throw new InputError(messages.slurmTooManyShards(run.name, plan.shards, run.replications));
  }
  if (plan.compare && plan.runs.length < 2) throw new InputError(messages.slurmCompareNeedsVariants());
  for (const dir of [plan.logDir, plan.outDir]) {
    if (!DIRECTIVE_SAFE.test(dir)) throw new InputError(messages.slurmUnsafePath(dir));
  }
}

function directives(plan: SlurmPlan, jobName: string, output: string, cpus: number, extra: string[]): string[] {
  const r = plan.resources;
  return [
    `--job-name=${jobName}`,
    ...extra,
    `--cpus-per-task=${cpus}`,
    ...(r.time !== undefined ? [`--time=${r.time}`] : []),
    ...(r.mem !== undefined ? [`--mem=${r.mem}`] : []),
    ...(r.partition !== undefined ? [`--partition=${r.partition}`] : []),
    ...(r.account !== undefined ? [`--account=${r.account}`] : []),
    ...(r.extra ?? []),
    `--chdir=${plan.outDir}`,
    `--output=${plan.logDir}/${output}`,
  ].map((d) => `#SBATCH ${d}`);
}

function header(plan: SlurmPlan, what: string): string[] {
  return [
    '#!/bin/bash',
    `# ${what}`,
    `# Written by clustersim ${plan.version}${plan.command ? `: ${plan.command}` : ''}`,
    '# Submit both jobs (the merge job starts once every array task has succeeded):',
    ...submitCommands(plan.arrayScript, plan.mergeScript).map((c) => `#   ${c}`),
  ];
}

function variables(plan: SlurmPlan): string[] {
  return [
    `node=${shellQuote(plan.node)}`,
    `clustersim=${shellQuote(plan.cli)}`,
    `out=${shellQuote(plan.outDir)}`,
    `shards=${plan.shards}`,
  ];
}

/** The start every job-array script shares: header, #SBATCH lines, the task guard, paths, workers. */
function arrayPreamble(plan: SlurmPlan, title: string): string[] {
  return [
    ...header(plan, title),
    ...directives(plan, plan.jobName, '%x-%A_%a.out', plan.resources.cpusPerTask, [`--array=${arrayRange(plan.shards)}`]),
    'set -euo pipefail',
    ': "${SLURM_ARRAY_TASK_ID:?submit this script with sbatch: it is a job array}"',
    '',
    ...variables(plan),
    '# Worker threads: the CPUs Slurm gave this task.',
    'workers="${SLURM_CPUS_PER_TASK:-1}"',
    '',
  ];
}

/** ` --allow-paths <dir>` for each folder the scenarios were allowed to read from, or nothing. */
function allowPathOptions(plan: SlurmPlan): string {
  return (plan.allowPaths ?? []).map((dir) => ` --allow-paths ${shellQuote(dir)}`).join('');
}

/** The job-array script of a design: task k evaluates the design points with runId mod N == k. */
function designArrayScript(plan: SlurmPlan, design: SlurmDesign): string {
  const run = plan.runs[0];
  return [
    ...arrayPreamble(plan, `Job array of ${plan.shards} tasks: task k evaluates the ${design.command} points (of ${design.points}) with runId mod ${plan.shards} == k.`),
    '# Every task builds the same design from the same parameters, method and master seed, and evaluates',
    `# its share of the points with the same replications and seeds into "$out"/${shellQuote(design.name)}.shard-k-of-N/.`,
    '# --resume lets a requeued or resubmitted task take the points it saved before instead of running them again.',
    `"$node" "$clustersim" ${design.command} ${shellQuote(run.scenarioFile)} ${design.options.map(shellQuote).join(' ')}${allowPathOptions(plan)} \\`,
    `  --name ${shellQuote(design.name)} --replications ${run.replications} --seed ${run.seed} \\`,
    `  --out "$out" --shard "$SLURM_ARRAY_TASK_ID/$shards" --workers "$workers" --resume --quiet`,
  ].join('\n') + '\n';
}

/** The merge script of a design: merge-design over the N shard folders. */
function designMergeScript(plan: SlurmPlan, design: SlurmDesign): string {
  const name = shellQuote(design.name);
  return [
    ...header(plan, `Merge job: combines the ${plan.shards} shards of the ${design.command} ${design.name} and analyses them as one machine would.`),
    ...directives(plan, `${plan.jobName}-merge`, '%x-%j.out', 1, ['--kill-on-invalid-dep=yes']),
    'set -euo pipefail',
    '',
    ...variables(plan),
    `# The committee report (report.html, charts/) written beside the ${design.command === 'sweep' ? 'sweep.csv' : 'sensitivity.csv'}.`,
    `report=(${plan.reportLang === undefined ? '--no-report' : `--lang ${plan.reportLang}`})`,
    '',
    `# The folders ${design.name}.shard-k-of-N (k = 0..N-1) into ${design.name}/, byte-identical to a ${design.command} on one machine.`,
    'dirs=()',
    `for ((k = 0; k < shards; k++)); do dirs+=("$out"/${name}".shard-$k-of-$shards"); done`,
    `"$node" "$clustersim" merge-design "\${dirs[@]}" --out "$out"/${name} "\${report[@]}"`,
  ].join('\n') + '\n';
}

/** The job-array script: task k runs shard k/N of each scenario (or of the design's points). */
export function arrayScript(plan: SlurmPlan): string {
  validatePlan(plan);
  if (plan.design) return designArrayScript(plan, plan.design);
  const lines = [
    ...arrayPreamble(plan, `Job array of ${plan.shards} tasks: task k runs shard k/${plan.shards} of ${plan.runs.map((r) => r.name).join(', ')}.`),
    '# Every shard uses the same scenario, seed and replication count; replication i belongs to shard i mod N.',
    '# --resume lets a requeued or resubmitted task continue from its checkpoint (a finished shard is skipped).',
  ];
  for (const run of plan.runs) {
    lines.push(
      `"$node" "$clustersim" run ${shellQuote(run.scenarioFile)} --replications ${run.replications} --seed ${run.seed}${allowPathOptions(plan)} \\`,
      `  --out "$out" --shard "$SLURM_ARRAY_TASK_ID/$shards" --workers "$workers" --resume --quiet`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The merge script: merges each scenario's N shard folders, then (with compare) compares them. */
export function mergeScript(plan: SlurmPlan): string {
  validatePlan(plan);
  if (plan.design) return designMergeScript(plan, plan.design);
  const lines = [
    ...header(plan, `Merge job: combines the ${plan.shards} shards of ${plan.runs.map((r) => r.name).join(', ')}${plan.compare ? ' and compares them with the first' : ''}.`),
    // Without this a failed array task would leave the merge job pending forever.
    // One CPU: merging streams files line by line.
    ...directives(plan, `${plan.jobName}-merge`, '%x-%j.out', 1, ['--kill-on-invalid-dep=yes']),
    'set -euo pipefail',
    '',
    ...variables(plan),
    `# The committee report (report.html, charts/) written into each merged folder${plan.compare ? ' and the comparison folder' : ''}.`,
    `report=(${plan.reportLang === undefined ? '--no-report' : `--lang ${plan.reportLang}`})`,
    '',
    '# merge NAME: the folders NAME.shard-k-of-N (k = 0..N-1) into NAME/, byte-identical to a run on one machine.',
    'merge() {',
    '  local dirs=() k',
    '  for ((k = 0; k < shards; k++)); do dirs+=("$out/$1.shard-$k-of-$shards"); done',
    '  "$node" "$clustersim" merge "${dirs[@]}" --out "$out/$1" "${report[@]}"',
    '}',
    '',
    ...plan.runs.map((run) => `merge ${shellQuote(run.name)}`),
  ];
  if (plan.compare) {
    const [baseline, ...variants] = plan.runs.map((run) => `"$out"/${shellQuote(run.name)}`);
    lines.push(
      '',
      '# Paired comparison of the merged runs (common random numbers), as `clustersim compare` writes it.',
      `"$node" "$clustersim" compare-runs ${baseline} ${variants.join(' ')} --out "$out"/${shellQuote(plan.compare.name)} "\${report[@]}"`,
    );
  }
  return lines.join('\n') + '\n';
}

export function slurmScripts(plan: SlurmPlan): SlurmScripts {
  return { array: arrayScript(plan), merge: mergeScript(plan) };
}

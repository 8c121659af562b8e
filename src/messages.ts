// Every user-facing message in one place (convention 7), so wording is consistent and tests can pin it.

/** `1536` → `1.5 GB`, `300` → `300 MB`. */
function formatMb(mb: number): string {
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${Math.ceil(mb)} MB`;
}

/** Bad input from the user: the CLI prints the message alone and exits with code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export const messages = {
  fileNotFound: (file: string, from?: string) =>
    from ? `${from}: extends: file not found: ${file}` : `${file}: file not found`,
  fileUnreadable: (file: string, reason: string, from?: string) =>
    from ? `${from}: extends: cannot read ${file} (${reason})` : `${file}: cannot read the file (${reason})`,
  notUtf8Text: (file: string) => `${file}: expected a UTF-8 text file (YAML or JSON), found binary data`,
  fileTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: the file is ${(bytes / 1e6).toFixed(1)} MB; scenario files are limited to ${(limit / 1e6).toFixed(0)} MB`,
  syntaxError: (file: string, detail: string) => `${file}: not valid YAML or JSON: ${detail}`,
  notAMapping: (file: string) => `${file}: expected a mapping (key: value) at the top level`,
  extendsNotAString: (file: string, found: string) => `${file}: extends: expected a path to another scenario file, got ${found}`,
  extendsCycle: (chain: string[]) => `${chain[0]}: extends: cycle: ${chain.join(' -> ')}`,
  invalidField: (file: string, path: string, expectation: string, found: string) =>
    `${file}: ${path}: ${expectation}, got ${found}`,
  unknownKey: (file: string, path: string, key: string, suggestion?: string) =>
    `${file}: ${path ? `${path}.` : ''}${key}: unknown key (not in the scenario schema; see 'clustersim schema')` +
    (suggestion ? `; did you mean '${suggestion}'?` : ''),
  moreProblems: (file: string, count: number) => `${file}: ... and ${count} more problem${count === 1 ? '' : 's'}`,
  notARegularFile: (file: string, from?: string) =>
    from ? `${from}: extends: not a regular file: ${file}` : `${file}: not a regular file (expected a YAML or JSON scenario file)`,
  nestedTooDeeply: (file: string, line: number, limit: number) =>
    `${file}: not valid YAML or JSON: nested more than ${limit} levels deep at line ${line} (a scenario needs fewer than 10)`,
  unknownOption: (option: string, suggestion?: string) =>
    `Unknown argument: ${option}${suggestion ? `; did you mean ${suggestion}?` : ''}`,
  memoryTooLarge: (file: string, estimateMb: number, agents: number, worlds: number, limitMb: number, limitSource: string) =>
    `${file}: regions[*].agents: the scenario needs an estimated ${formatMb(estimateMb)} of memory ` +
    `(${agents.toLocaleString('en')} agents, ${worlds} replication${worlds === 1 ? '' : 's'} in memory at once), ` +
    `more than the ${formatMb(limitMb)} ${limitSource}; reduce the agent counts, run fewer --workers, ` +
    `or set --max-memory <MB> if more memory is available than detected`,
  badMaxMemory: (text: string) => `--max-memory: expected a number of megabytes > 0, got ${text}`,
  outputOfOtherRun: (dir: string, file: string, difference: string) =>
    `${dir}: ${file} there belongs to a different run (${difference}); ` +
    `use another --out, or --force to replace it (this deletes that run's results)`,
  outputFailed: (path: string, reason: string, completed: number, command: string) =>
    `cannot write ${path}: ${reason}. The ${completed} replication${completed === 1 ? '' : 's'} completed before ` +
    `the failure ${completed === 1 ? 'is' : 'are'} kept (checkpoint.json); free space or fix the permissions, then continue with:\n  ${command} --resume`,
  outputWriteFailed: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
  runDone: (name: string, replications: number, seconds: number, dir: string) =>
    `${name}: ${replications} replication${replications === 1 ? '' : 's'} in ${seconds.toFixed(1)} s -> ${dir}`,
  valid: (file: string) => `${file}: valid`,
  badShard: (text: string) => `--shard: expected k/N with 0 <= k < N (e.g. 0/4), got ${text}`,
  workerNotBuilt: (file: string) =>
    `the worker entry ${file} does not exist; run 'npm run build' first (workers run compiled JavaScript)`,
  nothingToResume: (dir: string) => `${dir}: no checkpoint to resume from; starting from the first replication`,
  resumeMismatch: (dir: string) =>
    `${dir}: the checkpoint there is from a different scenario, seed, replication count or shard; ` +
    `run without --resume to start over (this deletes the partial results), or use another --out`,
  resumeCorrupt: (dir: string, completed: number) =>
    `${dir}: the partial results do not match their checkpoint (truncated or modified files); ` +
    `the ${completed} replication${completed === 1 ? '' : 's'} it recorded will be redone from the start`,
  mergeIncompleteShard: (dir: string) =>
    `${dir}: not a finished shard (no readable manifest.json); finish it first, e.g. with --resume`,
  mergeMismatch: (a: string, b: string) =>
    `${b}: belongs to a different run than ${a} (scenario, seed, replications or shard count differ)`,
  mergeOverlap: (a: string, b: string, shard: string) => `${a} and ${b} are both shard ${shard}; give each shard once`,
  mergeMissing: (shards: string[]) => `missing shard${shards.length === 1 ? '' : 's'} ${shards.join(', ')}: merge needs every shard of the run`,
  merged: (count: number, replications: number, dir: string) => `merged ${count} shards (${replications} replications) -> ${dir}`,
  compareUnpaired: (a: string, b: string) =>
    `${b}: its replications used different seeds from ${a}, so they cannot be paired; ` +
    `run both with the same --seed and --replications`,
  comparisonWritten: (path: string) => `paired comparison (all indicators) -> ${path}`,
  emptyDesign: (command: string) => `${command}: the design has no points; give at least one --param`,
  designWritten: (what: string, points: number, replications: number, path: string) =>
    `${what}: ${points} point${points === 1 ? '' : 's'} x ${replications} replication${replications === 1 ? '' : 's'} -> ${path}`,
  unknownIndicator: (name: string, known: readonly string[]) =>
    `--indicators: unknown indicator '${name}'; known: ${known.join(', ')}`,
  targetWithShard: () =>
    `--target-ci decides when to stop from all replications so far, so it cannot be split with --shard; ` +
    `run the target on one machine, then shard a fixed --replications count`,
  badTarget: (text: string) => `--target-ci: expected a relative half-width between 0 and 1 (e.g. 0.05 for ±5%), got ${text}`,
  targetMet: (name: string, replications: number) => `${name}: precision target reached after ${replications} replications`,
  reportWritten: (html: string, charts: number) => `report (${charts} chart files) -> ${html}`,
  notAFinishedRun: (dir: string) => `${dir}: not a finished run folder (no manifest.json); run it first, or finish it with --resume`,
  reportNeedsOut: () => `report: with several run folders, say where the combined report goes with --out`,
  calibrated: (loss: number, fit: string, scenario: string) =>
    `calibration: loss ${loss.toPrecision(4)} (mean squared relative error) -> ${fit}; calibrated scenario -> ${scenario}`,
  interrupted: (command: string) =>
    `interrupted: completed replications are saved. Continue with:\n  ${command} --resume`,
  replicationFailed: (detail: string, command: string) =>
    `${detail}\nCompleted replications are saved; after fixing the cause, continue with:\n  ${command} --resume`,
  slurmBadOption: (option: string, expected: string, got: string) => `--${option}: expected ${expected}, got ${got}`,
  slurmNoScenario: () => 'slurm: name at least one scenario file',
  slurmDuplicateName: (name: string) =>
    `slurm: two scenarios are named '${name}'; their shards would share out/${name}.shard-k-of-N/ (give each its own name: field)`,
  slurmTooManyShards: (name: string, shards: number, replications: number) =>
    `--shards: ${shards} shards for ${replications} replication${replications === 1 ? '' : 's'} of ${name} would leave shards empty; ` +
    `use at most ${replications} shards or more --replications`,
  slurmCompareNeedsVariants: () => '--compare: name the baseline scenario first and at least one variant after it',
  slurmUnsafePath: (path: string) =>
    `${path}: an #SBATCH line cannot carry this path (it has whitespace, a quote, a backslash or %); choose an --out without them`,
  slurmNotBuilt: (file: string) => `${file} does not exist; run 'npm run build' first (Slurm jobs run the compiled command line)`,
  slurmScriptsWritten: (arrayScript: string, mergeScript: string, shards: number) =>
    `job array (${shards} task${shards === 1 ? '' : 's'}) -> ${arrayScript}\nmerge job -> ${mergeScript}`,
  slurmHowToSubmit: (commands: string[]) => `submit both (or run this command again with --submit):\n  ${commands.join('\n  ')}`,
  slurmSubmitted: (arrayJobId: string, shards: number, mergeJobId: string, results: string[]) =>
    `submitted job array ${arrayJobId} (${shards} task${shards === 1 ? '' : 's'})\n` +
    `submitted merge job ${mergeJobId} (runs after every task of ${arrayJobId} succeeded)\n` +
    `merged results will be in ${results.join(', ')}`,
  slurmSbatchMissing: (commands: string[]) =>
    `--submit: sbatch was not found on PATH; run this on a Slurm login node, or submit the written scripts there with:\n  ${commands.join('\n  ')}`,
  slurmSbatchFailed: (script: string, detail: string, commands: string[]) =>
    `sbatch refused ${script}: ${detail}\nAfter fixing the cause, submit with:\n  ${commands.join('\n  ')}`,
  internalError: (detail: string) =>
    `clustersim: internal error: ${detail}\nThis is a bug in clustersim; please report it with the scenario and command.`,
} as const;

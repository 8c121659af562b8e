// Every user-facing message in one place (convention 7), so wording is consistent and tests can pin it.

/** `1536` → `1.5 GB`, `300` → `300 MB`. */
function formatMb(mb: number): string {
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${Math.ceil(mb)} MB`;
}

/** Longest excerpt of a user's text (a CSV header, a key, a cell) quoted in a message. */
export const MAX_EXCERPT_CHARS = 60;

/**
 * `text` quoted as JSON, cut to MAX_EXCERPT_CHARS with its length said: a 19 MB one-line header must
 * give a short message, not 19 MB of error text.
 */
export function excerpt(text: string): string {
  if (text.length <= MAX_EXCERPT_CHARS) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, MAX_EXCERPT_CHARS))}... (${text.length.toLocaleString('en-US')} characters)`;
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
  syntaxError: (file: string, detail: string) => `${file}: not valid YAML or JSON: ${detail.length > 200 ? `${detail.slice(0, 200)}...` : detail}`,
  notAMapping: (file: string) => `${file}: expected a mapping (key: value) at the top level`,
  extendsNotAString: (file: string, found: string) => `${file}: extends: expected a path to another scenario file, got ${found}`,
  extendsCycle: (chain: string[]) => `${chain[0]}: extends: cycle: ${chain.join(' -> ')}`,
  invalidField: (file: string, path: string, expectation: string, found: string) =>
    `${file}: ${path}: ${expectation}, got ${found}`,
  unknownKey: (file: string, path: string, key: string, suggestion?: string) =>
    `${file}: ${path ? `${path}.` : ''}${key}: unknown key (not in the scenario schema; see 'clustersim schema')` +
    (suggestion ? `; did you mean '${suggestion}'?` : ''),
  moreProblems: (file: string, count: number) => `${file}: ... and ${count} more problem${count === 1 ? '' : 's'}`,
  notARegularInput: (file: string) => `${file}: not a regular file (a FIFO, device or folder is refused without being read)`,
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
  badCutoff: (text: string) => `--cutoff: expected an implausibility cut-off > 0 (3 is the usual), got ${text}`,
  outputOfOtherRun: (dir: string, file: string, difference: string) =>
    `${dir}: ${file} there belongs to a different run (${difference}); ` +
    `use another --out, or --force to replace it (this deletes that run's results)`,
  outputFailed: (path: string, reason: string, completed: number, command: string) =>
    `cannot write ${path}: ${reason}. The ${completed} replication${completed === 1 ? '' : 's'} completed before ` +
    `the failure ${completed === 1 ? 'is' : 'are'} kept (checkpoint.json); free space or fix the permissions, then continue with:\n  ${command} --resume`,
  outputWriteFailed: (path: string, reason: string) => `cannot write ${path}: ${reason}`,
  // The output folder's lock (clustersim.lock): one run (or merge, or design) per folder at a time.
  folderLocked: (dir: string, holder: { host: string; pid: number; startedAt: string; command: string }, lockFile: string) =>
    `${dir}: in use by another clustersim (${holder.command || 'a run'}, pid ${holder.pid} on this host, started ${holder.startedAt}); ` +
    `wait for it to finish or stop it, or use another --out. If no such process is running, remove ${lockFile}`,
  folderLockedElsewhere: (dir: string, holder: { host: string; pid: number; startedAt: string; command: string }, lockFile: string) =>
    `${dir}: in use by clustersim on host ${holder.host} (${holder.command || 'a run'}, pid ${holder.pid}, started ${holder.startedAt}); ` +
    `this machine cannot tell whether it is still running. Wait for it, or use another --out; ` +
    `if it is certainly not running (check on ${holder.host}), remove ${lockFile}`,
  folderLockUnreadable: (dir: string, lockFile: string) =>
    `${dir}: ${lockFile} exists but cannot be read as a clustersim lock; if no clustersim is writing this folder, remove it and try again`,
  folderLockTakenOver: (dir: string, holder: { pid: number; startedAt: string; command: string }) =>
    `${dir}: took over the lock of a clustersim that is no longer running (${holder.command || 'a run'}, pid ${holder.pid}, started ${holder.startedAt})`,
  fileSystemFailed: (path: string, reason: string, command: string) =>
    `${path}: ${reason}. Nothing complete is lost: files finished before the failure are kept, and no half-written file ` +
    `is left under a final name; free space or fix the permissions, then run again:\n  ${command}`,
  folderNotMade: (path: string, folder: string, reason: string) =>
    `cannot write ${path}: the folder ${folder} cannot be created (${reason}); choose another output folder (--out)`,
  runDone: (name: string, replications: number, seconds: number, dir: string) =>
    `${name}: ${replications} replication${replications === 1 ? '' : 's'} in ${seconds.toFixed(1)} s -> ${dir}`,
  valid: (file: string) => `${file}: valid`,
  badShard: (text: string) => `--shard: expected k/N with 0 <= k < N (e.g. 0/4), got ${text}`,
  workerNotBuilt: (file: string) =>
    `the worker entry ${file} does not exist; run 'npm run build' first (workers run compiled JavaScript)`,
  nothingToResume: (dir: string) => `${dir}: no checkpoint to resume from; starting from the first replication`,
  resumeMismatch: (dir: string) =>
    `${dir}: the checkpoint there is from a different scenario, seed, replication count or shard; ` +
    `run with --force instead of --resume to start over (this deletes the partial results), or use another --out`,
  resumeFinishedChanged: (dir: string, problems: string[]) =>
    `${dir}: the run there is finished but its files no longer match its manifest.json (${problems.join('; ')}); running it again from the first replication`,
  resumeBuildMismatch: (dir: string, recorded: string, running: string) =>
    `${dir}: the checkpoint there was written by ${recorded}, and this is ${running}; rows of two builds must not mix. ` +
    `Resume with the build that started the run, or run with --force instead of --resume to start over with this one (this deletes the partial results)`,
  resumeCountMismatch: (dir: string, recorded: string, found: number) =>
    `${dir}: checkpoint.json says ${recorded} replications are complete, but its files hold ${found}; ` +
    `a checkpoint that does not match its files cannot be trusted: the run starts again from the first replication`,
  checkpointInTheWay: (dir: string, completed: number) =>
    `${dir}: holds the checkpoint of an interrupted run with ${completed} completed replication${completed === 1 ? '' : 's'}; ` +
    `continue it with --resume, or start over with --force (this deletes them), or use another --out`,
  designJournalInTheWay: (dir: string, saved: number) =>
    `${dir}: holds the evaluation journal of an interrupted design with ${saved} evaluated point${saved === 1 ? '' : 's'}; ` +
    `continue it with --resume, or start over with --force (this deletes them), or use another --out`,
  designJournalMismatch: (dir: string, recorded: string, running: string, saved: number) =>
    `${dir}: the evaluation journal there is of another design or build: it was written by ${recorded}, and this is ${running}; ` +
    `evaluations of two designs or builds must not mix. Resume with the command and build that started it, or run with --force ` +
    `to start over with this one (this deletes its ${saved} evaluated point${saved === 1 ? '' : 's'}), or use another --out`,
  designJournalTorn: (file: string, lines: number) =>
    `${file}: ${lines} incomplete or damaged line${lines === 1 ? '' : 's'} at its end (a write cut short) dropped; those points run again`,
  designNothingToResume: (dir: string) => `${dir}: no evaluation journal to resume from; starting from the first point`,
  designInterrupted: (saved: number, command: string) =>
    `interrupted: ${saved} evaluated point${saved === 1 ? ' is' : 's are'} saved in the output folder's evaluation journal ` +
    `(points still running are not). Continue with:\n  ${command} --resume`,
  designTerminated: (saved: number, command: string) =>
    `stopped by SIGTERM (a Slurm time limit, kill or a shutdown): ${saved} evaluated point${saved === 1 ? ' is' : 's are'} saved in the ` +
    `output folder's evaluation journal (points still running are not). Continue with:\n  ${command} --resume`,
  resumeCorrupt: (dir: string, completed: number) =>
    `${dir}: the partial results do not match their checkpoint (truncated or modified files); ` +
    `the ${completed} replication${completed === 1 ? '' : 's'} it recorded will be redone from the start`,
  mergeIncompleteShard: (dir: string) =>
    `${dir}: not a finished shard (no readable manifest.json); finish it first, e.g. with --resume`,
  mergeMismatch: (a: string, b: string) =>
    `${b}: belongs to a different run than ${a} (scenario, seed, replications or shard count differ)`,
  mergeBadRow: (file: string, replication: number, found: string) =>
    `${file}: replication ${replication}: expected one complete row, found ${found}; the shard is damaged: run that shard again`,
  mergeStrayRow: (file: string, line: string) =>
    `${file}: a row that belongs to none of the shard's replications (${line.length > 60 ? `${JSON.stringify(line.slice(0, 60))}...` : JSON.stringify(line)}); the shard is damaged: run that shard again`,
  mergeBuildMismatch: (a: string, buildA: string, b: string, buildB: string) =>
    `${b}: made by ${buildB}, but ${a} by ${buildA}; shards of two builds must not be merged: run the shards from another build again with one build`,
  mergeUnknownBuild: (dir: string, file: string) =>
    `${dir}: its ${file} records no code hash (made by an older clustersim), so it cannot be shown to come from the same build as the other shards; run that shard again`,
  mergeOverlap: (a: string, b: string, shard: string) => `${a} and ${b} are both shard ${shard}; give each shard once`,
  mergeMissing: (shards: string[]) => `missing shard${shards.length === 1 ? '' : 's'} ${shards.join(', ')}: merge needs every shard of the run`,
  merged: (count: number, replications: number, dir: string) => `merged ${count} shards (${replications} replications) -> ${dir}`,
  mergeDesignIncomplete: (dir: string) =>
    `${dir}: not a finished design shard (no readable design.json and points.csv); run its sweep/sensitivity --shard k/N again`,
  mergeDesignMismatch: (a: string, b: string) =>
    `${b}: belongs to a different design than ${a} (scenario, parameters, method, seed, replications or shard count differ)`,
  designShardWritten: (what: string, points: number, total: number, shard: string, replications: number, dir: string) =>
    `${what} shard ${shard}: ${points} of ${total} points x ${replications} replication${replications === 1 ? '' : 's'} -> ${dir} (merge the shards with merge-design)`,
  designMerged: (count: number, points: number, dir: string) => `merged ${count} design shards (${points} points) -> ${dir}`,
  compareUnpaired: (a: string, b: string) =>
    `${b}: its replications used different seeds from ${a}, so they cannot be paired; ` +
    `run both with the same --seed and --replications`,
  comparisonWritten: (path: string) => `paired comparison (all indicators) -> ${path}`,
  compareMismatch: (what: string, baseline: string, baselineValue: string, variant: string, variantValue: string) =>
    `compare: ${baseline} has ${what} ${baselineValue} but ${variant} has ${variantValue}; the totals would differ by the ` +
    `observation window or the regions counted, not by the policy, so they are not compared. Give both scenarios the same ` +
    `${what}, or pass --allow-mismatch to compare them anyway (the report then states the difference)`,
  compareWithItself: (file: string) =>
    `compare: ${file} is named as both baseline and variant (or twice as a variant); a scenario compared with itself ` +
    `shows no difference by construction, so it is refused (--force does not change this)`,
  compareNameClash: (name: string, a: string, b: string) =>
    `compare: ${a} and ${b} both resolve to the scenario name '${name}' (and the same file name), so their runs would ` +
    `share the folder out/${name}/; give one of them its own name: in the file`,
  reportOnComparison: (dir: string) =>
    `${dir}: a comparison folder whose runs are not recorded (comparison.json); report on it with ` +
    `'clustersim compare-runs <baseline-folder> <variant-folder...> --out ${dir}'`,
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
  labWritten: (html: string) => `policy lab -> ${html} (open it in a browser; it runs the model there, offline)`,
  notAFinishedRun: (dir: string) => `${dir}: not a finished run folder (no manifest.json); run it first, or finish it with --resume`,
  damagedManifest: (dir: string, reason: string) => `${dir}: manifest.json is damaged (${reason}); run the scenario again into this folder with --force, or into another --out`,
  // A finished folder checked against the sizes and SHA-256 its manifest records (report, merge, compare-runs, verify).
  runFolderChanged: (dir: string, problems: string[]) =>
    `${dir}: ${problems.join('; ')}; the folder was changed after the run: run it again with --force (or restore the files)`,
  runFileMissing: (file: string, recordedIn: string) => `${file} is missing though ${recordedIn} lists it`,
  runFileNotAFile: (file: string) => `${file} is not a regular file`,
  runFileSize: (file: string, found: number, recorded: number, recordedIn: string) =>
    `${file} has ${found} bytes, ${recordedIn} records ${recorded}`,
  runFileContent: (file: string, found: string, recorded: string, recordedIn: string) =>
    `${file} has other content than ${recordedIn} records (SHA-256 ${found.slice(0, 12)}..., recorded ${recorded.slice(0, 12)}...)`,
  noChecksums: (recordedIn: string) =>
    `${recordedIn} records no size and SHA-256 of the run's files (written by an older clustersim, or edited), so the files cannot be checked`,
  badChecksumEntry: (file: string, recordedIn: string) => `${recordedIn} has an unreadable entry for ${JSON.stringify(file.slice(0, 80))}`,
  verified: (dir: string, files: number, recordedIn: string) => `${dir}: OK (${files} file${files === 1 ? '' : 's'} as ${recordedIn} records)`,
  verifyFailed: (dir: string, problems: string[]) => `${dir}: ${problems.join('; ')}`,
  damagedDesignFile: (dir: string, reason: string) => `${dir}: design.json is damaged (${reason}); run that design shard again`,
  verifyUnfinished: (dir: string) => `${dir}: not finished (checkpoint.json, no manifest.json): continue it with the same command and --resume`,
  reportNeedsOut: () => `report: with several run folders, say where the combined report goes with --out`,
  calibrated: (loss: number, fit: string, scenario: string) =>
    `calibration: loss ${loss.toPrecision(4)} (mean squared relative error) -> ${fit}; calibrated scenario -> ${scenario}`,
  ensembleCalibrated: (method: string, sets: number, evaluations: number, replications: number, threshold: string, file: string) =>
    `calibration (${method}): ${sets} accepted parameter set${sets === 1 ? '' : 's'} of ${evaluations} simulated x ${replications} replication${replications === 1 ? '' : 's'} (${threshold}) -> ${file}`,
  ensembleIncomplete: (method: string) =>
    method === 'abc'
      ? 'note: ABC stopped before its last generation (a population could not be filled within its proposal budget); the last accepted population is reported'
      : 'note: no parameter set was non-implausible: the model cannot match these targets within their tolerances over these ranges (widen the ranges or the tolerances, or add parameters)',
  closestSet: (implausibility: number, target: string) =>
    `  the closest parameter set had implausibility ${implausibility.toPrecision(3)}, worst on ${target}`,
  targetFitLine: (name: string, role: string, observed: number, median: number, p5: number, p95: number, within: boolean, tolerance: number) =>
    `  ${role === 'holdout' ? '(holdout) ' : ''}${name}: observed ${observed.toPrecision(4)}, ensemble median ${median.toPrecision(4)} [5-95% ${p5.toPrecision(4)}, ${p95.toPrecision(4)}]${within ? '' : ` MISSED (tolerance ${Math.round(tolerance * 100)}%)`}`,
  identificationLine: (path: string, verdict: string, widthRatio: number, p5: number, median: number, p95: number) =>
    `  ${path}: ${verdict} (90% interval ${p5.toPrecision(3)}-${p95.toPrecision(3)}, median ${median.toPrecision(3)}; ${Math.round(widthRatio * 100)}% of the prior's)`,
  correlatedPairLine: (a: string, b: string, r: number) =>
    `  ${a} and ${b} ${r < 0 ? 'trade off' : 'move together'} (weighted correlation ${r.toFixed(2)}): the data constrain their combination more than either`,
  notAnEnsemble: (file: string) =>
    `${file}: expected an ensemble of parameter sets (posterior.csv of 'calibrate --method abc' or 'history-matching': columns set, weight, the parameters, then distance or implausibility; at least one row, finite values, weights >= 0 not all 0)`,
  ensembleRowFields: (file: string, row: number, fields: number, columns: number) =>
    `${file}: row ${row} has ${fields} field${fields === 1 ? '' : 's'} but the header has ${columns} columns; every parameter set needs a value for every parameter (a cut or edited posterior.csv?)`,
  robustWritten: (variants: number, sets: number, replications: number, file: string) =>
    `robust comparison: ${variants} variant${variants === 1 ? '' : 's'} x ${sets} parameter set${sets === 1 ? '' : 's'} x ${replications} paired replication${replications === 1 ? '' : 's'} -> ${file}`,
  robustVerdictLine: (variant: string, indicator: string, median: number, p5: number, p95: number, positive: number, negative: number, verdict: string) =>
    `  ${variant} / ${indicator}: effect median ${median.toPrecision(3)} [5-95% ${p5.toPrecision(3)}, ${p95.toPrecision(3)}]; significant + in ${Math.round(positive * 100)}%, - in ${Math.round(negative * 100)}% of the ensemble: ${verdict}`,
  screenWritten: (points: number, replications: number, file: string) =>
    `screening (Morris on the calibration distance and each target): ${points} points x ${replications} replication${replications === 1 ? '' : 's'} -> ${file}`,
  screenLine: (rank: number, path: string, muStar: number, sigma: number, movesMost: string, negligible: boolean) =>
    `  ${rank}. ${path}: mu* ${muStar.toPrecision(3)} on the distance (sigma ${sigma.toPrecision(3)}); moves most ${movesMost}${negligible ? ' -- negligible: fix it rather than calibrate it' : ''}`,
  interrupted: (command: string) =>
    `interrupted: completed replications are saved. Continue with:\n  ${command} --resume`,
  terminated: (command: string) =>
    `stopped by SIGTERM (a Slurm time limit, kill or a shutdown): the completed replications are saved in the output ` +
    `folder's checkpoint (replications still running when it came are not). Continue with:\n  ${command} --resume`,
  replicationFailed: (detail: string, command: string) =>
    `${detail}\nCompleted replications are saved; after fixing the cause, continue with:\n  ${command} --resume`,
  slurmBadOption: (option: string, expected: string, got: string) => `--${option}: expected ${expected}, got ${got}`,
  slurmNoScenario: () => 'slurm: name at least one scenario file',
  slurmDuplicateName: (name: string) =>
    `slurm: two scenarios are named '${name}'; their shards would share out/${name}.shard-k-of-N/ (give each its own name: field)`,
  slurmTooManyShards: (name: string, shards: number, replications: number) =>
    `--shards: ${shards} shards for ${replications} replication${replications === 1 ? '' : 's'} of ${name} would leave shards empty; ` +
    `use at most ${replications} shards or more --replications`,
  slurmDesignOptionsWithoutDesign: () => '--param, --lhs, --indicators and --name describe a design: add --design sweep or --design sensitivity',
  slurmDesignOneScenario: (command: string) => `--design ${command}: name exactly one scenario (the design's base), without --compare`,
  slurmTooManyDesignShards: (command: string, shards: number, points: number) =>
    `--shards: ${shards} shards for the ${points} points of the ${command} would leave shards empty; use at most ${points}`,
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
  // `extends` lists and the initial network from data (scenarios: initialNetwork).
  extendsListItem: (file: string, index: number, found: string) =>
    `${file}: extends[${index}]: expected a path to another scenario file, got ${found}`,
  extendsEmptyList: (file: string) => `${file}: extends: expected a path to another scenario file or a list of them, got an empty list`,
  extendsTooMany: (file: string, limit: number) => `${file}: extends: more than ${limit} files extend one another; a scenario needs a few`,
  outsideScope: (from: string, key: string, file: string, roots: string[]) =>
    `${from}: ${key}: ${file} is outside the folders a scenario may read files from (${roots.join(', ')}); a scenario ` +
    `reads files only below the folder of the scenario named on the command line, the working directory, clustersim's ` +
    `scenarios folder, and folders given with --allow-paths DIR (pass it if this file is meant)`,
  networkFileNotFound: (scenarioFile: string, key: string, file: string) => `${scenarioFile}: initialNetwork.${key}: file not found: ${file}`,
  networkFileUnreadable: (scenarioFile: string, key: string, file: string, reason: string) =>
    `${scenarioFile}: initialNetwork.${key}: cannot read ${file} (${reason})`,
  networkNotARegularFile: (scenarioFile: string, key: string, file: string) =>
    `${scenarioFile}: initialNetwork.${key}: not a regular file: ${file}`,
  networkFileTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: the file is ${(bytes / 1e6).toFixed(1)} MB; network files are limited to ${(limit / 1e6).toFixed(0)} MB`,
  networkNotText: (file: string) => `${file}: expected a UTF-8 CSV text file, found binary data`,
  csvNoHeader: (file: string, columns: string) => `${file}: expected a header line naming the columns ${columns}, found an empty file`,
  csvMissingColumn: (file: string, line: number, column: string, columns: string) =>
    `${file}:${line}: missing column "${column}" (the header must name ${columns})`,
  csvUnknownColumn: (file: string, line: number, column: string, columns: string, suggestion?: string) =>
    `${file}:${line}: unknown column ${excerpt(column)} (expected ${columns})` + (suggestion ? `; did you mean '${suggestion}'?` : ''),
  csvDuplicateColumn: (file: string, line: number, column: string) => `${file}:${line}: column ${excerpt(column)} appears twice in the header`,
  csvValueCount: (file: string, line: number, expected: string, columns: string, found: number) =>
    `${file}:${line}: expected ${expected} values (${columns}), got ${found}`,
  csvUnterminatedQuote: (file: string, line: number) => `${file}:${line}: a quoted value is not closed on its line`,
  csvCell: (file: string, line: number, column: string, expectation: string, found: string) =>
    `${file}:${line}: ${column}: ${expectation}, got ${found}`,
  csvProblem: (file: string, line: number, column: string, problem: string) => `${file}:${line}: ${column}: ${problem}`,
  networkDuplicateId: (id: string, firstLine: number) => `duplicate agent id ${excerpt(id)} (first on line ${firstLine})`,
  networkUnknownRegion: (region: string, regions: string[]) =>
    `unknown region ${excerpt(region)} (the scenario's regions: ${regions.join(', ')})`,
  networkUnknownAgent: (id: string) => `unknown agent id ${excerpt(id)}`,
  networkSelfLoop: (id: string) => `${JSON.stringify(id)} is also the source (a link cannot join an agent to itself)`,
  networkDuplicateEdge: (a: string, b: string, firstLine: number) =>
    `duplicate link between ${JSON.stringify(a)} and ${JSON.stringify(b)} (first on line ${firstLine}; links are undirected)`,
  networkNotLinkable: (kindA: string, kindB: string) =>
    `"${kindA}" and "${kindB}" agents cannot be linked (the model has no link between two academics, two banks or two coordinators)`,
  networkWrongKind: (kindA: string, kindB: string, expected: string, found: string) =>
    `a link between "${kindA}" and "${kindB}" agents is "${expected}", got ${excerpt(found)}`,
  // The same problems in inline rows, as expectations (`<file>: initialNetwork.edges[3].kind: expected ..., got ...`).
  inlineDuplicateId: (firstRow: number) => `expected a unique agent id, but initialNetwork.agents[${firstRow}] has it too`,
  inlineUnknownRegion: (regions: string[]) => `expected a region id of the scenario (${regions.join(', ')})`,
  inlineUnknownAgent: () => 'expected the id of an agent in initialNetwork.agents',
  inlineSelfLoop: () => 'expected an agent other than the source (a link cannot join an agent to itself)',
  inlineDuplicateEdge: (firstRow: number) => `expected one link per pair of agents, but initialNetwork.edges[${firstRow}] links the same two agents`,
  inlineNotLinkable: (kindA: string, kindB: string) =>
    `expected agents the model can link, but "${kindA}" and "${kindB}" agents cannot be linked (no link between two academics, two banks or two coordinators)`,
  inlineWrongKind: (kindA: string, kindB: string, expected: string) => `expected "${expected}" (the link type between "${kindA}" and "${kindB}" agents)`,
  networkNotLoaded: () =>
    'initialNetwork names CSV files that were not read; load the scenario with loadScenario (src/scenario/load-scenario.ts), which puts their rows into the scenario',
  // --- discover (PRIM scenario discovery) ---
  conditionSyntax: (text: string, at: number, problem: string) =>
    `--condition '${text}': ${problem} at character ${at + 1}. A condition uses column names, numbers (50% = 0.5), ` +
    `+ - * /, comparisons (< <= > >= == !=), and, or, not and parentheses, e.g. "sustainability < 0.5 and commercializations > 0"`,
  conditionType: (text: string, where: string, kind: 'number' | 'truth') =>
    `--condition '${text}': ${where} needs ${kind === 'number' ? 'numbers' : 'comparisons (true or false)'} on both sides`,
  conditionNotTruth: (text: string) =>
    `--condition '${text}' is a number, not a condition: compare it, e.g. "${text} < 0.5"`,
  conditionUnknownColumn: (column: string, nearest?: string) =>
    `--condition: unknown column '${column}'${nearest ? `; did you mean '${nearest}'?` : ''} ` +
    `A condition can use every summary indicator (as in sweep.csv) and the design's numeric parameters`,
  conditionNotNumeric: (column: string) =>
    `--condition: column '${column}' holds categories, not numbers; a condition compares numbers (PRIM can still restrict '${column}' as an input)`,
  discoverUnknownInput: (input: string, nearest: string | undefined, known: readonly string[]) =>
    `--inputs: '${input}' is not a parameter of the design${nearest ? `; did you mean '${nearest}'?` : ''} (its parameters: ${known.join(', ')})`,
  discoverNoDesign: (dir: string) =>
    `${dir} holds no design rows: discover reads a sweep's folder (sweep.csv) or the shard folders of a sweep or ` +
    `sensitivity analysis run with --shard k/N (points.csv and design.json)`,
  discoverSensitivityWhole: (dir: string) =>
    `${dir} holds only the sensitivity indices (sensitivity.csv), not the per-point rows PRIM needs: run the analysis ` +
    `as shards (--shard 0/2 and --shard 1/2) and pass all shard folders to discover, or run a sweep --lhs over the same ranges`,
  discoverOneSweep: () => 'discover reads one sweep folder, or all shard folders of one design',
  discoverBadSweep: (path: string, problem: string) => `${path}: not a sweep table clustersim wrote (${problem})`,
  discoverNoRows: (condition: string, dropped: number) =>
    `--condition '${condition}' is undefined on every row (${dropped} rows have an empty value it reads, e.g. a ratio without funding end): nothing to discover`,
  discoverTrivial: (condition: string, holds: number, rows: number, dropped: number) =>
    `--condition '${condition}' holds on ${holds === 0 ? 'none' : 'every one'} of the ${rows} rows where it is defined` +
    `${dropped > 0 ? ` (${dropped} more rows left out: an empty value it reads, e.g. a ratio without funding end)` : ''}: PRIM needs rows where it holds and rows where it does not`,
  discoverRepeatedInput: (input: string) => `--inputs: '${input}' is given twice`,
  discoverNoInputs: () => 'the design varies no parameter (every input has one value): there is no space to discover boxes in',
  discoverOutputInTheWay: (dir: string) => `${dir} already holds a discovery (trajectory.csv); pass --force to replace it, or --out another folder`,
  discoverOutputOfAnother: (dir: string) =>
    `${dir} holds another command's report (report.html, no discovery.json); discover would replace it and its charts, even with --force: give another --out`,
  discoverWritten: (rows: number, dropped: number, positives: number, dir: string) =>
    `discover: ${rows} rows (${dropped} left out: condition undefined), condition holds on ${positives} -> ${dir}`,
  discoverThresholdMissed: (threshold: number, box: number, density: number) =>
    `no box on the peeling trajectory reaches density ${threshold}; showing the densest, box ${box} (density ${density.toFixed(3)})`,
  discoverReading: (designs: string) => `discover: reading ${designs}`,
  discoverBox: (box: number, chosen: number, coverage: number, density: number, mass: number, rows: number) =>
    `box ${box}${box === chosen ? '' : ` (box ${chosen} pasted)`}: coverage ${coverage.toFixed(3)}, density ${density.toFixed(3)}, mass ${mass.toFixed(3)} (${rows} rows)`,
  discoverLimit: (dimension: string, limits: string, quasiP: readonly number[]) =>
    `  ${dimension} in ${limits}  quasi-p ${quasiP.map((p) => p.toPrecision(2)).join(' / ')}`,
  discoverDroppedConstant: (inputs: readonly string[]) => `inputs with one value only, left out: ${inputs.join(', ')}`,
  internalError: (detail: string) =>
    `clustersim: internal error: ${detail}\nThis is a bug in clustersim; please report it with the scenario and command.`,
} as const;

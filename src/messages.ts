// Every user-facing message in one place (convention 7), so wording is consistent and tests can pin it.

/** Bad input from the user: the CLI prints the message alone and exits with code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export const messages = {
  fileNotFound: (file: string, from?: string) =>
    from ? `${from}: extends: file not found: ${file}` : `${file}: file not found`,
  fileUnreadable: (file: string, reason: string) => `${file}: cannot read the file (${reason})`,
  notUtf8Text: (file: string) => `${file}: expected a UTF-8 text file (YAML or JSON), found binary data`,
  fileTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: the file is ${(bytes / 1e6).toFixed(1)} MB; scenario files are limited to ${(limit / 1e6).toFixed(0)} MB`,
  syntaxError: (file: string, detail: string) => `${file}: not valid YAML or JSON: ${detail}`,
  notAMapping: (file: string) => `${file}: expected a mapping (key: value) at the top level`,
  extendsNotAString: (file: string, found: string) => `${file}: extends: expected a path to another scenario file, got ${found}`,
  extendsCycle: (chain: string[]) => `${chain[0]}: extends: cycle: ${chain.join(' -> ')}`,
  invalidField: (file: string, path: string, expectation: string, found: string) =>
    `${file}: ${path}: ${expectation}, got ${found}`,
  unknownKey: (file: string, path: string, key: string) =>
    `${file}: ${path ? `${path}.` : ''}${key}: unknown key (not in the scenario schema; see 'clustersim schema')`,
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
  interrupted: (command: string) =>
    `interrupted: completed replications are saved. Continue with:\n  ${command} --resume`,
  replicationFailed: (detail: string, command: string) =>
    `${detail}\nCompleted replications are saved; after fixing the cause, continue with:\n  ${command} --resume`,
  internalError: (detail: string) =>
    `clustersim: internal error: ${detail}\nThis is a bug in clustersim; please report it with the scenario and command.`,
} as const;

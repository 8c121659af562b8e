// Option parsing shared by the commands that run replications (run, compare, sweep, sensitivity),
// so every command validates numbers the same way and names the option in its error.
import type { Argv } from 'yargs';
import { withReportOptions, type ReportArgs } from './report-options.js';
import { InputError, messages } from '../messages.js';
import { checkTarget, DEFAULT_TARGET_BATCH, type PrecisionTarget } from '../montecarlo/precision-target.js';
import { maxMemoryValue } from './memory-guard.js';
import { optionNumber, shownOption } from './option-number.js';
import { MAX_REPLICATIONS } from '../scenario/schema.js';

/**
 * Upper bounds of the counting options, like the schema's for scenario fields: beyond them a run
 * cannot be held or finished on one machine (a design of 10^9 points allocates gigabytes before
 * the first replication), so a typing slip gets a clear error instead of a crash.
 */
export const OPTION_MAX: Readonly<Record<string, number>> = {
  replications: MAX_REPLICATIONS,
  'target-batch': MAX_REPLICATIONS,
  workers: 1024,
  'cpus-per-task': 1024,
  shards: 100_000,
  lhs: 1_000_000,
  samples: 1_000_000,
  trajectories: 100_000,
  'max-evaluations': 1_000_000,
  population: 100_000,
  generations: 1_000,
  'points-per-wave': 1_000_000,
  waves: 1_000,
  // Each candidate is costed (and repaired by bisection, ~40 schema checks) before anything runs: 10,000 take minutes.
  candidates: 10_000,
  finalists: 10_000,
  'ensemble-replications': MAX_REPLICATIONS,
};

/** Checks --name is an integer from 1 to its bound; for an option that is demanded or has a default (never undefined). */
export function requiredPositiveInteger(name: string) {
  const max = OPTION_MAX[name] ?? Number.MAX_SAFE_INTEGER;
  return (value: unknown): number => {
    const n = optionNumber(value);
    if (!Number.isSafeInteger(n) || n < 1) throw new InputError(`--${name}: expected an integer >= 1, got ${shownOption(value)}`);
    if (n > max) throw new InputError(`--${name}: expected an integer from 1 to ${max.toLocaleString('en-US')}, got ${shownOption(value)}`);
    return n;
  };
}

/** As requiredPositiveInteger, for an optional option. */
export function positiveInteger(name: string) {
  const check = requiredPositiveInteger(name);
  return (value: unknown) => (value === undefined ? undefined : check(value));
}

export function seedValue(value: unknown) {
  if (value === undefined) return undefined;
  const n = optionNumber(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InputError(`--seed: expected an integer >= 0, got ${shownOption(value)}`);
  return n;
}

/**
 * --allow-paths DIR (repeatable) of every command that loads scenarios: folders whose files
 * `extends` and initialNetwork paths may name, besides the named scenario's folder and the working directory.
 */
export function withAllowPaths<T>(y: Argv<T>) {
  return y.option('allow-paths', {
    type: 'string',
    array: true,
    describe: 'a folder whose files scenario files may read (extends, initialNetwork) besides the scenario\'s own folder and the working directory (repeatable)',
  });
}

/** What `withRunOptions` adds to a command's arguments. */
export interface RunArgs extends ReportArgs {
  replications?: number;
  seed?: number;
  out: string;
  workers?: number;
  quiet: boolean;
  maxMemory?: number;
  allowPaths?: string[];
}

/** --replications, --seed, --out, --workers, --quiet, --max-memory, --allow-paths, --lang, --no-report. */
export function withRunOptions<T>(y: Argv<T>) {
  return withAllowPaths(withReportOptions(y))
    .option('replications', { alias: 'r', type: 'string', describe: 'replications (default: the scenario\'s)', coerce: positiveInteger('replications') })
    .option('seed', { alias: 's', type: 'string', describe: 'master seed (default: the scenario\'s)', coerce: seedValue })
    .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'folder that receives the results' })
    .option('workers', { alias: 'w', type: 'string', describe: 'worker threads (default: all cores; 1 runs in-process)', coerce: positiveInteger('workers') })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress bar' })
    .option('max-memory', { type: 'string', describe: 'memory budget in MB for the check before running (default: the free memory)', coerce: maxMemoryValue });
}

export function targetValue(value: unknown) {
  if (value === undefined) return undefined;
  const x = optionNumber(value);
  if (!(x > 0 && x < 1)) throw new InputError(messages.badTarget(shownOption(value)));
  return x;
}

/** The precision target of `run --target-ci`, validated; undefined without the option. */
export function targetFromArgs(args: { targetCi?: number; targetIndicators: string; targetBatch?: number }): PrecisionTarget | undefined {
  if (args.targetCi === undefined) return undefined;
  const target = { relativeHalfWidth: args.targetCi, indicators: args.targetIndicators.split(',').map((s) => s.trim()), batchSize: args.targetBatch ?? DEFAULT_TARGET_BATCH };
  checkTarget(target);
  return target;
}

/** A comma-separated option as a list, entries trimmed; undefined when not given (or empty). */
export function commaList(text: string | undefined): string[] | undefined {
  return text ? text.split(',').map((s) => s.trim()) : undefined;
}

/** The <baseline> and <variants..> positionals of compare (scenario files) and compare-runs (run folders). */
export function withBaselineAndVariants<T>(y: Argv<T>, baseline: string, variants: string) {
  return y
    .positional('baseline', { type: 'string', demandOption: true, describe: baseline })
    .positional('variants', { type: 'string', array: true, demandOption: true, describe: variants });
}

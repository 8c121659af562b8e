// What sweep, sensitivity and calibrate share on the command line: the base scenario, --param specs,
// the output folder; the hooks that check memory and draw the progress bar; and the lines they print.
import type { Argv } from 'yargs';
import type { DesignBase, DesignResult } from '../experiments/design-run.js';
import type { DesignOptions } from '../experiments/experiment-options.js';
import { messages } from '../messages.js';
import { isWhole, parseShard } from '../montecarlo/shard.js';
import { withInterrupts } from './interrupts.js';
import { checkMemory } from './memory-guard.js';
import { withRunOptions, type RunArgs } from './options.js';
import { createProgress, type Progress } from './progress.js';
import { writeCommitteeReport, type ReportArgs } from './report-options.js';

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

/** --resume and --force of sweep, sensitivity and calibrate: the folder's evaluation journal. */
export function withDesignResumeOptions<T>(y: Argv<T>) {
  return y
    .option('resume', { type: 'boolean', default: false, describe: 'continue an interrupted design: the points saved in its output folder are not run again' })
    .option('force', { type: 'boolean', default: false, describe: 'start over, deleting the saved points of an interrupted design (or of another design or build) in the output folder' });
}

export interface DesignArgs extends RunArgs {
  scenario: string;
  param: string[];
  name?: string;
}

/** The design's base as the library takes it. */
export function designBase(args: DesignArgs): DesignBase {
  return { scenario: args.scenario, param: args.param, replications: args.replications, seed: args.seed, name: args.name, allowPaths: args.allowPaths };
}

/**
 * Runs a design experiment with the CLI's hooks: the memory guard once the base scenario is loaded,
 * and a progress bar labelled `<scenario> <command>`, stopped however the experiment ends.
 */
export async function withDesignHooks<R>(args: DesignArgs, command: string, work: (options: DesignOptions) => Promise<R>): Promise<R> {
  let progress: Progress | undefined;
  try {
    return await work({
      outRoot: args.out,
      workers: args.workers,
      onLoaded: (loaded, replications) => {
        checkMemory([loaded], { workers: args.workers, replications, maxMemoryMb: args.maxMemory });
        progress = createProgress(`${loaded.scenario.name} ${command}`, args.quiet);
      },
      onProgress: (done, total) => progress?.update(done, total),
      onNotice: (message) => console.error(message),
    });
  } finally {
    progress?.stop();
  }
}

/**
 * A design command that resumes: withDesignHooks with --resume/--force, and Ctrl-C or SIGTERM turned
 * into an abort that keeps the evaluated points and says how to continue.
 */
export function withResumableDesign<R>(
  argv: readonly string[], args: DesignArgs & { resume: boolean; force: boolean }, command: string, work: (options: DesignOptions) => Promise<R>,
): Promise<R> {
  return withInterrupts(argv, args.quiet, ({ signal }) =>
    withDesignHooks(args, command, (options) => work({ ...options, signal, resume: args.resume, force: args.force })));
}

/** Where the design's table (or a shard's points) went, and its report. */
export async function printDesign(result: DesignResult, args: ReportArgs): Promise<void> {
  const { spec } = result;
  if (!isWhole(result.shard)) {
    console.log(messages.designShardWritten(spec.command, result.results.length, result.points, `${result.shard.index}/${result.shard.count}`, spec.replications, result.dir));
    return;
  }
  const what = spec.command === 'sweep' ? 'sweep' : `sensitivity (${spec.method})`;
  console.log(messages.designWritten(what, result.points, spec.replications, result.file));
  if (result.reportData) await writeCommitteeReport(result.dir, result.reportData, args);
}

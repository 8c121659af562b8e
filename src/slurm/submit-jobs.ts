// Submits the job array and then the merge job with --dependency=afterok:<array job id>, through
// `sbatch --parsable` (which prints "<id>" or "<id>;<cluster>").
import { spawnSync } from 'node:child_process';
import { InputError, messages } from '../messages.js';
import { shellQuote, submitCommands } from './sbatch-script.js';

export interface SbatchResult {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

/** Runs sbatch with the given arguments (replaceable in tests). */
export type SbatchRunner = (args: string[]) => SbatchResult;

export const runSbatch: SbatchRunner = (args) => {
  const result = spawnSync('sbatch', args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
};

export interface SubmittedJobs {
  arrayJobId: string;
  mergeJobId: string;
}

/** The job id in `sbatch --parsable` output. */
export function parseJobId(stdout: string): string | undefined {
  const id = stdout.trim().split(';')[0];
  return /^\d+$/.test(id) ? id : undefined;
}

function submit(run: SbatchRunner, args: string[], script: string, hint: string[]): string {
  const result = run(['--parsable', ...args, script]);
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(missing ? messages.slurmSbatchMissing(hint) : messages.slurmSbatchFailed(script, result.error.message, hint));
  }
  const id = parseJobId(result.stdout);
  if (result.status !== 0 || id === undefined) {
    throw new InputError(messages.slurmSbatchFailed(script, (result.stderr || result.stdout).trim() || `exit code ${result.status}`, hint));
  }
  return id;
}

export function submitJobs(arrayScript: string, mergeScript: string, run: SbatchRunner = runSbatch): SubmittedJobs {
  const arrayJobId = submit(run, [], arrayScript, submitCommands(arrayScript, mergeScript));
  // The array is queued now: if the merge job is refused, say how to submit just that one.
  const mergeHint = [`sbatch --dependency=afterok:${arrayJobId} ${shellQuote(mergeScript)}`];
  const mergeJobId = submit(run, [`--dependency=afterok:${arrayJobId}`], mergeScript, mergeHint);
  return { arrayJobId, mergeJobId };
}

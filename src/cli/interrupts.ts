// Running scenarios from the CLI: progress per scenario, Ctrl-C or SIGTERM that stops workers cleanly and says
// how to resume, and a failed replication or write reported by name with the completed ones kept.
import { messages } from '../messages.js';
import type { RunExperimentOptions } from '../experiments/experiment-options.js';
import { run } from '../experiments/run.js';
import { DesignInterrupted } from '../montecarlo/evaluate-points.js';
import { ReplicationFailure } from '../montecarlo/executor.js';
import { RunInterrupted, type RunOptions, type RunResult } from '../montecarlo/run-experiment.js';
import { OutputWriteFailure } from '../montecarlo/run-output.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import { EXIT } from './exit-codes.js';
import { createProgress, type Progress } from './progress.js';

/** A failure the CLI reports in one paragraph with its own exit code. */
export class ReportedFailure extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** The library's run hooks, wired to the terminal, and what to call once the runs are done. */
export type RunHooks = Required<Pick<RunExperimentOptions, 'signal' | 'onStart' | 'onProgress' | 'onNotice'>> & {
  /** Stops the progress bar and prints each run's line. */
  onRunsDone: (runs: RunResult[]) => void;
};

/**
 * Runs `work` with Ctrl-C and SIGTERM (a Slurm time limit, `kill`, a shutdown) turned into an abort,
 * and the run failures into one-paragraph reports.
 */
export async function withInterrupts<T>(argv: readonly string[], quiet: boolean, work: (hooks: RunHooks) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let stoppedBy = 'SIGINT' as 'SIGINT' | 'SIGTERM';
  const onSigint = () => controller.abort();
  const onSigterm = () => {
    stoppedBy = 'SIGTERM';
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
  let progress: Progress | undefined;
  const command = resumeCommand(argv);
  try {
    return await work({
      signal: controller.signal,
      onStart: (scenario, total, done) => {
        progress?.stop();
        progress = createProgress(scenario.name, quiet);
        if (done > 0) progress.update(done, total);
      },
      onProgress: (done, total) => progress?.update(done, total),
      onNotice: (message) => console.error(message),
      onRunsDone: (runs) => {
        progress?.stop();
        for (const r of runs) console.log(messages.runDone(r.scenario, r.replications, r.seconds, r.dir));
      },
    });
  } catch (error) {
    progress?.stop();
    if (error instanceof DesignInterrupted) {
      if (stoppedBy === 'SIGTERM') throw new ReportedFailure(messages.designTerminated(error.saved, command), EXIT.terminated);
      throw new ReportedFailure(messages.designInterrupted(error.saved, command), EXIT.interrupted);
    }
    if (error instanceof RunInterrupted) {
      if (stoppedBy === 'SIGTERM') throw new ReportedFailure(messages.terminated(command), EXIT.terminated);
      throw new ReportedFailure(messages.interrupted(command), EXIT.interrupted);
    }
    if (error instanceof ReplicationFailure) throw new ReportedFailure(messages.replicationFailed(error.message, command), EXIT.internal);
    // Disk full or not writable: the machine's problem, not clustersim's; the user fixes it and resumes.
    if (error instanceof OutputWriteFailure) {
      throw new ReportedFailure(messages.outputFailed(error.path, error.reason, error.durable, command), EXIT.badInput);
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onSigint);
    process.removeListener('SIGTERM', onSigterm);
  }
}

/** `run`'s runs: the library's run with the terminal's hooks; prints a line per finished run. */
export function runWithInterrupts(argv: readonly string[], loaded: LoadedScenario[], options: RunOptions & { quiet: boolean }): Promise<RunResult[]> {
  const { quiet, replications, seed, shard, targetCi, statistics, ...execution } = options;
  return withInterrupts(argv, quiet, async ({ onRunsDone, ...hooks }) => {
    const results = await run({ scenarios: loaded, replications, seed, shard, targetCi, statistics }, { ...execution, ...hooks });
    onRunsDone(results);
    return results;
  });
}

/** The command line as typed, without an earlier --resume (or --force: the continuation must not start over), for the "continue with" hint. */
function resumeCommand(argv: readonly string[]): string {
  return ['clustersim', ...argv.filter((a) => a !== '--resume' && a !== '--force')].join(' ');
}

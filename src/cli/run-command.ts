// `clustersim run`: progress per scenario, Ctrl-C that stops workers cleanly and says how to resume,
// and a failed replication reported by name with the completed ones kept.
import { messages } from '../messages.js';
import { ReplicationFailure } from '../montecarlo/executor.js';
import { RunInterrupted, runScenarios, type RunOptions, type RunResult } from '../montecarlo/run-experiment.js';
import { OutputWriteFailure } from '../montecarlo/run-output.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import { createProgress, type Progress } from './progress.js';

/** A failure the CLI reports in one paragraph with its own exit code. */
export class ReportedFailure extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
const EXIT_INTERRUPTED = 130;
/** Exit code of bad input, including an output folder that cannot be written (as in main.ts). */
const EXIT_BAD_INPUT = 2;

export async function runWithInterrupts(
  argv: readonly string[],
  loaded: LoadedScenario[],
  options: RunOptions & { quiet: boolean },
): Promise<RunResult[]> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let progress: Progress | undefined;
  const command = resumeCommand(argv);
  try {
    return await runScenarios(loaded, {
      ...options,
      signal: controller.signal,
      onStart: (scenario, total, done) => {
        progress?.stop();
        progress = createProgress(scenario.name, options.quiet);
        if (done > 0) progress.update(done, total);
      },
      onProgress: (done, total) => progress?.update(done, total),
      onNotice: (message) => console.error(message),
    }).then((results) => {
      progress?.stop();
      for (const r of results) console.log(messages.runDone(r.scenario, r.replications, r.seconds, r.dir));
      return results;
    });
  } catch (error) {
    progress?.stop();
    if (error instanceof RunInterrupted) throw new ReportedFailure(messages.interrupted(command), EXIT_INTERRUPTED);
    if (error instanceof ReplicationFailure) throw new ReportedFailure(messages.replicationFailed(error.message, command), 1);
    // Disk full or not writable: the machine's problem, not clustersim's; the user fixes it and resumes.
    if (error instanceof OutputWriteFailure) {
      throw new ReportedFailure(messages.outputFailed(error.path, error.reason, error.durable, command), EXIT_BAD_INPUT);
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

/** The command line as typed, without an earlier --resume, for the "continue with" hint. */
function resumeCommand(argv: readonly string[]): string {
  return ['clustersim', ...argv.filter((a) => a !== '--resume')].join(' ');
}

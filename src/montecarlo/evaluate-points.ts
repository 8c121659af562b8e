// Runs the points of an experimental design (sweep, Latin hypercube, Morris, Saltelli): each point
// is the base scenario with some parameters set, run for the same replications with the same master
// seed (common random numbers across points), keeping only the summary values of each replication.
import { validateScenario } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema.js';
import { setPath } from '../scenario/scenario-path.js';
import type { DesignPoint } from '../stats/index.js';
import type { PointResult } from '../results/design-tables.js';
import type { EvaluationJournal } from './evaluation-journal.js';
import type { Executor } from './executor.js';
import { parseSummaryRow } from './replication-rows.js';
import { RunInterrupted } from './run-experiment.js';

export interface EvaluateOptions {
  replications: number;
  /** Index of the first replication run (default 0): a search adds replications to points already run. */
  firstReplication?: number;
  masterSeed: number;
  executor: Executor;
  /** Names the base scenario's file in validation messages. */
  file: string;
  onProgress?: (done: number, total: number) => void;
  /** Points found here are taken from it instead of run; every point run is recorded in it. */
  journal?: EvaluationJournal;
  /** Aborting stops the points under way (DesignInterrupted); the recorded ones stay in the journal. */
  signal?: AbortSignal;
}

/** A design stopped on request; `saved` points are in its evaluation journal for `--resume`. */
export class DesignInterrupted extends RunInterrupted {
  override name = 'DesignInterrupted';
  constructor(readonly saved: number) {
    super('interrupted');
  }
}

/** The base scenario with the point's parameters set, validated like a scenario file. */
export function scenarioForPoint(base: Scenario, point: DesignPoint<unknown>, file: string): Scenario {
  let document: unknown = base;
  for (const [path, value] of Object.entries(point.values)) document = setPath(document, path, value);
  return validateScenario(document, `${file} (run ${point.runId})`);
}

export async function evaluatePoints(base: Scenario, points: DesignPoint<unknown>[], options: EvaluateOptions): Promise<PointResult[]> {
  const first = options.firstReplication ?? 0;
  const replications = Array.from({ length: options.replications }, (_, i) => first + i);
  // Validate every point before running any, so a bad value fails fast.
  const scenarios = points.map((point) => scenarioForPoint(base, point, options.file));
  const results: PointResult[] = new Array(points.length);
  const { executor, journal, signal } = options;
  const start = (p: number): Promise<void> => {
    const saved = journal?.find(points[p].runId, points[p].values);
    if (saved) {
      results[p] = saved;
      return Promise.resolve();
    }
    const summaries: Float64Array[] = new Array(replications.length);
    const seeds: string[] = new Array(replications.length);
    results[p] = { runId: points[p].runId, values: points[p].values, summaries, seeds };
    // The summary row alone: a point keeps nothing else, and the network diagnostics and the
    // time-series text were a sixth of each replication.
    const job = { scenario: scenarios[p], masterSeed: options.masterSeed, replications, summaryOnly: true };
    const done = executor.run(job, (rows) => {
      const parsed = parseSummaryRow(rows.text[0]);
      summaries[parsed.replication - first] = parsed.values;
      seeds[parsed.replication - first] = parsed.seed;
    }).then(() => journal?.record(results[p]));
    // Awaited in order below; a later point that fails while an earlier one is awaited must not
    // count as an unhandled rejection (the pool then rejects the earlier one with that failure).
    done.catch(() => {});
    return done;
  };
  // On a pool, the next points are under way while one finishes: a point of a few replications
  // otherwise left workers idle at its end (a third of a 4-replication point on two workers).
  const ahead = executor.parallelism > 1 ? POINTS_AHEAD : 0;
  const running: Promise<void>[] = [];
  let started = 0;
  const interrupted = () => new DesignInterrupted(journal?.size ?? 0);
  // Points under way stop at once; the journal keeps every point that completed.
  const onAbort = () => executor.cancel(interrupted());
  signal?.addEventListener('abort', onAbort);
  try {
    for (let p = 0; p < points.length; p++) {
      if (signal?.aborted) throw interrupted();
      while (started < points.length && started <= p + ahead) running[started] = start(started++);
      await running[p];
      options.onProgress?.((p + 1) * replications.length, points.length * replications.length);
    }
  } catch (error) {
    // The count of saved points as it is now, not as it was when the signal came.
    if (error instanceof DesignInterrupted) throw interrupted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return results;
}

/** Points started beyond the one being awaited when the executor runs replications in parallel. */
const POINTS_AHEAD = 2;

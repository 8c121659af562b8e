// Where replications run: in-process, or on a pool of worker threads. Both deliver each
// replication's rows through `onRows` as it completes; the caller restores replication order.
import type { Scenario } from '../scenario/schema.js';
import type { ReplicationRows } from './replication-rows.js';

export interface Job {
  scenario: Scenario;
  masterSeed: number;
  replications: readonly number[];
  /** Deliver each replication's summary row alone (see runReplicationTask); default false. */
  summaryOnly?: boolean;
}

/** A replication that threw: the run stops and names it. */
export class ReplicationFailure extends Error {
  override name = 'ReplicationFailure';
  constructor(readonly scenarioName: string, readonly replication: number, readonly detail: string) {
    super(`${scenarioName}: replication ${replication} failed: ${detail}`);
  }
}

export interface Executor {
  /** Replications that can run at once. */
  readonly parallelism: number;
  /**
   * Runs every replication of the job; rejects with ReplicationFailure on the first failure. A pool
   * may hold several runs at once: a failure in one stops the pool, and every run still open
   * rejects with that failure.
   */
  run(job: Job, onRows: (rows: ReplicationRows) => void): Promise<void>;
  /** Stops dispatching new work; every pending run() rejects with `reason`. */
  cancel(reason: Error): void;
  close(): Promise<void>;
}

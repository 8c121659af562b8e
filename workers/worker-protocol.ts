// Messages between the main thread and replication workers (structured-clone friendly).
import type { ReplicationRows } from '../src/montecarlo/replication-rows.js';
import type { Scenario } from '../src/scenario/schema.js';

export type ToWorker =
  /** Sent once per scenario; later batches refer to it by key instead of cloning it again. */
  | { type: 'scenario'; key: number; scenario: Scenario }
  | { type: 'batch'; key: number; masterSeed: number; replications: number[]; summaryOnly: boolean };

/** Every reply names the run (scenario key) it belongs to, so a late reply never lands in another run. */
export type FromWorker =
  | { type: 'rows'; key: number; rows: ReplicationRows }
  | { type: 'batchDone'; key: number }
  | { type: 'failed'; key: number; replication: number; detail: string };

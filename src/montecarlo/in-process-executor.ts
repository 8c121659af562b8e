// --workers 1: replications run on the main thread, one at a time, yielding to the event loop
// between them so Ctrl-C is handled promptly.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Executor, Job } from './executor.js';
import { ReplicationFailure } from './executor.js';
import type { ReplicationRows } from './replication-rows.js';
import { runReplicationTask } from './replication-task.js';

export class InProcessExecutor implements Executor {
  readonly parallelism = 1;
  private cancelled: Error | undefined;

  async run(job: Job, onRows: (rows: ReplicationRows) => void): Promise<void> {
    for (const replication of job.replications) {
      await nextTurn();
      if (this.cancelled) throw this.cancelled;
      let rows: ReplicationRows;
      try {
        rows = runReplicationTask(job.scenario, replication, job.masterSeed, job.summaryOnly);
      } catch (error) {
        throw new ReplicationFailure(job.scenario.name, replication, (error as Error).message);
      }
      onRows(rows);
    }
  }

  cancel(reason: Error): void {
    this.cancelled = reason;
  }

  async close(): Promise<void> {}
}

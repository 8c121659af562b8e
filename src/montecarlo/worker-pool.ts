// A warm pool of worker threads, each owning its worlds. Replications go out in small batches
// (keeps workers busy and the main thread's reorder buffer short) and come back one by one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, messages } from '../messages.js';
import { PACKAGE_ROOT } from '../version.js';
import type { FromWorker, ToWorker } from '../../workers/worker-protocol.js';
import { ReplicationFailure, type Executor, type Job } from './executor.js';
import type { ReplicationRows } from './replication-rows.js';

/** The compiled worker entry; tests running from src/ use it too, so build first (`npm run build`). */
export function defaultWorkerUrl(): URL {
  const file = join(PACKAGE_ROOT, 'dist', 'workers', 'replication-worker.js');
  if (!existsSync(file)) throw new InputError(messages.workerNotBuilt(file));
  return pathToFileURL(file);
}

/** Batches of about a quarter of a worker's fair share, 1 to 16 replications. */
export function batchSize(replications: number, workers: number): number {
  return Math.max(1, Math.min(16, Math.ceil(replications / (workers * 4))));
}

/**
 * Batch sizes for a run, each sized on what is left (guided scheduling): batches shrink to single
 * replications near the end, so the workers finish together. With one size for the whole run, a
 * worker could sit idle while another ran a last batch of 8 — a tenth of a 60-replication run.
 */
export function batchSizes(replications: number, workers: number): number[] {
  const sizes: number[] = [];
  for (let left = replications; left > 0; left -= sizes[sizes.length - 1]) sizes.push(batchSize(left, workers));
  return sizes;
}

interface Slot {
  worker: Worker;
  /** The scenario key this worker holds (workers keep only the current one). */
  known: number;
  /** Replications of the batch it is running that have not come back yet. */
  pending: number[];
  /**
   * True from dispatch until the worker says the batch is done (or failed). Not derived from
   * `pending`: the last rows arrive before `batchDone`, and a run settled on rows alone could end
   * while a worker still owes it a reply, which then landed in the next run.
   */
  busy: boolean;
}

interface ActiveRun {
  job: Job;
  key: number;
  onRows: (rows: ReplicationRows) => void;
  batches: number[][];
  next: number;
  resolve: () => void;
  reject: (error: Error) => void;
  settled: boolean;
  /** The first failure: no new batches go out, and the run rejects once in-flight ones are back. */
  failure?: Error;
}

export class WorkerPool implements Executor {
  private readonly slots: Slot[];
  private active: ActiveRun | undefined;
  private scenarioKeys = 0;
  private closed = false;
  /** Set once a run failed or was cancelled: workers may still be busy with its batches. */
  private poisoned = false;

  constructor(readonly parallelism: number, workerUrl: URL = defaultWorkerUrl()) {
    this.slots = Array.from({ length: parallelism }, () => {
      const slot: Slot = { worker: new Worker(workerUrl), known: -1, pending: [], busy: false };
      slot.worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
      slot.worker.on('error', (error) => this.onCrash(slot, error.message));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.onCrash(slot, `worker thread exited with code ${code}`);
      });
      return slot;
    });
  }

  run(job: Job, onRows: (rows: ReplicationRows) => void): Promise<void> {
    if (this.poisoned || (this.active && !this.active.settled)) {
      throw new Error('WorkerPool.run: the pool is busy or a previous run failed; close it and start a new one');
    }
    const batches: number[][] = [];
    let first = 0;
    for (const size of batchSizes(job.replications.length, this.parallelism)) {
      batches.push(job.replications.slice(first, first + size));
      first += size;
    }
    return new Promise<void>((resolve, reject) => {
      this.active = { job, key: ++this.scenarioKeys, onRows, batches, next: 0, resolve, reject, settled: false };
      if (batches.length === 0) this.settle();
      for (const slot of this.slots) this.dispatch(slot);
    });
  }

  cancel(reason: Error): void {
    this.settle(reason);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(slot: Slot): void {
    const run = this.active;
    if (!run || run.settled || run.failure || slot.busy || run.next >= run.batches.length) return;
    const batch = run.batches[run.next++];
    if (slot.known !== run.key) {
      slot.worker.postMessage({ type: 'scenario', key: run.key, scenario: run.job.scenario } satisfies ToWorker);
      slot.known = run.key;
    }
    slot.pending = batch.slice();
    slot.busy = true;
    slot.worker.postMessage({ type: 'batch', key: run.key, masterSeed: run.job.masterSeed, replications: batch } satisfies ToWorker);
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    const run = this.active;
    if (!run || run.settled || message.key !== run.key) return;
    if (message.type === 'rows') {
      slot.pending.shift();
      run.onRows(message.rows);
    } else if (message.type === 'failed') {
      this.fail(slot, message.replication, message.detail);
    } else {
      slot.pending = [];
      slot.busy = false;
      this.dispatch(slot);
      this.settleWhenIdle();
    }
  }

  private onCrash(slot: Slot, detail: string): void {
    const run = this.active;
    if (!run || run.settled) return;
    this.fail(slot, slot.pending[0] ?? -1, detail);
  }

  /**
   * Records the first failure and lets the other workers finish their batches, so every
   * replication before the failed one reaches the disk and --resume starts right at it.
   */
  private fail(slot: Slot, replication: number, detail: string): void {
    const run = this.active!;
    run.failure ??= new ReplicationFailure(run.job.scenario.name, replication, detail);
    slot.pending = [];
    slot.busy = false;
    this.settleWhenIdle();
  }

  private settleWhenIdle(): void {
    const run = this.active;
    if (!run || this.slots.some((s) => s.busy)) return;
    if (run.failure) this.settle(run.failure);
    else if (run.next >= run.batches.length) this.settle();
  }

  private settle(error?: Error): void {
    const run = this.active;
    if (!run || run.settled) return;
    run.settled = true;
    if (error) {
      this.poisoned = true;
      run.reject(error);
    }
    else run.resolve();
  }
}

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
  /** The run whose batch it is running, if any. */
  run: ActiveRun | undefined;
  /** Replications of that batch that have not come back yet. */
  pending: number[];
  /**
   * True from dispatch until the worker says the batch is done (or failed). Not derived from
   * `pending`: the last rows arrive before `batchDone`, and a run settled on rows alone could end
   * while a worker still owes it a reply, which then landed in the next run.
   */
  busy: boolean;
  /** Set at its first crash: a thread that throws also exits, and that second event is not a second failure. */
  dead: boolean;
}

interface ActiveRun {
  job: Job;
  key: number;
  onRows: (rows: ReplicationRows) => void;
  batches: number[][];
  next: number;
  /** Batches dispatched whose batchDone (or failure) has not come back. */
  inFlight: number;
  resolve: () => void;
  reject: (error: Error) => void;
  settled: boolean;
  /** The first failure: no new batches go out, and the run rejects once in-flight ones are back. */
  failure?: Error;
}

/**
 * Several runs may be in flight at once (design points are many small runs): an idle worker takes
 * the next batch of the oldest run that has one left, so a run's last replications overlap the
 * next run's first instead of leaving workers idle at every run's end. A failure (or a cancel)
 * stops the pool: nothing new goes out, and every run still open rejects with it.
 */
export class WorkerPool implements Executor {
  private readonly slots: Slot[];
  /** Runs not yet settled, oldest first. */
  private runs: ActiveRun[] = [];
  private scenarioKeys = 0;
  private closed = false;
  /** Set once a run failed or was cancelled, or a worker died: no new work goes out (workers may still be busy with batches). */
  private stopped: Error | undefined;

  constructor(readonly parallelism: number, workerUrl: URL = defaultWorkerUrl()) {
    this.slots = Array.from({ length: parallelism }, () => {
      const slot: Slot = { worker: new Worker(workerUrl), known: -1, run: undefined, pending: [], busy: false, dead: false };
      slot.worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
      slot.worker.on('error', (error) => this.onCrash(slot, error.message));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.onCrash(slot, `worker thread exited with code ${code}`);
      });
      return slot;
    });
  }

  run(job: Job, onRows: (rows: ReplicationRows) => void): Promise<void> {
    if (this.stopped) {
      throw new Error('WorkerPool.run: a previous run failed or was cancelled; close the pool and start a new one');
    }
    const batches: number[][] = [];
    let first = 0;
    for (const size of batchSizes(job.replications.length, this.parallelism)) {
      batches.push(job.replications.slice(first, first + size));
      first += size;
    }
    return new Promise<void>((resolve, reject) => {
      const run: ActiveRun = { job, key: ++this.scenarioKeys, onRows, batches, next: 0, inFlight: 0, resolve, reject, settled: false };
      this.runs.push(run);
      this.settleIfDone(run);
      for (const slot of this.slots) this.dispatch(slot);
    });
  }

  cancel(reason: Error): void {
    this.stopped ??= reason;
    for (const run of [...this.runs]) this.settle(run, reason);
  }

  /** Terminates the workers; a run still open rejects (it would otherwise wait for ever). */
  async close(): Promise<void> {
    this.cancel(new Error('WorkerPool.close: the pool was closed before the run finished'));
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(slot: Slot): void {
    if (slot.busy || this.stopped) return;
    const run = this.runs.find((r) => r.next < r.batches.length);
    if (!run) return;
    const batch = run.batches[run.next++];
    if (slot.known !== run.key) {
      slot.worker.postMessage({ type: 'scenario', key: run.key, scenario: run.job.scenario } satisfies ToWorker);
      slot.known = run.key;
    }
    slot.run = run;
    slot.pending = batch.slice();
    slot.busy = true;
    run.inFlight++;
    slot.worker.postMessage({ type: 'batch', key: run.key, masterSeed: run.job.masterSeed, replications: batch, summaryOnly: run.job.summaryOnly ?? false } satisfies ToWorker);
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    const run = slot.run;
    if (!run || run.settled || message.key !== run.key) return;
    if (message.type === 'rows') {
      slot.pending.shift();
      run.onRows(message.rows);
    } else if (message.type === 'failed') {
      this.fail(slot, message.replication, message.detail);
    } else {
      this.free(slot);
      this.settleIfDone(run);
      this.dispatch(slot);
    }
  }

  /**
   * A worker thread died: the run of its batch fails (naming the replication it was on). A worker
   * that died idle fails no run of its own, but the pool stops: a batch sent to it would never come
   * back.
   */
  private onCrash(slot: Slot, detail: string): void {
    if (slot.dead) return;
    slot.dead = true;
    const run = slot.run;
    if (run && !run.settled) {
      this.fail(slot, slot.pending[0] ?? -1, detail);
      return;
    }
    this.free(slot);
    this.stopped ??= new Error(`a worker thread died: ${detail}`);
    for (const open of [...this.runs]) this.settleIfDone(open);
  }

  /** The slot's batch is over (done or failed): the worker can take another. */
  private free(slot: Slot): void {
    if (slot.busy && slot.run) slot.run.inFlight--;
    slot.run = undefined;
    slot.pending = [];
    slot.busy = false;
  }

  /**
   * The slot's batch failed: its run keeps its first failure, and the pool stops (the first failure
   * of any run) — nothing new goes out, but the other workers finish their batches, so every
   * replication before the failed one reaches the disk and --resume starts right at it.
   */
  private fail(slot: Slot, replication: number, detail: string): void {
    const run = slot.run!;
    run.failure ??= new ReplicationFailure(run.job.scenario.name, replication, detail);
    this.stopped ??= run.failure;
    this.free(slot);
    for (const open of [...this.runs]) this.settleIfDone(open);
  }

  /** Settles a run once nothing of it is in flight and it is finished, failed, or the pool stopped. */
  private settleIfDone(run: ActiveRun): void {
    if (run.settled || run.inFlight > 0) return;
    if (run.failure) this.settle(run, run.failure);
    else if (this.stopped) this.settle(run, this.stopped);
    else if (run.next >= run.batches.length) this.settle(run);
  }

  private settle(run: ActiveRun, error?: Error): void {
    if (run.settled) return;
    run.settled = true;
    this.runs = this.runs.filter((r) => r !== run);
    if (error) {
      this.stopped ??= error;
      run.reject(error);
    } else run.resolve();
  }
}

// Runs the lab's paired replications in Web Workers started from the inlined worker code (a Blob
// URL: no file, no network), one task per (replication, scenario), as many workers as cores.
import type { Scenario } from '../scenario/schema.js';
import type { FromLabWorker, ToLabWorker } from './lab-protocol.js';

/** CSV row text per scenario and replication: rows[scenario][replication]. */
export interface PairedRows {
  summary: string[][];
  timeseries: string[][];
}

export interface PairedRunOptions {
  workerCode: string;
  scenarios: Scenario[];
  masterSeed: number;
  replications: number;
  workers: number;
  onProgress: (done: number, total: number) => void;
}

export function runPaired(options: PairedRunOptions): Promise<PairedRows> {
  const { scenarios, masterSeed, replications } = options;
  const tasks: { scenario: number; replication: number }[] = [];
  // Replication by replication, both scenarios together, so a pair finishes close in time.
  for (let replication = 0; replication < replications; replication++) {
    for (let scenario = 0; scenario < scenarios.length; scenario++) tasks.push({ scenario, replication });
  }
  const rows: PairedRows = { summary: scenarios.map(() => []), timeseries: scenarios.map(() => []) };
  const url = URL.createObjectURL(new Blob([options.workerCode], { type: 'text/javascript' }));
  const pool: Worker[] = [];
  return new Promise<PairedRows>((resolve, reject) => {
    let next = 0;
    let done = 0;
    const finish = (error?: Error) => {
      for (const worker of pool) worker.terminate();
      URL.revokeObjectURL(url);
      if (error) reject(error);
      else resolve(rows);
    };
    const send = (worker: Worker, message: ToLabWorker) => worker.postMessage(message);
    const feed = (worker: Worker) => {
      if (next < tasks.length) send(worker, { type: 'task', ...tasks[next++] });
    };
    const count = Math.max(1, Math.min(options.workers, tasks.length));
    for (let i = 0; i < count; i++) {
      const worker = new Worker(url);
      pool.push(worker);
      worker.addEventListener('message', (event: MessageEvent<FromLabWorker>) => {
        const reply = event.data;
        if (reply.type === 'failed') {
          finish(new Error(`replication ${reply.replication}: ${reply.detail}`));
          return;
        }
        rows.summary[reply.scenario][reply.replication] = reply.summary;
        rows.timeseries[reply.scenario][reply.replication] = reply.timeseries;
        done++;
        options.onProgress(done, tasks.length);
        if (done === tasks.length) finish();
        else feed(worker);
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        finish(new Error(event.message || 'worker failed'));
      });
      send(worker, { type: 'scenarios', scenarios, masterSeed });
      feed(worker);
    }
    if (tasks.length === 0) finish();
  });
}

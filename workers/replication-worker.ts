// Worker entry: scenarios in, replication rows out, one message per finished replication so the
// main thread can stream them to disk in order as soon as their turn comes.
import { parentPort } from 'node:worker_threads';
import { runReplicationTask } from '../src/montecarlo/replication-task.js';
import type { Scenario } from '../src/scenario/schema.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

if (!parentPort) throw new Error('replication-worker must run as a worker thread');
const port = parentPort;
// A worker runs one batch at a time, so only the scenario of the batch at hand is kept (the pool
// sends it again when the worker switches between runs): a sweep of 20,000 points would otherwise
// pile up every scenario it ever saw.
let current: { key: number; scenario: Scenario } | undefined;

port.on('message', (message: ToWorker) => {
  if (message.type === 'scenario') {
    current = { key: message.key, scenario: message.scenario };
    return;
  }
  if (current?.key !== message.key) throw new Error(`batch for scenario ${message.key} arrived before the scenario`);
  const { scenario, key } = current;
  for (const replication of message.replications) {
    let reply: FromWorker;
    try {
      reply = { type: 'rows', key, rows: runReplicationTask(scenario, replication, message.masterSeed, message.summaryOnly) };
    } catch (error) {
      port.postMessage({ type: 'failed', key, replication, detail: (error as Error).message } satisfies FromWorker);
      return;
    }
    port.postMessage(reply);
  }
  port.postMessage({ type: 'batchDone', key } satisfies FromWorker);
});

// Worker entry: scenarios in, replication rows out, one message per finished replication so the
// main thread can stream them to disk in order as soon as their turn comes.
import { parentPort } from 'node:worker_threads';
import { runReplicationTask } from '../src/montecarlo/replication-task.js';
import type { Scenario } from '../src/scenario/schema.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

if (!parentPort) throw new Error('replication-worker must run as a worker thread');
const port = parentPort;
const scenarios = new Map<number, Scenario>();

port.on('message', (message: ToWorker) => {
  if (message.type === 'scenario') {
    scenarios.set(message.key, message.scenario);
    return;
  }
  const scenario = scenarios.get(message.key);
  if (!scenario) throw new Error(`unknown scenario key ${message.key}`);
  for (const replication of message.replications) {
    let reply: FromWorker;
    try {
      reply = { type: 'rows', rows: runReplicationTask(scenario, replication, message.masterSeed) };
    } catch (error) {
      port.postMessage({ type: 'failed', replication, detail: (error as Error).message } satisfies FromWorker);
      return;
    }
    port.postMessage(reply);
  }
  port.postMessage({ type: 'batchDone' } satisfies FromWorker);
});

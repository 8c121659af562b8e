// Web Worker entry of the policy lab (bundled by build-lab.ts, started from a Blob URL): runs one
// replication per task with the engine and the seed derivation `clustersim run` uses, and replies
// with the same CSV row text the CLI writes, so the page's numbers are the CLI's to the last digit.
import { simulateTrajectory } from '../engine/simulate.js';
import { summaryRow, timeseriesText } from '../montecarlo/replication-rows.js';
import type { Scenario } from '../scenario/schema.js';
import type { FromLabWorker, ToLabWorker } from './lab-protocol.js';

/** What this worker was told to run; replaced by each 'scenarios' message (one lab run). */
interface WorkerRun {
  scenarios: Scenario[];
  masterSeed: number;
}

function reply(message: FromLabWorker): void {
  globalThis.postMessage(message);
}

function listen(): void {
  let run: WorkerRun | undefined;
  globalThis.addEventListener('message', (event: MessageEvent<ToLabWorker>) => {
    const message = event.data;
    if (message.type === 'scenarios') {
      run = { scenarios: message.scenarios, masterSeed: message.masterSeed };
      return;
    }
    const { scenario, replication } = message;
    try {
      if (!run) throw new Error('task before scenarios');
      const chosen = run.scenarios[scenario];
      // No end-of-run network diagnostics: the lab shows none, and the rows are the same without.
      const result = simulateTrajectory(chosen, replication, run.masterSeed);
      reply({ type: 'rows', scenario, replication, summary: summaryRow(chosen, result), timeseries: timeseriesText(chosen, result) });
    } catch (error) {
      reply({ type: 'failed', scenario, replication, detail: error instanceof Error ? error.message : String(error) });
    }
  });
}

listen();

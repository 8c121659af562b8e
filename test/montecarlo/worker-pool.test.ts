// Many short runs in a row on one warm pool (as sweeps do): every run must get exactly its own
// rows. A run once settled when its last rows arrived, before the worker's batchDone; that late
// batchDone then ended the next run early and its rows went missing (seen under load).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/montecarlo/worker-pool.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

describe('worker pool', () => {
  it('delivers every replication of every run to that run, run after run', async () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
    const short = { ...scenario, horizonQuarters: 2 };
    const pool = new WorkerPool(2);
    try {
      for (let run = 0; run < 60; run++) {
        const seen: number[] = [];
        await pool.run({ scenario: short, masterSeed: run, replications: [0, 1, 2] }, (rows) => seen.push(rows.replication));
        expect(seen.sort(), `run ${run}`).toEqual([0, 1, 2]);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('does not end a run while a worker still owes it its batchDone', async () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
    const pool = new WorkerPool(2, pathToFileURL(join(REPO_ROOT, 'test/fixtures/montecarlo/late-done-worker.mjs')));
    try {
      for (let run = 0; run < 10; run++) {
        const seen: number[] = [];
        await pool.run({ scenario, masterSeed: run, replications: [0, 1] }, (rows) => seen.push(rows.replication));
        expect(seen.sort(), `run ${run}`).toEqual([0, 1]);
      }
    } finally {
      await pool.close();
    }
  });
});

// Many short runs in a row on one warm pool (as sweeps do): every run must get exactly its own
// rows. A run once settled when its last rows arrived, before the worker's batchDone; that late
// batchDone then ended the next run early and its rows went missing (seen under load).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ReplicationFailure } from '../../src/montecarlo/executor.js';
import { FAIL_REPLICATION_ENV, runReplicationTask } from '../../src/montecarlo/replication-task.js';
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

  it('runs several runs at once, each getting exactly its own rows (overlapping design points)', async () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
    const short = { ...scenario, horizonQuarters: 3 };
    // Different scenarios (names), so a row delivered to the wrong run shows in its text.
    const jobs = [0, 1, 2, 3, 4].map((k) => ({ scenario: { ...short, name: `point-${k}` }, masterSeed: 10 + k, replications: [0, 1, 2, 3], summaryOnly: k % 2 === 0 }));
    const pool = new WorkerPool(2);
    try {
      const seen = jobs.map(() => new Map<number, string[]>());
      await Promise.all(jobs.map((job, k) => pool.run(job, (rows) => seen[k].set(rows.replication, rows.text))));
      jobs.forEach((job, k) => {
        expect([...seen[k].keys()].sort(), `run ${k}`).toEqual([0, 1, 2, 3]);
        for (const r of job.replications) expect(seen[k].get(r), `run ${k} replication ${r}`).toEqual(runReplicationTask(job.scenario, r, job.masterSeed, job.summaryOnly).text);
      });
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('rejects every open run with the failure of one of them, and takes no new run after', async () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
    const short = { ...scenario, horizonQuarters: 2 };
    // Workers copy the environment when they start: replication 5 throws in every run.
    process.env[FAIL_REPLICATION_ENV] = '5';
    const pool = new WorkerPool(2);
    delete process.env[FAIL_REPLICATION_ENV];
    try {
      await pool.run({ scenario: { ...short, name: 'healthy' }, masterSeed: 1, replications: [0, 1, 2] }, () => {});
      // `waiting` starts after every batch of `failing` went out, and is far longer: still open when 5 fails.
      const failing = pool.run({ scenario: { ...short, name: 'failing' }, masterSeed: 2, replications: [3, 4, 5, 6] }, () => {});
      const waiting = pool.run({ scenario: { ...short, name: 'waiting' }, masterSeed: 3, replications: Array.from({ length: 30 }, (_, i) => 10 + i) }, () => {});
      const [f, w] = await Promise.allSettled([failing, waiting]);
      const failure = f.status === 'rejected' ? f.reason : undefined;
      expect(failure).toBeInstanceOf(ReplicationFailure);
      expect((failure as ReplicationFailure).message).toMatch(/^failing: replication 5 failed: injected failure/);
      expect(w).toEqual({ status: 'rejected', reason: failure });
      expect(() => pool.run({ scenario: short, masterSeed: 4, replications: [0] }, () => {})).toThrow(/previous run failed/);
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

  it('blames a crash on the run of the crashed batch alone, and stops for a worker that died idle or a close', async () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
    const crashing = pathToFileURL(join(REPO_ROOT, 'test/fixtures/montecarlo/crashing-worker.mjs'));
    const slow = { scenario: { ...scenario, name: 'slow' }, masterSeed: 1, replications: Array.from({ length: 40 }, (_, i) => 1000 + i) };
    const crashed = { scenario: { ...scenario, name: 'crashed' }, masterSeed: 1, replications: [10, 11, 12, 13, 14] };

    // A worker that throws reports an error and then exits: one failure, named after its batch.
    let pool = new WorkerPool(2, crashing);
    try {
      const results = await Promise.allSettled([pool.run(crashed, () => {}), pool.run(slow, () => {})]);
      const reasons = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : 'resolved'));
      expect(reasons[0]).toMatch(/^crashed: replication 13 failed: .*boom in worker/);
      expect(reasons[1]).toBe(reasons[0]);
    } finally {
      await pool.close();
    }

    // A worker that dies between runs: the next run is refused, not sent to a dead thread.
    pool = new WorkerPool(1, crashing);
    try {
      await pool.run({ ...crashed, replications: [99] }, () => {});
      // The thread exits 20 ms after that batch; until the pool has seen it go, runs still pass
      // (or one fails, if its batch met the exit). Then every run is refused.
      const deadline = Date.now() + 10_000;
      let stopped = false;
      while (!stopped && Date.now() < deadline) {
        try {
          await pool.run({ ...crashed, replications: [1] }, () => {});
          await new Promise((resolve) => setTimeout(resolve, 20));
        } catch {
          stopped = true;
        }
      }
      expect(() => pool.run({ ...crashed, replications: [1] }, () => {})).toThrow(/previous run failed or was cancelled/);
    } finally {
      await pool.close();
    }

    // Closing the pool settles a run still open.
    pool = new WorkerPool(1, pathToFileURL(join(REPO_ROOT, 'test/fixtures/montecarlo/late-done-worker.mjs')));
    const open = pool.run({ scenario, masterSeed: 1, replications: [0, 1, 2, 3] }, () => {}).catch((error: Error) => error);
    await pool.close();
    expect(await open).toEqual(expect.objectContaining({ message: expect.stringMatching(/pool was closed/) }));
  }, 30_000);
});

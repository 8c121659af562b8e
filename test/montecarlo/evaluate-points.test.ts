import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_COLUMNS } from '../../src/engine/run-summary.js';
import { simulateReplication } from '../../src/engine/simulate.js';
import { evaluatePoints, scenarioForPoint } from '../../src/montecarlo/evaluate-points.js';
import { InProcessExecutor } from '../../src/montecarlo/in-process-executor.js';
import { formatReplication } from '../../src/montecarlo/replication-rows.js';
import { runReplicationTask } from '../../src/montecarlo/replication-task.js';
import { RunOutput } from '../../src/montecarlo/run-output.js';
import { WorkerPool } from '../../src/montecarlo/worker-pool.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));

describe('design points', () => {
  it('set the point\'s parameters on the base scenario and validate the result', () => {
    const s = scenarioForPoint(scenario, { runId: 0, values: { 'policy.programme.lengthQuarters': 4, 'regions[1].agents.smes': 10 } }, 'small.yaml');
    expect(s.policy.programme.lengthQuarters).toBe(4);
    expect(s.regions[1].agents.smes).toBe(10);
    expect(scenario.policy.programme.lengthQuarters).toBe(8); // the base is not modified
    expect(() => scenarioForPoint(scenario, { runId: 3, values: { 'regions[0].agents.smes': -1 } }, 'small.yaml')).toThrow(
      'small.yaml (run 3): regions[0].agents.smes: expected an integer from 0 to 10000000, got -1',
    );
    expect(() => scenarioForPoint(scenario, { runId: 0, values: { 'policy.nope': 1 } }, 'small.yaml')).toThrow(/policy has no field 'nope'/);
  });

  it('run every point with the same replication seeds, and each point as its own scenario would run', async () => {
    // A budget of 2 a quarter never covers a project's public share (0.7 × 4): public spend differs between the points.
    const points = [0, 1].map((runId) => ({ runId, values: { 'policy.programme.budgetPerRegionQuarterJpyM': 2 + 88 * runId } }));
    const results = await evaluatePoints(scenario, points, { replications: 3, masterSeed: 5, executor: new InProcessExecutor(), file: 'small.yaml' });
    expect(results.map((r) => r.seeds)).toEqual([results[0].seeds, results[0].seeds]);
    const direct = formatReplication(scenarioForPoint(scenario, points[1], 'x'), simulateReplication(scenarioForPoint(scenario, points[1], 'x'), 2, 5));
    const fields = direct.text[0].trim().split(',').slice(3);
    const spend = SUMMARY_COLUMNS.indexOf('publicSpendJpyM');
    expect(results[1].summaries[2][spend]).toBe(Number(fields[spend]));
    expect(results[1].summaries[2][spend]).not.toBe(results[0].summaries[2][spend]);
  });

  it('take the summary row alone, the same row a full replication writes', () => {
    for (const replication of [0, 3, 7]) {
      const full = runReplicationTask(scenario, replication, 9);
      expect(runReplicationTask(scenario, replication, 9, true)).toEqual({ replication, text: [full.text[0]] });
    }
    // Such rows never reach a run folder, whose other files would be a replication short.
    const dir = mkdtempSync(join(tmpdir(), 'clustersim-summary-only-'));
    try {
      const { output } = RunOutput.open(dir, { scenarioDigest: 'x', masterSeed: 9, replications: 1, shard: '' });
      expect(() => output.append(runReplicationTask(scenario, 0, 9, true))).toThrow(/replication 0 has 1 of 4 row files/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('give the same results on a pool, points overlapping, as in-process', async () => {
    const short = { ...scenario, horizonQuarters: 4 };
    const points = [0, 1, 2, 3, 4].map((runId) => ({ runId, values: { 'model.meeting.linkThreshold': 0.1 + 0.07 * runId } }));
    const options = { replications: 3, masterSeed: 21, file: 'small.yaml' };
    const inProcess = await evaluatePoints(short, points, { ...options, executor: new InProcessExecutor() });
    const pool = new WorkerPool(2);
    try {
      const progress: number[] = [];
      const pooled = await evaluatePoints(short, points, { ...options, executor: pool, onProgress: (done) => progress.push(done) });
      expect(pooled).toEqual(inProcess);
      expect(progress).toEqual([3, 6, 9, 12, 15]);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

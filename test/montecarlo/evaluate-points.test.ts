import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_COLUMNS } from '../../src/engine/run-summary.js';
import { simulateReplication } from '../../src/engine/simulate.js';
import { evaluatePoints, scenarioForPoint } from '../../src/montecarlo/evaluate-points.js';
import { InProcessExecutor } from '../../src/montecarlo/in-process-executor.js';
import { formatReplication } from '../../src/montecarlo/replication-rows.js';
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
    const points = [0, 1].map((runId) => ({ runId, values: { 'policy.programme.budgetPerRegionQuarterJpyM': 30 + 60 * runId } }));
    const results = await evaluatePoints(scenario, points, { replications: 3, masterSeed: 5, executor: new InProcessExecutor(), file: 'small.yaml' });
    expect(results.map((r) => r.seeds)).toEqual([results[0].seeds, results[0].seeds]);
    const direct = formatReplication(scenarioForPoint(scenario, points[1], 'x'), simulateReplication(scenarioForPoint(scenario, points[1], 'x'), 2, 5));
    const fields = direct.text[0].trim().split(',').slice(3);
    const spend = SUMMARY_COLUMNS.indexOf('publicSpendJpyM');
    expect(results[1].summaries[2][spend]).toBe(Number(fields[spend]));
    expect(results[1].summaries[2][spend]).not.toBe(results[0].summaries[2][spend]);
  });
});

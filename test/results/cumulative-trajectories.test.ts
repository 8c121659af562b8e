// Running totals of flows for the fan chart: at the last quarter they are the run totals of
// summary.csv, and they never fall.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { cumulativeTrajectories } from '../../src/results/cumulative-trajectories.js';
import { computeRunStatistics } from '../../src/results/folder-statistics.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

describe('cumulativeTrajectories', () => {
  it('ends at the run total of each flow and skips stocks', async () => {
    const [run] = await runScenarios([loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'))], { outRoot: tempDir('cumulative'), workers: 1, replications: 6 });
    const rows = cumulativeTrajectories(run.dir, ['patentsDomestic', 'publicSpendJpyM', 'linksTotal']);
    expect(new Set(rows.map((r) => r.indicator))).toEqual(new Set(['patentsDomestic', 'publicSpendJpyM']));
    const stats = computeRunStatistics(run.dir);
    for (const indicator of ['patentsDomestic', 'publicSpendJpyM']) {
      const own = rows.filter((r) => r.indicator === indicator);
      const total = stats.indicators.find((s) => s.indicator === indicator && s.quarter === 'all')!.summary;
      expect(own[own.length - 1].mean, indicator).toBeCloseTo(total.mean, 6);
      for (let q = 1; q < own.length; q++) expect(own[q].mean).toBeGreaterThanOrEqual(own[q - 1].mean);
    }
  });
});

// The shipped Knowledge Cluster calibration: the ensemble (knowledge-cluster.posterior.csv) is a
// weighted set of parameter vectors whose best member is knowledge-cluster.calibrated.yaml, and that
// set is checked against every published target within the tolerance the targets file states.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { SUMMARY_COLUMNS } from '../../src/engine/run-summary.js';
import { simulateReplication } from '../../src/engine/simulate.js';
import { loadTargets, simulatedValue } from '../../src/results/calibration-targets.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const PROGRAMMES = join(REPO_ROOT, 'scenarios/programmes');

/** The posterior's rows as records of numbers (empty cells, undefined ratios, as NaN). */
function posteriorRows(): Record<string, number>[] {
  const [header, ...lines] = readFileSync(join(PROGRAMMES, 'knowledge-cluster.posterior.csv'), 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, k) => [names[k], cell === '' ? NaN : Number(cell)])));
}

/** A scenario value at a dotted path (model.progress.advanceHazard.prototype). */
function valueAt(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

describe('calibrated Knowledge Cluster scenario', () => {
  // Replications 0-3 of the calibrated scenario under its master seed, simulated once for both tests.
  let runs: { scenario: ReturnType<typeof loadScenario>['scenario']; summaries: Float64Array[] } | undefined;
  const calibrated = () => {
    if (!runs) {
      const { scenario } = loadScenario(join(PROGRAMMES, 'knowledge-cluster.calibrated.yaml'));
      runs = { scenario, summaries: [0, 1, 2, 3].map((rep) => simulateReplication(scenario, rep, scenario.seed).summary) };
    }
    return runs;
  };

  it('ships a weighted ensemble whose best-scoring set is the calibrated scenario', () => {
    const rows = posteriorRows();
    expect(rows.length).toBeGreaterThanOrEqual(50);
    expect(rows.reduce((sum, row) => sum + row.weight, 0)).toBeCloseTo(1, 6);
    const best = rows.reduce((a, b) => (b.distance < a.distance ? b : a));
    const { scenario, summaries } = calibrated();
    const parameters = Object.keys(best).filter((name) => name.startsWith('model.'));
    expect(parameters.length).toBe(6);
    for (const path of parameters) expect(valueAt(scenario, path), path).toBeCloseTo(best[path], 9);
    // Common random numbers: replications 0-3 of the master seed reproduce the calibration's values.
    for (const target of loadTargets(join(REPO_ROOT, 'scenarios/targets/knowledge-cluster.yaml'))) {
      expect(simulatedValue(target, summaries), target.name).toBeCloseTo(best[target.name], 6);
    }
  }, 120_000);

  // Expected to fail: no set in the ensemble (six parameters, 1,280 sets simulated) reaches the
  // published institutions taking part in FY2010 (best set 518 vs 1,475; ensemble 95% 872) or revenue
  // per commercialisation (best set 35.2 vs 24 M yen; ensemble 5% 32): projects are as many as firms
  // judge worth their cost (budget and seeds are left over), and the product revenue that would make
  // more of them worth it also raises the revenue of each (README, Calibration).
  it.fails('the best set reproduces every published target within its stated tolerance', () => {
    const { summaries } = calibrated();
    const misses = loadTargets(join(REPO_ROOT, 'scenarios/targets/knowledge-cluster.yaml'))
      .map((target) => ({ name: target.name, error: simulatedValue(target, summaries) / target.value - 1, tolerance: target.tolerance }))
      .filter((fit) => !(Math.abs(fit.error) <= fit.tolerance));
    expect(misses).toEqual([]);
  }, 120_000);
});

describe('Knowledge Cluster scenario files that must stay in step with the originals', () => {
  const targetsOf = (file: string) => loadTargets(join(REPO_ROOT, 'scenarios/targets', file));

  it('the holdout demonstration splits the one targets file, target for target', () => {
    const all = targetsOf('knowledge-cluster.yaml');
    const split = [...targetsOf('knowledge-cluster-holdout/fit.yaml'), ...targetsOf('knowledge-cluster-holdout/revenue.yaml')];
    const byName = (list: typeof all) => [...list].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName(split)).toEqual(byName(all));
    expect(targetsOf('knowledge-cluster-holdout/revenue.yaml').map((t) => t.name)).toEqual(['revenuePerCommercialization']);
  });

  it('the continuity variant differs from the programme as run only by the funding periods it adds', () => {
    const base = loadScenario(join(PROGRAMMES, 'knowledge-cluster.yaml')).scenario;
    const variant = loadScenario(join(PROGRAMMES, 'knowledge-cluster-continuity.yaml')).scenario;
    const strip = (s: typeof base) => s.regions.map(({ fundingPeriods: _periods, ...rest }) => rest);
    expect(strip(variant)).toEqual(strip(base));
    base.regions.forEach((region, r) => {
      const periods = variant.regions[r].fundingPeriods!;
      expect(periods.slice(0, region.fundingPeriods!.length)).toEqual(region.fundingPeriods);
      // Every region is funded to the end of the period.
      const last = periods[periods.length - 1];
      expect(last.startQuarter + last.lengthQuarters).toBe(base.horizonQuarters);
    });
  });
});

describe('Knowledge Cluster targets use the table\'s own definitions', () => {
  const column = (summary: Float64Array, name: string) => summary[SUMMARY_COLUMNS.indexOf(name)];

  it('the commercialisation target counts prototypes + products + start-ups, as the table does', () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml'));
    const summaries = [0, 1].map((rep) => simulateReplication(scenario, rep, scenario.seed).summary);
    const target = loadTargets(join(REPO_ROOT, 'scenarios/targets/knowledge-cluster.yaml')).find((t) => t.name === 'commercializations')!;
    const parts = summaries.reduce((sum, s) => sum + column(s, 'prototypes') + column(s, 'products') + column(s, 'startups'), 0) / summaries.length;
    expect(simulatedValue(target, summaries)).toBeCloseTo(parts, 9);
    expect(parts).toBeGreaterThan(summaries.reduce((sum, s) => sum + column(s, 'products'), 0) / summaries.length);
  });

  it('a target may name each part on its own (tables that count products alone)', () => {
    const file = join(tempDir('targets'), 'products.yaml');
    writeFileSync(file, 'description: products alone\ntargets:\n  - name: products\n    numerator: [products]\n    value: 10\n  - name: prototypesPerProduct\n    numerator: [prototypes]\n    denominator: [products]\n    value: 1\n');
    expect(loadTargets(file).map((t) => t.name)).toEqual(['products', 'prototypesPerProduct']);
  });
});

// A small real allocation: every replication's costed ledger stays within the allocation's ex-ante
// cost, candidates over the budget are repaired or refused, the front carries CIs and paired
// differences, and the ensemble's regret table covers every front allocation at every set.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/experiments/allocate.js';
import { compareAllocations } from '../../src/experiments/allocate-compare.js';
import { InputError } from '../../src/messages.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');

/** Two regions x 8 funded quarters: the programme's budget lever and venture funds are what cost money. */
const LEVERS = `budgetJpyM: 1100
levers:
  - { path: policy.programme.budgetPerRegionQuarterJpyM, min: 20, max: 120 }
  - { path: policy.ventures.fundPerRegionJpyM, min: 0, max: 60 }
  - { path: policy.projectManager.perRegion, min: 0, max: 2 }
  - { path: policy.bankHub.enabled, kind: switch }
`;

describe('allocate', () => {
  it('keeps every run within its budget, repairs candidates over it and reports the front with its regret', async () => {
    const dir = tempDir('allocate');
    const levers = join(dir, 'levers.yaml');
    writeFileSync(levers, LEVERS);
    const ensemble = join(dir, 'posterior.csv');
    writeFileSync(ensemble, 'set,weight,model.research.seedsPerResearcherQuarter,distance\n0,1,0.01,0.5\n1,2,0.025,0.4\n2,1,0.05,0.3\n');
    const result = await allocate(
      { scenario: SMALL, levers, objectives: ['commercializations', 'publicSpendJpyM:min'], candidates: 8, finalists: 2, ensemble, ensembleReplications: 2, name: 'alloc' },
      { outRoot: dir, workers: 1 },
    );
    // The ledger of every replication run was checked, and none spent more than its allocation costs.
    expect(result.ledger.checked).toBe(result.replicationsRun);
    expect(result.ledger.largestSpendShare).toBeGreaterThan(0);
    expect(result.ledger.largestSpendShare).toBeLessThanOrEqual(1);
    for (const c of result.candidates.filter((c) => c.feasible)) expect(c.cost.totalJpyM).toBeLessThanOrEqual(1100 + 1e-6);
    // Sobol points over budget (120 x 2 x 8 + 2 x 60 = 2040 at most) are scaled down to fit, not dropped.
    const repaired = result.candidates.filter((c) => c.repaired);
    expect(repaired.length).toBeGreaterThan(0);
    for (const c of repaired) expect(c.cost.totalJpyM).toBeCloseTo(1100, 3);
    // Cost = budget over the horizon + venture funds: 2 regions x 8 quarters x 60, no venture money.
    expect(result.candidates[0]).toMatchObject({ origin: 'scenario', feasible: true, repaired: false });
    expect(result.candidates[0].cost.totalJpyM).toBe(960);

    expect(result.front.length).toBeGreaterThan(0);
    for (const p of result.front) {
      for (const e of p.estimates) {
        expect(e.ciLow).toBeLessThanOrEqual(e.mean);
        expect(e.ciHigh).toBeGreaterThanOrEqual(e.mean);
        expect(Number.isFinite(e.diff)).toBe(true);
      }
      expect(existsSync(p.file)).toBe(true);
    }
    // Minimised spend: the front's cheapest spender and its biggest producer are both kept.
    const regret = result.regret!;
    const allocations = new Set(regret.rows.map((r) => r.candidate));
    expect(regret.rows).toHaveLength(allocations.size * 2);
    expect(allocations.has(0)).toBe(true);
    for (const objective of ['commercializations', 'publicSpendJpyM:min']) {
      const rows = regret.rows.filter((r) => r.objective === objective);
      expect(rows.filter((r) => r.minimax)).toHaveLength(1);
      expect(rows.reduce((sum, r) => sum + r.bestShare, 0)).toBeCloseTo(1, 12);
      for (const r of rows) expect(r.maxRegret).toBeGreaterThanOrEqual(0);
    }
    for (const file of ['candidates.csv', 'front.csv', 'regret.csv', 'regret-sets.csv', 'report.html', 'manifest.json', 'charts/allocation-front.svg', 'charts/regret-heatmap.svg']) {
      expect(existsSync(join(dir, 'alloc', file)), file).toBe(true);
    }
    expect(readFileSync(join(dir, 'alloc', 'report.html'), 'utf8')).toContain('Robustness across the calibrated ensemble');
    // A finished folder is not replaced without force.
    await expect(allocate({ scenario: SMALL, levers, objectives: ['commercializations'], candidates: 4, finalists: 2, name: 'alloc' }, { outRoot: dir, workers: 1 })).rejects.toThrow(/--force/);

    // Budget-neutral comparison of two front allocations, refused when their costs differ.
    const [a, b] = [result.front[0].file, result.front.at(-1)!.file];
    const costs = [result.front[0].cost.totalJpyM, result.front.at(-1)!.cost.totalJpyM];
    const options = { outRoot: dir, workers: 1 };
    if (Math.abs(costs[0] - costs[1]) > 0.02 * Math.max(...costs)) {
      await expect(compareAllocations({ a, b, objectives: ['commercializations'], replications: 2 }, options)).rejects.toThrow(InputError);
    }
    const same = await compareAllocations({ a, b: a, objectives: ['commercializations'], replications: 3, name: 'same' }, options);
    expect(same.rows[0]).toMatchObject({ diff: 0 });
  });

  it('refuses a budget no candidate fits and a lever outside the schema, naming the problem', async () => {
    const dir = tempDir('allocate-bad');
    const levers = join(dir, 'levers.yaml');
    writeFileSync(levers, LEVERS);
    await expect(allocate({ scenario: SMALL, levers, budgetJpyM: 100, objectives: ['commercializations'], candidates: 4 }, { outRoot: dir, workers: 1 }))
      .rejects.toThrow(/none of the 4 candidates fits the budget of 100 million yen/);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'levers:\n  - { path: policy.projectManager.perRegion, min: 0, max: 2.5 }\n');
    await expect(allocate({ scenario: SMALL, levers: bad, budgetJpyM: 1000, objectives: ['commercializations'] }, { outRoot: dir, workers: 1 }))
      .rejects.toThrow(/levers\[0\] \(policy\.projectManager\.perRegion\): its max 2\.5 is not a valid value there/);
    writeFileSync(bad, 'levers:\n  - { path: policy.projectManager.perRegon, min: 0, max: 2 }\n');
    await expect(allocate({ scenario: SMALL, levers: bad, budgetJpyM: 1000, objectives: ['commercializations'] }, { outRoot: dir, workers: 1 }))
      .rejects.toThrow(/levers\[0\].*perRegon/);
    writeFileSync(bad, 'levers:\n  - { path: policy.wideArea.salesPlatform, min: 0, max: 1 }\n');
    await expect(allocate({ scenario: SMALL, levers: bad, budgetJpyM: 1000, objectives: ['commercializations'] }, { outRoot: dir, workers: 1 }))
      .rejects.toThrow(/use kind: switch/);
    await expect(allocate({ scenario: SMALL, levers, objectives: ['comercializations'] }, { outRoot: dir, workers: 1 }))
      .rejects.toThrow(/unknown indicator 'comercializations'; did you mean 'commercializations'/);
  });
});

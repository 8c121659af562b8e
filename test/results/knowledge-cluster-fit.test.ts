// The shipped calibrated Knowledge Cluster scenario reproduces the published ratios (MODEL.md §8b)
// within ±25%, as issue 8 asks, with the replications and seed it was calibrated on.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/engine/simulate.js';
import { loadTargets, simulatedValue } from '../../src/results/calibration-targets.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const RATIOS = ['patentsPerCommercialization', 'papersPerPatent', 'overseasPatentShare', 'overseasPaperShare', 'revenuePerCommercialization'];

describe('calibrated Knowledge Cluster scenario', () => {
  // Expected to fail until the calibration is redone (issue 19): the shipped fit was made when firms
  // valued projects at a free constant; under the one economics (firms value products at what the
  // market pays) the same five parameters, or seven with wider ranges (120 Nelder–Mead evaluations),
  // reach a loss of 3.2 at best — revenue per commercialisation 117 vs 24 M yen, papers per patent 7.1
  // vs 3.1 — because commercialisations now come mostly from core firms' far-reaching products.
  it.fails('reproduces each published ratio within ±25%', () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'scenarios/programmes/knowledge-cluster.calibrated.yaml'));
    const summaries = [0, 1, 2, 3].map((rep) => simulateReplication(scenario, rep, scenario.seed).summary);
    const targets = loadTargets(join(REPO_ROOT, 'scenarios/targets/knowledge-cluster.yaml'));
    for (const name of RATIOS) {
      const target = targets.find((t) => t.name === name)!;
      const simulated = simulatedValue(target, summaries);
      expect(Math.abs(simulated / target.value - 1), `${name}: ${simulated} vs ${target.value}`).toBeLessThan(0.25);
    }
  }, 120_000);
});

// A region's field weights are relative, as the schema documents: scaling them all (×100, ×1e155)
// gives the very same world and results as the weights written to sum to 1, and no size overflows
// (at ~1e155 the profile's squares used to overflow, silently giving 0 commercialisations).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeWeights } from '../../src/model/agent-factory.js';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { loadScenario, validateScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { rowFiles, tempDir } from '../helpers/run-folders.js';

const TOKACHI = [0.6, 0.3, 0.1];

describe('relative field weights', () => {
  it('are shares summing to 1, whatever the scale, without overflow', () => {
    for (const factor of [100, 2 ** 515, 1e155, 1e-300, 7]) {
      expect(relativeWeights(TOKACHI.map((w) => w * factor))).toEqual(TOKACHI);
    }
    expect(relativeWeights([1e308, 1e308, 1e308])).toEqual([0.333333333333, 0.333333333333, 0.333333333333]);
    expect(relativeWeights([60, 40, 0])).toEqual([0.6, 0.4, 0]);
  });

  it('keep weights written to sum to 1 exactly as written (their float sum may be an ulp off)', () => {
    const written = [0.4, 0.3, 0.2, 0.1]; // sums to 0.9999999999999999
    expect(written.reduce((a, b) => a + b, 0)).not.toBe(1);
    expect(relativeWeights(written)).toEqual(written);
    const seven = [0.032, 0.175, 0.07, 0.34, 0.23, 0.035, 0.118];
    expect(relativeWeights(seven)).toEqual(seven);
    // Weights that do not sum to 1 are shares of their sum (0.1% here).
    expect(relativeWeights([0.032, 0.175, 0.07, 0.34, 0.23, 0.035, 0.119])[0]).toBe(0.031968031968);
  });

  it('a run with every region\'s fields ×100 or ×1e155 writes the same rows as with the weights as written', async () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
    const scaled = (factor: number) =>
      validateScenario(
        { ...scenario, regions: scenario.regions.map((r) => ({ ...r, fields: Object.fromEntries(Object.entries(r.fields).map(([f, w]) => [f, (w ?? 0) * factor])) })) },
        'scaled.yaml',
      );
    const out = tempDir('field-weights');
    const rows = async (name: string, factor: number) => {
      const [result] = await runScenarios([{ scenario: { ...scaled(factor), name }, files: [] }], { outRoot: out, workers: 1, replications: 3 });
      return Object.values(rowFiles(result.dir)).map((text) => text.replaceAll(name, 'small'));
    };
    const reference = await rows('as-written', 1);
    expect(await rows('times-100', 100)).toEqual(reference);
    expect(await rows('times-1e155', 1e155)).toEqual(reference);
  });
});

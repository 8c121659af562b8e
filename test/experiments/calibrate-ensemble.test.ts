// Ensemble calibration recovers known parameters from targets the model itself produced, and the
// posterior narrows when more targets are given; history matching keeps the truth non-implausible.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrateEnsemble, type EnsembleCalibrateResult } from '../../src/experiments/calibrate-ensemble.js';
import { evaluatePoints } from '../../src/montecarlo/evaluate-points.js';
import { InProcessExecutor } from '../../src/montecarlo/in-process-executor.js';
import { simulatedValue, type CalibrationTarget } from '../../src/results/calibration-targets.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
/** The small world with enough researchers and seeds that patents are tens, not a handful. */
function researchWorld(dir: string): string {
  const file = join(dir, 'research.yaml');
  writeFileSync(file, `extends: ${SMALL}\nname: research\nmodel:\n  research: { researchersPerUniversity: 300, seedsPerResearcherQuarter: 0.1 }\n`);
  return file;
}
const PATENT = 'model.research.seedPatentProbability';
const PAPERS = 'model.research.papersPerResearcherQuarter';
const TRUTH = { [PATENT]: 0.6, [PAPERS]: 0.05 };
const PARAMS = [`${PATENT}=0.2:0.9`, `${PAPERS}=0.01:0.1`];
const REPLICATIONS = 3;

const SHAPES: Omit<CalibrationTarget, 'value'>[] = [
  { name: 'patentsPerPaper', numerator: ['patentsDomestic', 'patentsOverseas'], denominator: ['papersDomestic', 'papersOverseas'], weight: 1, tolerance: 0.1 },
  { name: 'papers', numerator: ['papersDomestic', 'papersOverseas'], weight: 1, tolerance: 0.1 },
  { name: 'patents', numerator: ['patentsDomestic', 'patentsOverseas'], weight: 1, tolerance: 0.1 },
];

/** The targets the model produces at TRUTH (same replications and seeds as the calibration). */
async function syntheticTargets(dir: string, count: number): Promise<string> {
  const world = researchWorld(dir);
  const { scenario } = loadScenario(world);
  const [truth] = await evaluatePoints(scenario, [{ runId: 0, values: TRUTH }], { replications: REPLICATIONS, masterSeed: scenario.seed, executor: new InProcessExecutor(), file: world });
  const lines = SHAPES.slice(0, count).map((t) => {
    const value = simulatedValue({ ...t, value: 1 }, truth.summaries);
    const ratio = t.denominator ? `    denominator: [${t.denominator.join(', ')}]\n` : '';
    return `  - name: ${t.name}\n    numerator: [${t.numerator.join(', ')}]\n${ratio}    value: ${value}\n    tolerance: ${t.tolerance}\n`;
  });
  const file = join(dir, `targets-${count}.yaml`);
  writeFileSync(file, `targets:\n${lines.join('')}`);
  return file;
}

const identification = (result: EnsembleCalibrateResult, path: string) => result.equifinality.parameters[result.ranges.findIndex((r) => r.path === path)];

describe('calibrate --method abc|history-matching', () => {
  it('ABC-SMC recovers known parameters, and more targets narrow the posterior', async () => {
    const dir = tempDir('calibrate-abc');
    const run = async (count: number) =>
      calibrateEnsemble({ scenario: researchWorld(dir), param: PARAMS, replications: REPLICATIONS, method: 'abc', targets: await syntheticTargets(dir, count), population: 24, generations: 4, name: `abc-${count}` }, { outRoot: dir, workers: 1 });
    const one = await run(1);
    const three = await run(3);
    // One ratio: patents per paper moves with both parameters, so the pair trades along a ridge
    // and the paper rate is left nearly free.
    expect(identification(one, PAPERS).widthRatio).toBeGreaterThan(0.4);
    // Papers and patents in total as well: both parameters pinned near the truth.
    for (const path of [PATENT, PAPERS]) {
      const range = three.ranges.find((r) => r.path === path)!;
      const p = identification(three, path);
      const unitTruth = (TRUTH[path] - range.lo) / (range.hi - range.lo);
      expect(p.widthRatio).toBeLessThan(identification(one, path).widthRatio);
      expect(unitTruth).toBeGreaterThanOrEqual(p.p5 - 0.02);
      expect(unitTruth).toBeLessThanOrEqual(p.p95 + 0.02);
      expect(Math.abs(p.median - unitTruth)).toBeLessThan(0.15);
    }
    expect(identification(three, PAPERS).widthRatio).toBeLessThan(0.4);
    expect(three.fit.every((f) => f.withinTolerance)).toBe(true);
    // posterior.csv: one row per accepted set, weights summing to 1, each target's simulated value.
    const rows = readFileSync(three.posteriorFile, 'utf8').trim().split('\n');
    expect(rows[0]).toBe(`set,weight,${PATENT},${PAPERS},distance,patentsPerPaper,papers,patents`);
    expect(rows.length - 1).toBe(three.sets.length);
    expect(three.sets.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(1, 9);
    expect(three.charts.map((c) => c.split('/').pop())).toEqual(['posterior-marginals.svg', 'posterior-pairs.svg']);
  }, 60_000);

  it('history matching keeps the truth non-implausible, shrinks its box, and reports a holdout table', async () => {
    const dir = tempDir('calibrate-hm');
    const three = await syntheticTargets(dir, 3);
    const result = await calibrateEnsemble(
      { scenario: researchWorld(dir), param: PARAMS, replications: REPLICATIONS, method: 'history-matching', targets: await syntheticTargets(dir, 1), holdout: three, pointsPerWave: 30, waves: 2, name: 'hm' },
      { outRoot: dir, workers: 1 },
    );
    expect(result.sets.length).toBeGreaterThan(0);
    expect(result.sets.every((s) => s.score <= 3)).toBe(true);
    const waves = readFileSync(join(result.dir, 'calibration-waves.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
    expect(waves[1][1]).toBeLessThan(waves[0][1]);
    // The holdout targets are reported but never fitted: the same ratio appears in both roles.
    const holdout = result.fit.filter((f) => f.role === 'holdout').map((f) => f.name);
    expect(holdout).toEqual(['patentsPerPaper', 'papers', 'patents']);
    expect(readFileSync(result.fitFile, 'utf8')).toContain('patents,holdout,');
    expect(readFileSync(result.posteriorFile, 'utf8').split('\n')[0]).toContain('holdout:patents');
  }, 60_000);
});

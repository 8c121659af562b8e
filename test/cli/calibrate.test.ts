// Calibration recovers a parameter from targets the model itself produced at a known value.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluatePoints } from '../../src/montecarlo/evaluate-points.js';
import { InProcessExecutor } from '../../src/montecarlo/in-process-executor.js';
import { calibrationLoss, loadTargets, simulatedValue, type CalibrationTarget } from '../../src/results/calibration-targets.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const PATH = 'model.research.seedPatentProbability';
const TRUE_VALUE = 0.6;

describe('calibrate', () => {
  it('recovers a known parameter from synthetic targets', async () => {
    const { scenario } = loadScenario(SMALL);
    const [truth] = await evaluatePoints(scenario, [{ runId: 0, values: { [PATH]: TRUE_VALUE } }], {
      replications: 3, masterSeed: scenario.seed, executor: new InProcessExecutor(), file: SMALL,
    });
    const shape: CalibrationTarget[] = [
      { name: 'patentsPerPaper', numerator: ['patentsDomestic', 'patentsOverseas'], denominator: ['papersDomestic', 'papersOverseas'], value: 1, weight: 1 },
    ];
    const value = simulatedValue(shape[0], truth.summaries);
    expect(calibrationLoss([{ ...shape[0], value }], truth.summaries)).toBe(0);
    const dir = tempDir('calibrate');
    const targetsFile = join(dir, 'targets.yaml');
    writeFileSync(targetsFile, `targets:\n  - name: patentsPerPaper\n    numerator: [patentsDomestic, patentsOverseas]\n    denominator: [papersDomestic, papersOverseas]\n    value: ${value}\n`);

    const result = await runCli(['calibrate', SMALL, '--targets', targetsFile, '-p', `${PATH}=0.2:0.9`, '-r', '3', '-w', '1', '-o', dir, '--max-evaluations', '30', '--no-report']);
    expect(result.code, result.stderr).toBe(0);
    const fit = readFileSync(join(dir, 'small-calibrate/calibration.csv'), 'utf8');
    const fitted = Number(fit.split('\n').find((line) => line.startsWith(`parameter:${PATH}`))!.split(',')[2]);
    // Patents are counts, so on a small scenario the loss is flat within a few hundredths of the
    // true value: anything on that plateau reproduces the targets exactly.
    expect(Math.abs(fitted - TRUE_VALUE)).toBeLessThan(0.05);
    expect(Number(fit.split('\n').find((line) => line.startsWith('(loss)'))!.split(',')[2])).toBeLessThan(1e-4);
    // The calibrated scenario extends the original and sets only the fitted parameter.
    const calibrated = parse(readFileSync(join(dir, 'small-calibrate/small.calibrated.yaml'), 'utf8'));
    expect(calibrated.extends).toMatch(/small\.yaml$/);
    expect(Object.keys(calibrated)).toEqual(['extends', 'name', 'model']);
    expect(calibrated.model.research.seedPatentProbability).toBe(fitted);
    const loaded = loadScenario(join(dir, 'small-calibrate/small.calibrated.yaml')).scenario;
    expect(loaded.model.research.seedPatentProbability).toBe(fitted);
    expect(loaded.regions).toEqual(scenario.regions);
  }, 120_000);

  it('rejects a malformed targets file with the file and path', () => {
    const dir = tempDir('targets');
    const file = join(dir, 't.yaml');
    writeFileSync(file, 'targets:\n  - name: x\n    numerator: [nope]\n    value: 1\n');
    expect(() => loadTargets(file)).toThrow(`${file}: targets[0].numerator[0]: expected indicator names`);
  });
});

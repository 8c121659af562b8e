// The command line of the ensemble calibration: calibrate --method abc|history-matching (--holdout),
// screen, and robust, including a bad ensemble file as an input error.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const PARAMS = ['-p', 'model.research.seedPatentProbability=0.2:0.9', '-p', 'model.research.papersPerResearcherQuarter=0.01:0.1'];

function targets(dir: string): string {
  const file = join(dir, 'targets.yaml');
  writeFileSync(file, 'targets:\n  - name: patentsPerPaper\n    numerator: [patentsDomestic, patentsOverseas]\n    denominator: [papersDomestic, papersOverseas]\n    value: 0.1\n    tolerance: 0.2\n  - name: papers\n    numerator: [papersDomestic, papersOverseas]\n    value: 40\n');
  return file;
}

describe('calibrate --method abc|history-matching, screen, robust', () => {
  it('runs ABC, prints the fit and the equifinality note, and robust compares a lever on its posterior', async () => {
    const dir = tempDir('cli-abc');
    const t = targets(dir);
    const abc = await runCli(['calibrate', SMALL, '--method', 'abc', '--targets', t, ...PARAMS, '-r', '2', '-w', '1', '-o', dir, '--population', '10', '--generations', '2']);
    expect(abc.code, abc.stderr).toBe(0);
    expect(abc.stdout).toMatch(/^calibration \(abc\): 10 accepted parameter sets of \d+ simulated x 2 replications \(tolerance [\d.]+\) -> .*posterior\.csv$/m);
    expect(abc.stdout).toMatch(/^ {2}patentsPerPaper: observed 0\.1000, ensemble median/m);
    expect(abc.stdout).toMatch(/^ {2}model\.research\.seedPatentProbability: (pinned|weakly constrained|not identified) \(90% interval/m);
    for (const file of ['posterior.csv', 'posterior-fit.csv', 'equifinality.csv', 'calibration-waves.csv', 'small.calibrated.yaml', 'charts/posterior-marginals.svg', 'charts/posterior-pairs.vl.json']) {
      expect(existsSync(join(dir, 'small-calibrate', file)), file).toBe(true);
    }
    const variant = join(dir, 'richer.yaml');
    writeFileSync(variant, `extends: ${SMALL}\nname: richer\npolicy:\n  programme: { budgetPerRegionQuarterJpyM: 200 }\n`);
    const robust = await runCli(['robust', SMALL, variant, '--ensemble', join(dir, 'small-calibrate/posterior.csv'), '-r', '2', '-w', '1', '-o', dir, '--indicators', 'commercializations']);
    expect(robust.code, robust.stderr).toBe(0);
    expect(robust.stdout).toMatch(/^robust comparison: 1 variant x 10 parameter sets x 2 paired replications -> .*robust-summary\.csv$/m);
    expect(robust.stdout).toMatch(/^ {2}richer \/ commercializations: effect median .*: (robust|conditional on)/m);
    expect(existsSync(join(dir, 'robust-small/charts/robust-effects.svg'))).toBe(true);
  }, 60_000);

  it('history matching and nelder-mead report a holdout table without fitting it', async () => {
    const dir = tempDir('cli-hm');
    const t = targets(dir);
    const hm = await runCli(['calibrate', SMALL, '--method', 'history-matching', '--targets', t, '--holdout', t, ...PARAMS, '-r', '2', '-w', '1', '-o', dir, '--points-per-wave', '10', '--waves', '2']);
    expect(hm.code, hm.stderr).toBe(0);
    expect(hm.stdout).toMatch(/^calibration \(history-matching\): \d+ accepted parameter sets? of \d+ simulated x 2 replications \(implausibility <= 3\)/m);
    expect(hm.stdout).toMatch(/^ {2}\(holdout\) papers: observed 40\.00/m);
    const nm = await runCli(['calibrate', SMALL, '--targets', t, '--holdout', t, ...PARAMS, '-r', '2', '-w', '1', '-o', dir, '--max-evaluations', '4', '--name', 'nm', '--no-report']);
    expect(nm.code, nm.stderr).toBe(0);
    expect(readFileSync(join(dir, 'nm/holdout-fit.csv'), 'utf8').split('\n')[0]).toBe('target,role,observed,tolerance,median,p5,p95,medianRelativeError,withinTolerance');
  }, 60_000);

  it('screen ranks the candidates on the calibration distance', async () => {
    const dir = tempDir('cli-screen');
    const result = await runCli(['screen', SMALL, '--targets', targets(dir), ...PARAMS, '-p', 'model.research.overseasPatentShare=0.05:0.3', '-r', '2', '-w', '1', '-o', dir, '--trajectories', '4']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^screening .*: 16 points x 2 replications -> .*screening\.csv$/m);
    // The overseas patent share moves neither target (both sum domestic and overseas patents).
    expect(result.stdout).toMatch(/^ {2}3\. model\.research\.overseasPatentShare: mu\* 0\.00 on the distance .* negligible/m);
    expect(readFileSync(join(dir, 'small-screen/screening.csv'), 'utf8')).toContain('morris,target:papers,model.research.papersPerResearcherQuarter,');
  }, 60_000);

  it('refuses a negative cut-off and a population beyond its bound before running', async () => {
    const cutoff = await runCli(['calibrate', SMALL, '--method', 'history-matching', '--targets', 't.yaml', ...PARAMS, '--cutoff', '-1']);
    expect(cutoff.code).toBe(2);
    expect(cutoff.stderr).toContain('--cutoff: expected an implausibility cut-off > 0');
    const population = await runCli(['calibrate', SMALL, '--method', 'abc', '--targets', 't.yaml', ...PARAMS, '--population', '1e9']);
    expect(population.code).toBe(2);
    expect(population.stderr).toContain('--population: expected an integer from 1 to 100,000');
  });

  it('a file that is not an ensemble is an input error (exit 2, one paragraph)', async () => {
    const dir = tempDir('cli-bad-ensemble');
    const bad = join(dir, 'posterior.csv');
    writeFileSync(bad, 'a,b\n1,2\n');
    const result = await runCli(['robust', SMALL, SMALL, '--ensemble', bad, '-o', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: expected an ensemble of parameter sets`);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

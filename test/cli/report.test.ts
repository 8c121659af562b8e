// Reports from the command line: run, compare and `report` write charts and report.html.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const fixture = (name: string) => join(REPO_ROOT, 'test/fixtures/montecarlo', name);

describe('committee reports from the CLI', () => {
  it('run writes a Japanese report with the run\'s charts; --no-report skips it', async () => {
    const out = tempDir('report-run');
    const result = await runCli(['run', fixture('small.yaml'), '-r', '3', '-w', '1', '-o', out, '--lang', 'ja']);
    expect(result.code).toBe(0);
    const html = readFileSync(join(out, 'small/report.html'), 'utf8');
    expect(html).toContain('事業化');
    for (const chart of ['trajectories', 'cost-effectiveness', 'degree-distribution', 'network-hubs', 'regional-breakdown']) {
      expect(existsSync(join(out, 'small/charts', `${chart}.vl.json`)), chart).toBe(true);
      expect(existsSync(join(out, 'small/charts', `${chart}.png`)), chart).toBe(false);
    }
    const skipped = tempDir('report-none');
    expect((await runCli(['run', fixture('small.yaml'), '-r', '2', '-w', '1', '-o', skipped, '--no-report'])).code).toBe(0);
    expect(existsSync(join(skipped, 'small/report.html'))).toBe(false);
    // `report` regenerates from the finished folder, in English this time.
    const again = await runCli(['report', join(skipped, 'small')]);
    expect(again.code).toBe(0);
    expect(readFileSync(join(skipped, 'small/report.html'), 'utf8')).toContain('Commercialisations');
  }, 120_000);

  it('compare adds the forest plot of paired differences', async () => {
    const out = tempDir('report-compare');
    const result = await runCli(['compare', fixture('small.yaml'), fixture('small-longer.yaml'), '-r', '4', '-w', '2', '-o', out]);
    expect(result.code).toBe(0);
    expect(existsSync(join(out, 'compare-small-vs-small-longer/charts/comparison-forest.svg'))).toBe(true);
    expect(readFileSync(join(out, 'compare-small-vs-small-longer/report.html'), 'utf8')).toContain('small-longer');
    // Per region: a paired comparison for each region, whose flow means add up to the totals'.
    const folder = join(out, 'compare-small-vs-small-longer');
    expect(existsSync(join(folder, 'charts/regional-comparison.vl.json'))).toBe(true);
    const table = (file: string) => {
      const [header, ...lines] = readFileSync(join(folder, file), 'utf8').trim().split('\n').map((line) => line.split(','));
      return lines.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i]])));
    };
    const byRegion = table('comparison-by-region.csv').filter((row) => row.indicator === 'publicSpendJpyM');
    expect(byRegion.map((row) => row.region)).toEqual(['north', 'south']);
    const total = table('comparison.csv').find((row) => row.indicator === 'publicSpendJpyM')!;
    for (const column of ['baselineMean', 'variantMean', 'meanDiff']) {
      expect(byRegion.reduce((sum, row) => sum + Number(row[column]), 0)).toBeCloseTo(Number(total[column]), 4);
    }
  }, 120_000);

  it('a boolean sweep writes its report (points per value)', async () => {
    const out = tempDir('report-boolean-sweep');
    const result = await runCli(['sweep', fixture('small.yaml'), '-p', 'policy.wideArea.salesPlatform=false,true', '-r', '2', '-w', '1', '-q', '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('report.html');
    const spec = readFileSync(join(out, 'small-sweep/charts/sweep.vl.json'), 'utf8');
    expect(spec).toContain('"false"');
    expect(spec).toContain('"true"');
  }, 60_000);

  it('refuses to report on a folder that is not a finished run', async () => {
    const result = await runCli(['report', tempDir('empty')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not a finished run folder');
  });

  it('refuses damaged folders with one paragraph, no stack trace: a listed file missing or changed, a manifest not JSON or not an object', async () => {
    const out = tempDir('report-damaged');
    expect((await runCli(['run', fixture('small.yaml'), '-r', '2', '-w', '1', '-q', '--no-report', '-o', out])).code).toBe(0);
    const damage: [string, (dir: string) => void, string][] = [
      ['missing', (dir) => rmSync(join(dir, 'summary.csv')), 'summary.csv is missing though manifest.json lists it'],
      ['not-json', (dir) => writeFileSync(join(dir, 'manifest.json'), '{bad'), 'manifest.json is damaged'],
      ['null', (dir) => writeFileSync(join(dir, 'manifest.json'), 'null'), 'manifest.json is damaged (not a JSON object)'],
      ['row-deleted', (dir) => writeFileSync(join(dir, 'summary.csv'), readFileSync(join(dir, 'summary.csv'), 'utf8').split('\n').filter((_, i) => i !== 1).join('\n')), 'summary.csv has '],
      ['same-size-edit', (dir) => writeFileSync(join(dir, 'stats.csv'), readFileSync(join(dir, 'stats.csv'), 'utf8').replace(/\d/, (d) => String((Number(d) + 1) % 10))), 'stats.csv has other content than manifest.json records'],
    ];
    for (const [name, harm, message] of damage) {
      const dir = join(out, name);
      cpSync(join(out, 'small'), dir, { recursive: true });
      harm(dir);
      const result = await runCli(['report', dir]);
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toContain(message);
      expect(result.stderr, name).not.toMatch(STACK_FRAME);
    }
  }, 60_000);
});

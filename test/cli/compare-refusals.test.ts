// Comparisons that cannot mislead: different horizons, region sets or start years are refused
// (exit 2, one paragraph naming both values) unless --allow-mismatch; a variant without its own
// name is named after its file; a scenario is never compared with itself, --force or not; each
// comparison has its own folder, and `report` redraws a comparison folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonFolderName, distinctScenarioNames, nameFromFile } from '../../src/results/comparison-checks.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');

function variant(dir: string, file: string, body: string): string {
  const path = join(dir, file);
  writeFileSync(path, `extends: ${SMALL}\n${body}`);
  return path;
}

function expectRefused(result: { code: number | null; stderr: string; stdout: string }, ...parts: string[]): void {
  expect(result.code, result.stderr).toBe(2);
  for (const part of parts) expect(result.stderr).toContain(part);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

describe('compare refuses what would mislead', () => {
  it('refuses a different horizon, region set or start year, naming both values, before running anything', async () => {
    const dir = tempDir('refuse-mismatch');
    const out = join(dir, 'out');
    const longer = variant(dir, 'longer.yaml', 'horizonQuarters: 20\n');
    expectRefused(await runCli(['compare', SMALL, longer, '-r', '2', '-q', '-o', out]), 'horizonQuarters 12', 'has 20', '--allow-mismatch');
    const oneRegion = variant(dir, 'one-region.yaml', 'regions:\n  - { id: north, fields: { food: 1 }, agents: { smes: 20 } }\n');
    expectRefused(await runCli(['compare', SMALL, oneRegion, '-r', '2', '-q', '-o', out]), 'regions [north, south]', 'has [north]');
    const fiscal = variant(dir, 'fiscal.yaml', 'startFiscalYear: 2026\n');
    expectRefused(await runCli(['compare', SMALL, fiscal, '-r', '2', '-q', '-o', out]), 'startFiscalYear unset', 'has 2026');
    expect(existsSync(out)).toBe(false);
    // With the flag the comparison runs, and the summary names the difference.
    const allowed = await runCli(['compare', SMALL, longer, '-r', '2', '-q', '-o', out, '--allow-mismatch']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(readFileSync(join(out, 'compare-small-vs-longer', 'summary.md'), 'utf8')).toContain('| longer | horizonQuarters | 12 | 20 |');
  }, 120_000);

  it('compare-runs refuses run folders with different horizons too', async () => {
    const dir = tempDir('refuse-runs');
    const out = join(dir, 'out');
    const longer = variant(dir, 'longer.yaml', 'name: longer\nhorizonQuarters: 20\n');
    for (const scenario of [SMALL, longer]) expect((await runCli(['run', scenario, '-r', '2', '-q', '--no-report', '-o', out])).code).toBe(0);
    expectRefused(await runCli(['compare-runs', join(out, 'small'), join(out, 'longer'), '--out', join(out, 'cmp')]), 'horizonQuarters 12');
    expectRefused(await runCli(['compare-runs', join(out, 'small'), join(out, 'small'), '--out', join(out, 'cmp')]), 'compared with itself');
  }, 120_000);

  it('names a variant without its own name after its file instead of colliding with the baseline', async () => {
    const dir = tempDir('derived-name');
    const out = join(dir, 'out');
    const lever = variant(dir, 'longer+programme.yaml', 'policy:\n  programme: { lengthQuarters: 12 }\n');
    const result = await runCli(['compare', SMALL, lever, '-r', '2', '-q', '-o', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, 'small', 'manifest.json'))).toBe(true);
    expect(existsSync(join(out, 'longer-programme', 'manifest.json'))).toBe(true);
    const csv = readFileSync(join(out, 'compare-small-vs-longer-programme', 'comparison.csv'), 'utf8');
    expect(csv).toContain('small,longer-programme,commercializations');
  }, 120_000);

  it('never compares a scenario with itself, even with --force', async () => {
    const out = tempDir('itself');
    for (const extra of [[], ['--force']]) {
      expectRefused(await runCli(['compare', SMALL, SMALL, '-r', '2', '-q', '-o', out, ...extra]), 'compared with itself', '--force does not change this');
    }
  });

  it('gives each comparison of one baseline its own folder, and `report` redraws a comparison folder', async () => {
    const dir = tempDir('folders');
    const out = join(dir, 'out');
    const a = variant(dir, 'a.yaml', 'name: lever-a\npolicy:\n  programme: { lengthQuarters: 10 }\n');
    const b = variant(dir, 'b.yaml', 'name: lever-b\npolicy:\n  programme: { lengthQuarters: 6 }\n');
    expect((await runCli(['compare', SMALL, a, '-r', '2', '-q', '-o', out, '--no-report'])).code).toBe(0);
    expect((await runCli(['compare', SMALL, b, '-r', '2', '-q', '-o', out])).code).toBe(0);
    const first = join(out, 'compare-small-vs-lever-a');
    const second = join(out, 'compare-small-vs-lever-b');
    expect(readFileSync(join(first, 'comparison.csv'), 'utf8')).not.toContain('lever-b');
    expect(existsSync(join(first, 'report.html'))).toBe(false);
    expect(readFileSync(join(second, 'report.html'), 'utf8')).toContain('lever-b');
    const redrawn = await runCli(['report', first, '--lang', 'ja']);
    expect(redrawn.code, redrawn.stderr).toBe(0);
    expect(readFileSync(join(first, 'summary.md'), 'utf8')).toContain('「lever-a」では');
  }, 180_000);
});

describe('comparison names', () => {
  it('derive identifiers from file names and name folders from all scenarios, hashing long lists', () => {
    expect(nameFromFile('/x/tokachi+talent.yaml')).toBe('tokachi-talent');
    expect(distinctScenarioNames([{ name: 'tokachi', file: 'a/tokachi.yaml' }, { name: 'tokachi', file: 'a/talent.yaml' }])).toEqual(['tokachi', 'talent']);
    expect(() => distinctScenarioNames([{ name: 'x', file: 'a/x.yaml' }, { name: 'x', file: 'b/x.yaml' }])).toThrow(/both resolve to the scenario name 'x'/);
    expect(comparisonFolderName(['tokachi', 'tokachi-talent', 'tokachi-wide-area'])).toBe('compare-tokachi-vs-tokachi-talent-tokachi-wide-area');
    const many = comparisonFolderName(['baseline', ...Array.from({ length: 12 }, (_, i) => `baseline-lever-${i}`)]);
    expect(many).toMatch(/^compare-baseline-vs-12-variants-[0-9a-f]{8}$/);
  });
});

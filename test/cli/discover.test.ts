// discover through the real command line on tiny designs: a grid sweep with a categorical lever, and a
// Morris analysis run as two shards; outputs, the report's interactive chart, determinism, refusals.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');

function csv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe('discover command', () => {
  let root: string;
  let sweepDir: string;
  /** A threshold between the smallest and largest commercialisations of the sweep, so the condition splits the rows. */
  let cut: number;

  beforeAll(async () => {
    root = tempDir('discover');
    const sweep = await runCli([
      'sweep', SMALL, '-p', 'model.market.productRevenueJpyMPerQuarter=2,10,25,60', '-p', 'policy.bankHub.enabled=true,false',
      '-p', 'policy.programme.lengthQuarters=4,8', '-r', '2', '-o', root, '-w', '1', '--no-report', '--quiet',
    ]);
    expect(sweep.code, sweep.stderr).toBe(0);
    sweepDir = join(root, 'small-sweep');
    const values = csv(join(sweepDir, 'sweep.csv')).map((r) => Number(r.commercializations)).sort((a, b) => a - b);
    cut = values[Math.floor(values.length / 2)];
    expect(values[values.length - 1]).toBeGreaterThan(cut);
  }, 120_000);

  it('writes the trajectory, the box and a report whose chart selects a box by clicking the trajectory', async () => {
    const out = join(root, 'found');
    const result = await runCli(['discover', sweepDir, '--condition', `commercializations <= ${cut}`, '--out', out, '--threshold', '0.7', '--quiet']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/discover: 32 rows \(0 left out: condition undefined\), condition holds on \d+/);
    expect(result.stdout).toMatch(/^box \d+.*coverage [\d.]+, density [\d.]+/m);
    const trajectory = csv(join(out, 'trajectory.csv'));
    expect(trajectory[0]).toMatchObject({ box: '0', phase: 'initial', coverage: '1', mass: '1', restrictedDimensions: '0' });
    expect(trajectory.length).toBeGreaterThan(1);
    expect(trajectory.filter((r) => r.selected === 'final')).toHaveLength(1);
    for (const row of trajectory) expect(Number(row.restrictedDimensions)).toBe(row.restricted === '' ? 0 : row.restricted.split('|').length);
    const box = csv(join(out, 'box.csv'));
    const final = trajectory.find((r) => r.selected === 'final')!;
    expect(box.map((r) => r.dimension)).toEqual(final.restricted.split('|').filter(Boolean));
    for (const row of box) {
      expect(row.box).toBe(final.box);
      expect(Number(row.quasiP)).toBeGreaterThanOrEqual(0);
      expect(Number(row.quasiP)).toBeLessThanOrEqual(1);
    }
    // More revenue per product means more commercialisations: few commercialisations are found at low revenue.
    const revenue = box.find((r) => r.dimension === 'model.market.productRevenueJpyMPerQuarter');
    expect(revenue && Number(revenue.lower)).toBe(2);
    expect(revenue && Number(revenue.upper)).toBeLessThan(60);

    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('id="vis-scenario-discovery"');
    const spec = JSON.parse(readFileSync(join(out, 'charts/scenario-discovery.vl.json'), 'utf8'));
    const [trajectoryView, limitsView] = spec.hconcat;
    const selection = trajectoryView.layer[1].params[0];
    expect(selection).toMatchObject({ name: 'pickBox', select: { type: 'point', fields: ['box'], on: 'click' }, value: [{ box: Number(final.box) }] });
    expect(limitsView.transform).toEqual([{ filter: { param: 'pickBox', empty: false } }]);
    expect(new Set(limitsView.data.values.map((v: { box: number }) => v.box)).size).toBe(trajectory.length);
  }, 60_000);

  it('writes the same bytes twice, and refuses to overwrite a discovery without --force', async () => {
    const args = ['discover', sweepDir, '--condition', `commercializations <= ${cut} and policy.programme.lengthQuarters > 4`, '-q'];
    const a = join(root, 'same-a');
    const b = join(root, 'same-b');
    expect((await runCli([...args, '-o', a])).code).toBe(0);
    expect((await runCli([...args, '-o', b])).code).toBe(0);
    for (const file of ['trajectory.csv', 'box.csv', 'discovery.json', 'report.html', 'charts/scenario-discovery.vl.json']) {
      expect(readFileSync(join(a, file), 'utf8'), file).toBe(readFileSync(join(b, file), 'utf8'));
    }
    const again = await runCli([...args, '-o', a]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already holds a discovery.*--force/);
    expect((await runCli([...args, '-o', a, '--force'])).code).toBe(0);
  }, 60_000);

  it('refuses bad conditions, inputs and folders with exit 2 and one message', async () => {
    const cases: [string[], RegExp][] = [
      [['--condition', 'comercializations < 3'], /did you mean 'commercializations'/],
      [['--condition', 'commercializations >= 0'], /holds on every one of the 32 rows/],
      [['--condition', 'commercializations < 3', '--inputs', 'model.market.productRevenue'], /not a parameter of the design/],
      [['--condition', 'commercializations < 3', '--peel-alpha', '0.7'], /--peel-alpha: expected a number above 0 and below 0.5/],
      [['--condition', 'commercializations < 3', '--box', '999'], /box 999 does not exist/],
      // Found in review: an input named twice was peeled as two dimensions; the rows left out were not mentioned.
      [['--condition', 'commercializations < 3', '--inputs', 'policy.bankHub.enabled,policy.bankHub.enabled'], /--inputs: 'policy\.bankHub\.enabled' is given twice/],
      [['--condition', 'commercializations / (policy.programme.lengthQuarters - 4) < 0'], /holds on none of the 16 rows where it is defined \(16 more rows left out/],
    ];
    // Found in review: --out into another command's folder replaced its report.html, summary.md and charts.
    const other = tempDir('discover-other');
    writeFileSync(join(other, 'report.html'), '<html>a run</html>');
    const into = await runCli(['discover', sweepDir, '--condition', `commercializations <= ${cut}`, '-o', other, '--force', '-q']);
    expect(into.code).toBe(2);
    expect(into.stderr).toMatch(/holds another command's report \(report\.html, no discovery\.json\)/);
    expect(readFileSync(join(other, 'report.html'), 'utf8')).toBe('<html>a run</html>');
    for (const [extra, expected] of cases) {
      const result = await runCli(['discover', sweepDir, ...extra, '-o', tempDir('discover-bad'), '-q']);
      expect(result.code, extra.join(' ')).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
    const empty = await runCli(['discover', tempDir('discover-empty'), '--condition', 'commercializations < 3']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/holds no design rows/);
  }, 60_000);

  it('reads the shards of a sensitivity analysis over a lever and a model parameter, checking their checksums', async () => {
    const shards = ['0/2', '1/2'].map((shard) => ['sensitivity', SMALL, '--method', 'morris', '--trajectories', '3', '-r', '2', '-o', root, '-w', '1', '--quiet',
      '-p', 'model.market.productRevenueJpyMPerQuarter=2:60', '-p', 'policy.programme.budgetPerRegionQuarterJpyM=10:120', '--shard', shard]);
    for (const args of shards) expect((await runCli(args)).code).toBe(0);
    const dirs = [0, 1].map((k) => join(root, `small-sensitivity.shard-${k}-of-2`));
    const out = join(root, 'from-shards');
    const values = csv(join(dirs[0], 'points.csv')).concat(csv(join(dirs[1], 'points.csv'))).map((r) => Number(r.commercializations)).sort((a, b) => a - b);
    const condition = `commercializations <= ${values[Math.floor(values.length / 2)]}`;
    const result = await runCli(['discover', ...dirs, '--condition', condition, '-o', out, '-q', '--no-report']);
    expect(result.code, result.stderr).toBe(0);
    const trajectory = csv(join(out, 'trajectory.csv'));
    expect(Number(trajectory[0].rows)).toBe(3 * 3 * 2); // Morris: r(k + 1) points, 2 replications each
    // A whole (unsharded) sensitivity folder keeps only the indices.
    const whole = await runCli(['sensitivity', SMALL, '--trajectories', '2', '-r', '1', '-o', root, '--name', 'whole', '-w', '1', '--quiet', '--no-report', '-p', 'model.market.productRevenueJpyMPerQuarter=2:60']);
    expect(whole.code).toBe(0);
    const refused = await runCli(['discover', join(root, 'whole'), '--condition', condition, '-q']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/only the sensitivity indices.*--shard/);
    // An edited points.csv no longer matches its design.json.
    const points = join(dirs[1], 'points.csv');
    writeFileSync(points, readFileSync(points, 'utf8').replace(/\n\d+,/, '\n0,'));
    const tampered = await runCli(['discover', ...dirs, '--condition', condition, '-o', tempDir('discover-tampered'), '-q']);
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).not.toMatch(STACK_FRAME);
  }, 120_000);
});

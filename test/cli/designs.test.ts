// sweep and sensitivity through the real command line on a small scenario.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');

function csv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe('sweep and sensitivity commands', () => {
  it('sweep writes one row per point and replication, tagged with run id and parameter values', async () => {
    const out = tempDir('sweep');
    const result = await runCli(['sweep', SMALL, '-p', 'policy.programme.lengthQuarters=4,8,12', '-p', 'regions[0].agents.programmeCoordinators=0,2', '-r', '2', '-o', out, '-w', '2']);
    expect(result.code).toBe(0);
    const rows = csv(join(out, 'small-sweep/sweep.csv'));
    expect(rows).toHaveLength(3 * 2 * 2);
    expect(rows.map((r) => r.runId)).toEqual(['0', '0', '1', '1', '2', '2', '3', '3', '4', '4', '5', '5']);
    expect(rows[2]['policy.programme.lengthQuarters']).toBe('4');
    expect(rows[2]['regions[0].agents.programmeCoordinators']).toBe('2');
    expect(new Set(rows.filter((r) => r.replication === '1').map((r) => r.seed)).size).toBe(1); // common random numbers
  }, 60_000);

  it('Morris ranks a parameter that cannot affect the indicator last, with mu* = 0', async () => {
    const out = tempDir('morris');
    // The overseas share of patents only splits patents between two columns: commercialisations cannot move.
    const result = await runCli([
      'sensitivity', SMALL, '--method', 'morris', '--trajectories', '4', '-r', '2', '-o', out, '-w', '1', '--indicators', 'commercializations',
      '-p', 'model.market.productRevenueJpyMPerQuarter=2:60', '-p', 'model.research.overseasPatentShare=0:1',
    ]);
    expect(result.code).toBe(0);
    const rows = csv(join(out, 'small-sensitivity/sensitivity.csv'));
    const inert = rows.find((r) => r.parameter === 'model.research.overseasPatentShare')!;
    // Product revenue sets what projects are worth to firms, so how many start and reach the market.
    const revenue = rows.find((r) => r.parameter === 'model.market.productRevenueJpyMPerQuarter')!;
    expect(Number(inert.muStar)).toBe(0);
    expect(inert.rank).toBe('2');
    expect(Number(revenue.muStar)).toBeGreaterThan(0);
  }, 60_000);

  it('bad designs are bad input: exit 2, no stack trace', async () => {
    const list = await runCli(['sensitivity', SMALL, '-p', 'model.research.overseasPatentShare=0,1', '-o', tempDir('bad')]);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('needs a range');
    const unknown = await runCli(['sweep', SMALL, '-p', 'model.nope=1,2', '-o', tempDir('bad')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toMatch(/^ {4}at /m);
  }, 60_000);
});

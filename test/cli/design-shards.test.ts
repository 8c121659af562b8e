// sweep and sensitivity in shards (--shard k/N) merged by merge-design: byte-identical to one machine,
// and refusals of shards that do not belong together or do not cover the design.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const scratch = tempDir('design-shards');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SWEEP = ['sweep', SMALL, '-p', 'policy.programme.lengthQuarters=4,8', '-p', 'regions[0].agents.programmeCoordinators=0,2', '-r', '2', '-w', '1', '-q'];
const MORRIS = [
  'sensitivity', SMALL, '--method', 'morris', '--trajectories', '2', '-r', '2', '-w', '1', '-q',
  '-p', 'policy.programme.budgetPerRegionQuarterJpyM=5:200', '-p', 'model.research.overseasPatentShare=0:1',
];

async function ok(args: string[]): Promise<string> {
  const result = await runCli(args);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

async function shards(command: string[], out: string, count: number): Promise<void> {
  for (let k = 0; k < count; k++) await ok([...command, '-o', out, '--shard', `${k}/${count}`]);
}

describe('design shards', () => {
  it('a sweep of 4 points x 2 replications in 3 shards merges into the sweep.csv of one machine', async () => {
    const local = join(scratch, 'sweep-local');
    const sharded = join(scratch, 'sweep-shards');
    await ok([...SWEEP, '-o', local]);
    await shards(SWEEP, sharded, 3);
    // Shard 1 of 3 holds runIds 1 (and not 0, 2, 3): 2 replications, no analysis and no report.
    const points = readFileSync(join(sharded, 'small-sweep.shard-1-of-3', 'points.csv'), 'utf8').trim().split('\n');
    expect(points.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['1,0', '1,1']);
    expect(existsSync(join(sharded, 'small-sweep.shard-1-of-3', 'sweep.csv'))).toBe(false);
    expect(existsSync(join(sharded, 'small-sweep.shard-1-of-3', 'report.html'))).toBe(false);
    const design = JSON.parse(readFileSync(join(sharded, 'small-sweep.shard-2-of-3', 'design.json'), 'utf8'));
    expect(design).toMatchObject({ scenario: 'small', points: 4, shard: { index: 2, count: 3 }, spec: { command: 'sweep', replications: 2, masterSeed: 11 } });

    const merged = join(scratch, 'sweep-merged');
    const dirs = [2, 0, 1].map((k) => join(sharded, `small-sweep.shard-${k}-of-3`));
    expect(await ok(['merge-design', ...dirs, '--out', merged])).toContain('merged 3 design shards (4 points)');
    expect(readFileSync(join(merged, 'sweep.csv'), 'utf8')).toBe(readFileSync(join(local, 'small-sweep', 'sweep.csv'), 'utf8'));
    expect(existsSync(join(merged, 'report.html'))).toBe(true);
  }, 120_000);

  it('a Morris analysis (2 trajectories x 2 parameters x 2 replications) in 2 shards merges into the sensitivity.csv of one machine', async () => {
    const local = join(scratch, 'morris-local');
    const sharded = join(scratch, 'morris-shards');
    await ok([...MORRIS, '-o', local, '--no-report']);
    await shards(MORRIS, sharded, 2);
    const merged = join(scratch, 'morris-merged');
    const dirs = [0, 1].map((k) => join(sharded, `small-sensitivity.shard-${k}-of-2`));
    await ok(['merge-design', ...dirs, '--out', merged, '--no-report']);
    const expected = readFileSync(join(local, 'small-sensitivity', 'sensitivity.csv'), 'utf8');
    expect(expected.trim().split('\n')).toHaveLength(1 + 3 * 2); // header + 3 default indicators x 2 parameters
    expect(readFileSync(join(merged, 'sensitivity.csv'), 'utf8')).toBe(expected);
    expect(existsSync(join(merged, 'report.html'))).toBe(false);
  }, 120_000);

  it('refuses missing, repeated, unfinished and foreign shards: exit 2, no stack trace', async () => {
    const out = join(scratch, 'refusals');
    await shards(SWEEP, out, 2);
    const shard = (k: number) => join(out, `small-sweep.shard-${k}-of-2`);
    const refused = async (args: string[], message: RegExp) => {
      const result = await runCli(['merge-design', ...args, '--out', join(out, 'merged')]);
      expect(result.code, result.stdout).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(STACK_FRAME);
    };
    await refused([shard(0)], /missing shard 1\/2/);
    await refused([shard(0), shard(0), shard(1)], /are both shard 0\/2/);
    await refused([shard(0), join(out, 'nothing-here')], /not a finished design shard/);
    // Another seed is another design, even with the same shard count.
    await ok([...SWEEP, '-o', join(out, 'other'), '-s', '5', '--shard', '1/2']);
    await refused([shard(0), join(out, 'other', 'small-sweep.shard-1-of-2')], /belongs to a different design/);
    // A different number of shards.
    await ok([...SWEEP, '-o', join(out, 'three'), '--shard', '1/3']);
    await refused([shard(0), join(out, 'three', 'small-sweep.shard-1-of-3')], /belongs to a different design/);
    // A shard with a point cut short: points.csv no longer matches what design.json records of it.
    const truncated = join(out, 'truncated');
    await ok([...SWEEP, '-o', truncated, '--shard', '1/2']);
    const points = join(truncated, 'small-sweep.shard-1-of-2', 'points.csv');
    writeFileSync(points, readFileSync(points, 'utf8').trim().split('\n').slice(0, -1).join('\n') + '\n');
    await refused([shard(0), join(truncated, 'small-sweep.shard-1-of-2')], /points\.csv has \d+ bytes, design\.json records \d+; the folder was changed after the run/);
    expect(existsSync(join(out, 'merged', 'sweep.csv'))).toBe(false);

    const bad = await runCli([...SWEEP, '-o', out, '--shard', '2/2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shard: expected k/N');
  }, 120_000);
});

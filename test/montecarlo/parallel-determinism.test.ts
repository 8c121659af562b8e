import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { mergeShards } from '../../src/montecarlo/merge-shards.js';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { parseShard } from '../../src/montecarlo/shard.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { rowFiles, tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const REPLICATIONS = 10;

async function run(workers: number, shard?: string): Promise<string> {
  const out = tempDir(`w${workers}`);
  const [result] = await runScenarios([loadScenario(SMALL)], {
    outRoot: out,
    workers,
    replications: REPLICATIONS,
    shard: shard ? parseShard(shard) : undefined,
  });
  return result.dir;
}

describe('parallel Monte Carlo', () => {
  it('writes byte-identical rows with 1, 2 and 3 workers', async () => {
    const one = rowFiles(await run(1));
    expect(one['summary.csv'].trim().split('\n')).toHaveLength(REPLICATIONS + 1);
    expect(rowFiles(await run(2))).toEqual(one);
    expect(rowFiles(await run(3))).toEqual(one);
  });

  it('merges shards 0/3, 1/3, 2/3 into exactly the unsharded files', async () => {
    const wholeDir = await run(2);
    const shards = [await run(1, '2/3'), await run(2, '0/3'), await run(1, '1/3')];
    const merged = join(tempDir('merged'), 'small');
    expect(mergeShards(shards, merged).replications).toBe(REPLICATIONS);
    expect(rowFiles(merged)).toEqual(rowFiles(wholeDir));
    // Statistics are derived from the row files alone, so they match too.
    expect(readFileSync(join(merged, 'stats.csv'), 'utf8')).toBe(readFileSync(join(wholeDir, 'stats.csv'), 'utf8'));
  });

  it('refuses overlapping, missing or foreign shards', async () => {
    const a = await run(1, '0/2');
    expect(() => mergeShards([a, a], tempDir('bad'))).toThrow(/both shard 0\/2/);
    expect(() => mergeShards([a], tempDir('bad'))).toThrow(/missing shard 1\/2/);
    const other = tempDir('other');
    await runScenarios([loadScenario(SMALL)], { outRoot: other, workers: 1, replications: REPLICATIONS, seed: 99, shard: parseShard('1/2') });
    expect(() => mergeShards([a, join(other, 'small.shard-1-of-2')], tempDir('bad'))).toThrow(/different run/);
  });

  it('does not overwrite another run in --out without force; merging the same run again replaces it', async () => {
    const shards = [await run(1, '0/2'), await run(1, '1/2')];
    const other = tempDir('other-run');
    await runScenarios([loadScenario(SMALL)], { outRoot: other, workers: 1, replications: REPLICATIONS, seed: 99 });
    const target = join(other, 'small');
    const before = readFileSync(join(target, 'summary.csv'), 'utf8');
    expect(() => mergeShards(shards, target)).toThrow(/belongs to a different run/);
    expect(readFileSync(join(target, 'summary.csv'), 'utf8')).toBe(before);
    expect(mergeShards(shards, target, { force: true }).replications).toBe(REPLICATIONS);
    expect(mergeShards(shards, target).replications).toBe(REPLICATIONS);
  });

  it('refuses a shard whose listed row file is missing, naming it, instead of failing on the read', async () => {
    const [a, b] = [await run(1, '0/2'), await run(1, '1/2')];
    rmSync(join(b, 'summary.csv'));
    expect(() => mergeShards([a, b], tempDir('bad'))).toThrow(InputError);
    expect(() => mergeShards([a, b], tempDir('bad'))).toThrow(/summary\.csv is missing though manifest\.json lists it/);
  });
});

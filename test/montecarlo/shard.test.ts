import { describe, expect, it } from 'vitest';
import { shardFolderName } from '../../src/io/run-folder.js';
import { parseShard, shardReplications } from '../../src/montecarlo/shard.js';
import { batchSize, batchSizes } from '../../src/montecarlo/worker-pool.js';

describe('shards', () => {
  it('interleave replications so every index belongs to exactly one shard', () => {
    const shards = [0, 1, 2].map((k) => shardReplications(10, { index: k, count: 3 }));
    expect(shards).toEqual([[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]]);
    expect(shards.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('parse k/N and reject anything else with a clear message', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['4/4', '1/0', '-1/3', 'a/b', '1', '1/2/3']) expect(() => parseShard(bad)).toThrow(/--shard: expected k\/N/);
  });

  it('name shard folders apart from the whole run', () => {
    expect(shardFolderName('tokachi', { index: 0, count: 1 })).toBe('tokachi');
    expect(shardFolderName('tokachi', { index: 1, count: 4 })).toBe('tokachi.shard-1-of-4');
  });

  it('batch replications in small, bounded batches', () => {
    expect(batchSize(10, 2)).toBe(2);
    expect(batchSize(100_000, 2)).toBe(16);
    expect(batchSize(1, 8)).toBe(1);
  });

  it('shrink batches towards the end of a run, covering every replication once', () => {
    const sizes = batchSizes(60, 2);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);
    expect(sizes[0]).toBe(8);
    expect(sizes.at(-1)).toBe(1);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]);
    expect(batchSizes(0, 2)).toEqual([]);
    expect(batchSizes(100_000, 2).reduce((a, b) => a + b, 0)).toBe(100_000);
  });
});

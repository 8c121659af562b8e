import { describe, expect, it } from 'vitest';
import { replicationSeed, streamSeed } from '../../src/rng/index.js';

describe('seed derivation', () => {
  it('pins the derived seeds (changing the mixing function changes every published result)', () => {
    expect(replicationSeed(1, 0)).toBe('3fb335bf4a645a94');
    expect(replicationSeed(1, 1)).toBe('c01954d9cf15a6d8');
    expect(replicationSeed(20260401, 7)).toBe('a0d57ca63988e3e6');
    expect(streamSeed('3fb335bf4a645a94', 'meeting')).toBe('0a905ecb5b36a244');
  });

  it('gives distinct seeds to neighbouring replications, seeds and streams', () => {
    const seeds = new Set<string>();
    for (let master = 0; master < 20; master++) for (let rep = 0; rep < 200; rep++) seeds.add(replicationSeed(master, rep));
    expect(seeds.size).toBe(20 * 200);
    const streams = new Set(['policy', 'research', 'meeting', 'formation'].map((name) => streamSeed(replicationSeed(1, 0), name)));
    expect(streams.size).toBe(4);
  });

  it('rejects seeds that are not non-negative safe integers', () => {
    expect(() => replicationSeed(-1, 0)).toThrow(/non-negative/);
    expect(() => replicationSeed(1.5, 0)).toThrow(/non-negative/);
  });
});

import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';

describe('RandomStream', () => {
  it('reproduces pinned golden values (Alea, seeded by string)', () => {
    const s = new RandomStream('golden');
    expect([s.uniform(), s.uniform(), s.int(100), s.normal(), s.poisson(3), s.poisson(100), s.bernoulli(0.5), s.weightedIndex([1, 0, 3])]).toEqual([
      0.2551099988631904, 0.18230165145359933, 45, 0.4918661905941096, 1, 103, true, 2,
    ]);
  });

  it('is seedrandom\'s Alea to the bit, stepped in the stream rather than through its closure', () => {
    for (const seed of ['golden', 'a', '0123456789abcdef:meeting', '']) {
      const reference = seedrandom.alea(seed);
      const stream = new RandomStream(seed);
      const expected = Float64Array.from({ length: 100_000 }, () => reference());
      const actual = Float64Array.from({ length: 100_000 }, () => stream.uniform());
      expect(Buffer.from(actual.buffer).equals(Buffer.from(expected.buffer))).toBe(true);
    }
  });

  it('same seed, same sequence; different seed, different sequence', () => {
    const a = new RandomStream('x');
    const b = new RandomStream('x');
    const c = new RandomStream('y');
    const seqA = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(seqA);
  });

  it('draws have the right moments', () => {
    const s = new RandomStream('moments');
    const n = 40_000;
    let sumN = 0, sumN2 = 0, sumP = 0, sumBig = 0;
    for (let i = 0; i < n; i++) {
      const z = s.normal(2, 3);
      sumN += z;
      sumN2 += z * z;
      sumP += s.poisson(4);
      sumBig += s.poisson(50);
    }
    const mean = sumN / n;
    expect(mean).toBeCloseTo(2, 1);
    expect(Math.sqrt(sumN2 / n - mean * mean)).toBeCloseTo(3, 1);
    expect(sumP / n).toBeCloseTo(4, 1);
    expect(sumBig / n).toBeGreaterThan(49.7);
    expect(sumBig / n).toBeLessThan(50.3);
  });

  it('weighted choice follows the weights and never picks a zero weight', () => {
    const s = new RandomStream('weights');
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) counts[s.weightedIndex([1, 0, 2])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(1.85);
    expect(counts[2] / counts[0]).toBeLessThan(2.15);
    expect(s.weightedIndex([0, 0])).toBe(-1);
  });

  it('shuffle is a permutation and choice stays in range', () => {
    const s = new RandomStream('shuffle');
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = s.shuffle(items.slice());
    expect(shuffled).not.toEqual(items);
    expect(shuffled.slice().sort((a, b) => a - b)).toEqual(items);
    expect(s.choice([])).toBeUndefined();
    expect(items).toContain(s.choice(items));
    for (let i = 0; i < 1000; i++) {
      const k = s.int(7);
      expect(k >= 0 && k < 7 && Number.isInteger(k)).toBe(true);
    }
  });
});

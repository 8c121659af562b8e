// Latin hypercube: one point per stratum per dimension, reproducible from the seed.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { latinHypercube, valueFromUnit } from '../../src/stats/index.js';

describe('latinHypercube', () => {
  const ranges = [
    { path: 'x', lo: 0, hi: 10 },
    { path: 'y', lo: -1, hi: 1 },
    { path: 'n', lo: 10, hi: 19, integer: true },
  ];

  it('puts exactly one point in each of the n strata of every dimension', () => {
    const n = 10;
    const d = latinHypercube(n, ranges, new RandomStream('lhs'));
    expect(d.points.map((p) => p.runId)).toEqual([...Array(n).keys()]);
    const strataX = d.points.map((p) => Math.floor(((p.values.x - 0) / 10) * n)).sort((a, b) => a - b);
    const strataY = d.points.map((p) => Math.floor(((p.values.y + 1) / 2) * n)).sort((a, b) => a - b);
    expect(strataX).toEqual([...Array(n).keys()]);
    expect(strataY).toEqual([...Array(n).keys()]);
    // 10 integer values for 10 points: each appears once.
    expect(d.points.map((p) => p.values.n).sort((a, b) => a - b)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('is reproducible from the stream seed and differs between seeds', () => {
    const a = latinHypercube(20, ranges, new RandomStream('s1'));
    expect(latinHypercube(20, ranges, new RandomStream('s1'))).toEqual(a);
    expect(latinHypercube(20, ranges, new RandomStream('s2'))).not.toEqual(a);
  });

  it('maps integer ranges with equal shares', () => {
    const r = { path: 'k', lo: 1, hi: 3, integer: true };
    expect([0, 0.33, 0.34, 0.66, 0.67, 0.999999, 1].map((u) => valueFromUnit(r, u))).toEqual([1, 1, 2, 2, 3, 3, 3]);
  });
});

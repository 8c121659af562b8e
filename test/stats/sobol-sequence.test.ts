// Sobol' sequence: identical to SciPy's qmc.Sobol(d, scramble=False) (same Joe–Kuo 6.21201 table),
// and the (t, m, s)-net balance every valid Sobol' sequence has.
import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMENSIONS, SobolSequence } from '../../src/stats/index.js';

describe('SobolSequence', () => {
  it('reproduces SciPy 1.17 qmc.Sobol(41, scramble=False) points (dimensions 1, 2, 21, 40, 41)', () => {
    const s = new SobolSequence(41);
    const points = Array.from({ length: 1030 }, () => s.next());
    const pick = (i: number) => [0, 1, 20, 39, 40].map((d) => points[i][d]);
    expect(pick(0)).toEqual([0, 0, 0, 0, 0]);
    expect(pick(1)).toEqual([0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(pick(5)).toEqual([0.875, 0.875, 0.625, 0.375, 0.375]);
    expect(pick(100)).toEqual([0.4140625, 0.2578125, 0.7578125, 0.1328125, 0.7109375]);
    expect(pick(1029)).toEqual([0.87646484375, 0.50146484375, 0.14990234375, 0.49951171875, 0.04443359375]);
  });

  it('the first 2^m points take every value i/2^m once in every dimension', () => {
    const m = 10;
    const s = new SobolSequence(SOBOL_MAX_DIMENSIONS);
    const points = Array.from({ length: 2 ** m }, () => s.next());
    const badDimensions: number[] = [];
    for (let d = 0; d < SOBOL_MAX_DIMENSIONS; d++) {
      const cells = new Set(points.map((p) => p[d] * 2 ** m));
      if (cells.size !== 2 ** m || ![...cells].every((c) => Number.isInteger(c))) badDimensions.push(d + 1);
    }
    expect(badDimensions).toEqual([]);
  });

  it('refuses more dimensions than the table holds', () => {
    expect(() => new SobolSequence(SOBOL_MAX_DIMENSIONS + 1)).toThrow(/supports 41 dimensions/);
  });
});

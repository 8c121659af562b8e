// The discrete power-law tail fit on synthetic data of known exponent and x_min.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { fitDiscretePowerLaw, hurwitzZeta } from '../../src/stats/index.js';

/** Exact draws from p(x) = x^−α / ζ(α, xMin): the inverse of the tabulated survival function. */
function powerLawSample(alpha: number, xMin: number, count: number, rng: RandomStream): number[] {
  const limit = 200_000;
  const norm = hurwitzZeta(alpha, xMin);
  const survival = new Float64Array(limit - xMin + 1);
  for (let x = xMin; x <= limit; x++) survival[x - xMin] = hurwitzZeta(alpha, x) / norm;
  return Array.from({ length: count }, () => {
    const u = rng.uniform();
    // Largest x with P(X ≥ x) > u (binary search on the decreasing survival function).
    let lo = 0;
    let hi = survival.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (survival[mid] > u) lo = mid;
      else hi = mid - 1;
    }
    return xMin + lo;
  });
}

describe('hurwitzZeta', () => {
  it('gives the Riemann zeta at q = 1 and the shifted sums elsewhere', () => {
    expect(hurwitzZeta(2, 1)).toBeCloseTo(Math.PI ** 2 / 6, 10);
    expect(hurwitzZeta(4, 1)).toBeCloseTo(Math.PI ** 4 / 90, 10);
    expect(hurwitzZeta(2, 3)).toBeCloseTo(Math.PI ** 2 / 6 - 1 - 1 / 4, 10);
    expect(hurwitzZeta(1.7, 1)).toBeCloseTo(2.0543, 3);
  });
});

describe('fitDiscretePowerLaw', () => {
  it('recovers the exponent of a pure power law from x = 1', () => {
    const fit = fitDiscretePowerLaw(powerLawSample(2.5, 1, 5000, new RandomStream('power-law-a')))!;
    expect(fit.xMin).toBeLessThanOrEqual(3);
    expect(Math.abs(fit.alpha - 2.5)).toBeLessThan(3 * fit.alphaSe + 0.02);
    expect(Math.abs(fit.alpha - 2.5)).toBeLessThan(0.1);
  });

  it('finds the tail above a body that is not a power law, and an exponent of 1.7 there', () => {
    const rng = new RandomStream('power-law-b');
    // A body of small counts (uniform on 1..5) under a tail from x_min = 6 with α = 1.7.
    const body = Array.from({ length: 3000 }, () => 1 + rng.int(5));
    const tail = powerLawSample(1.7, 6, 2000, rng);
    const fit = fitDiscretePowerLaw([...body, ...tail])!;
    expect(fit.xMin).toBeGreaterThanOrEqual(5);
    expect(fit.xMin).toBeLessThanOrEqual(10);
    expect(Math.abs(fit.alpha - 1.7)).toBeLessThan(0.1);
  });

  it('tells a thin-tailed sample by a large exponent, and refuses too few values', () => {
    const rng = new RandomStream('power-law-c');
    const geometric = Array.from({ length: 3000 }, () => 1 + rng.geometric(0.5));
    expect(fitDiscretePowerLaw(geometric)!.alpha).toBeGreaterThan(3);
    expect(fitDiscretePowerLaw([1, 2, 3])).toBeUndefined();
    expect(fitDiscretePowerLaw([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBeUndefined();
  });
});

// RandomStream.geometric: failures before the first success, the gap that lets a loop over rare
// Bernoulli trials draw once per success. Same law as counting bernoulli(p) failures.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';

describe('RandomStream.geometric', () => {
  it('has the geometric law: P(0) = p, mean (1 - p) / p', () => {
    for (const p of [0.02, 0.3, 0.7]) {
      const rng = new RandomStream(`geometric-${p}`);
      const draws = 100_000;
      let zeros = 0;
      let sum = 0;
      let nonInteger = 0;
      for (let i = 0; i < draws; i++) {
        const g = rng.geometric(p);
        if (!Number.isInteger(g) || g < 0) nonInteger++;
        if (g === 0) zeros++;
        sum += g;
      }
      expect(nonInteger).toBe(0);
      const mean = (1 - p) / p;
      const sd = Math.sqrt(1 - p) / p;
      expect(Math.abs(zeros / draws - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / draws));
      expect(Math.abs(sum / draws - mean)).toBeLessThan((5 * sd) / Math.sqrt(draws));
    }
  });

  it('never succeeds at p <= 0 and always at p >= 1', () => {
    const rng = new RandomStream('geometric-edges');
    expect(rng.geometric(0)).toBe(Infinity);
    expect(rng.geometric(-1)).toBe(Infinity);
    expect(rng.geometric(Number.NaN)).toBe(Infinity);
    expect(rng.geometric(1)).toBe(0);
  });
});

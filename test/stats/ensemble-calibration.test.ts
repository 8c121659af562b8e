// The ensemble calibration's statistics on problems with known answers: weighted quantiles, ABC-SMC
// and history matching on analytic distances, the equifinality verdicts and standardised coefficients.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import {
  abcSmc, equifinality, historyMatching, standardizedCoefficients, weightedCorrelation, weightedQuantile,
} from '../../src/stats/index.js';

describe('weightedQuantile', () => {
  it('is type 5 with equal weights and follows the weight otherwise', () => {
    expect(weightedQuantile([4, 1, 3, 2], [1, 1, 1, 1], 0.5)).toBe(2.5);
    expect(weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.05)).toBe(1);
    expect(weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.95)).toBe(4);
    // Each value stands at the middle of its weight: 0 at 0.05, 10 at 0.55; linear in between.
    expect(weightedQuantile([0, 10], [0.1, 0.9], 0.5)).toBeCloseTo(9, 12);
    expect(weightedQuantile([0, 10], [0.1, 0.9], 0.6)).toBe(10);
    // Zero weights do not count.
    expect(weightedQuantile([0, 5, 100], [1, 1, 0], 0.95)).toBe(5);
    expect(weightedQuantile([], [], 0.5)).toBeNaN();
  });

  it('weightedCorrelation is ±1 on exact lines and NaN for a constant', () => {
    expect(weightedCorrelation([1, 2, 3], [2, 4, 6], [1, 2, 1])).toBeCloseTo(1, 12);
    expect(weightedCorrelation([1, 2, 3], [3, 2, 1], [1, 1, 1])).toBeCloseTo(-1, 12);
    expect(weightedCorrelation([1, 2, 3], [5, 5, 5], [1, 1, 1])).toBeNaN();
  });
});

describe('abcSmc', () => {
  const truth = [0.3, 0.7];
  // Only the first coordinate is informative: the second should stay spread over its prior.
  const distance = async (units: number[][]) => units.map((u) => Math.abs(u[0] - truth[0]));

  it('concentrates on the informative coordinate, leaves the other spread, and is reproducible', async () => {
    const run = () => abcSmc(2, distance, { population: 100, generations: 5, stream: new RandomStream('abc') });
    const result = await run();
    expect(result.particles).toHaveLength(100);
    expect(result.generations.map((g) => g.tolerance)).toEqual([...result.generations.map((g) => g.tolerance)].sort((a, b) => b - a));
    expect(result.tolerance).toBeLessThan(0.02);
    expect(result.particles.every((p) => p.distance <= result.tolerance)).toBe(true);
    expect(result.particles.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
    const units = result.particles.map((p) => p.unit);
    const weights = result.particles.map((p) => p.weight);
    const e = equifinality(units, weights, 2);
    expect(e.parameters[0].verdict).toBe('pinned');
    expect(e.parameters[0].median).toBeCloseTo(0.3, 1);
    expect(e.parameters[1].verdict).toBe('not identified');
    expect((await run()).particles.map((p) => p.unit)).toEqual(units);
    expect(result.evaluations).toBe(result.generations.reduce((s, g) => s + g.proposed, 0));
  });

  it('stops short and keeps what it accepted when a generation cannot be filled', async () => {
    // A distance that is 0 on a sliver and 1 elsewhere: ε = quantile of mostly-1 distances stays 1,
    // so build one where the median tolerance admits almost nothing new.
    const sliver = async (units: number[][]) => units.map((u, i) => (i === 0 ? 0 : 1 + u[0]));
    const result = await abcSmc(1, sliver, { population: 10, generations: 3, maxBatches: 2, stream: new RandomStream('sliver') });
    expect(result.stoppedShort).toBe(true);
    expect(result.particles.length).toBeGreaterThan(0);
  });
});

describe('historyMatching', () => {
  it('shrinks the box around the non-implausible region of the informative coordinate only', async () => {
    const implausibility = async (units: number[][]) => units.map((u) => Math.abs(u[0] - 0.4) / 0.05);
    const result = await historyMatching(2, implausibility, { pointsPerWave: 40, waves: 3, stream: new RandomStream('hm') });
    expect(result.cutoff).toBe(3);
    expect(result.points.length).toBeGreaterThan(0);
    expect(result.points.every((p) => p.implausibility <= 3)).toBe(true);
    const last = result.waves[result.waves.length - 1];
    // |u0 − 0.4| ≤ 0.15 is the non-implausible band; the box closes in on it, never on u1.
    expect(last.box[0][0]).toBeGreaterThan(0.2);
    expect(last.box[0][1]).toBeLessThan(0.6);
    expect(last.box[1][1] - last.box[1][0]).toBeGreaterThan(0.9);
    expect(last.nonImplausible / last.evaluated).toBeGreaterThan(result.waves[0].nonImplausible / result.waves[0].evaluated);
  });

  it('returns no points when nothing is non-implausible', async () => {
    const result = await historyMatching(1, async (units) => units.map(() => 10), { pointsPerWave: 5, waves: 2, stream: new RandomStream('none') });
    expect(result.points).toEqual([]);
    expect(result.waves).toHaveLength(1);
  });
});

describe('equifinality', () => {
  it('names strongly correlated pairs', () => {
    const stream = new RandomStream('pairs');
    const units = Array.from({ length: 200 }, () => {
      const a = stream.uniform();
      return [a, 1 - a + 0.05 * stream.uniform(), stream.uniform()];
    });
    const e = equifinality(units, units.map(() => 1), 3);
    expect(e.pairs).toHaveLength(1);
    expect(e.pairs[0]).toMatchObject({ a: 0, b: 1 });
    expect(e.pairs[0].correlation).toBeLessThan(-0.95);
  });
});

describe('standardizedCoefficients', () => {
  it('recovers the standardised slopes of an exact linear relation and zeroes a constant predictor', () => {
    const stream = new RandomStream('ols');
    const x = Array.from({ length: 50 }, () => [stream.uniform(), stream.uniform(), 7]);
    const y = x.map(([a, b]) => 3 * a - b);
    const beta = standardizedCoefficients(x, y, x.map(() => 1));
    // sd(a) ≈ sd(b): the ratio of standardised slopes is the ratio of raw slopes up to their sds.
    const sd = (v: number[]) => Math.sqrt(v.reduce((s, z) => s + (z - v.reduce((p, q) => p + q, 0) / v.length) ** 2, 0) / v.length);
    expect(beta[0]).toBeCloseTo((3 * sd(x.map((r) => r[0]))) / sd(y), 9);
    expect(beta[1]).toBeCloseTo((-1 * sd(x.map((r) => r[1]))) / sd(y), 9);
    expect(beta[2]).toBe(0);
  });
});

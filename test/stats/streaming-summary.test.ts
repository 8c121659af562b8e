// Streaming accumulator: exact (and equal to the batch summary) up to its capacity, then a bounded sketch
// whose quantiles stay within the stated tolerance; deterministic in the input order.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { normalQuantile, StreamingSummary, quantileSorted, summarize } from '../../src/stats/index.js';

function draws(name: string, n: number, draw: (rng: RandomStream) => number): Float64Array {
  const rng = new RandomStream(name);
  return Float64Array.from({ length: n }, () => draw(rng));
}

describe('StreamingSummary', () => {
  it('equals the batch summary exactly while n ≤ exactCapacity', () => {
    const xs = draws('small', 1500, (r) => r.normal(3, 2));
    const s = new StreamingSummary();
    for (const x of xs) s.push(x);
    expect(s.exact).toBe(true);
    expect(s.summary()).toEqual(summarize(xs));
    expect(s.mean).toBeCloseTo(summarize(xs).mean, 12); // Welford agrees with the two-pass mean
    expect(s.variance).toBeCloseTo(summarize(xs).sd ** 2, 10);
  });

  it('Welford stays exact where the sum-of-squares formula cancels (values near 1e9)', () => {
    const s = new StreamingSummary({ exactCapacity: 1 });
    for (const x of [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]) s.push(x);
    expect(s.mean).toBe(1e9 + 10);
    expect(s.variance).toBe(30);
  });

  it('on 100,000 values of known distributions, sketched p5–p95 are within 0.01 of the true quantile in probability', () => {
    const n = 100_000;
    const cases: [string, (r: RandomStream) => number, (p: number) => number][] = [
      ['normal', (r) => r.normal(), (p) => normalQuantile(p)],
      ['exponential', (r) => -Math.log(1 - r.uniform()), (p) => -Math.log(1 - p)],
      ['uniform', (r) => r.uniform(), (p) => p],
    ];
    for (const [name, draw, trueQuantile] of cases) {
      const xs = draws(name, n, draw);
      const s = new StreamingSummary();
      for (const x of xs) s.push(x);
      const sorted = Float64Array.from(xs).sort();
      const summary = s.summary();
      expect(summary.quantileMethod).toBe('sketch');
      for (const [p, estimate] of [[0.05, summary.p5], [0.25, summary.p25], [0.5, summary.median], [0.75, summary.p75], [0.95, summary.p95]]) {
        // Against the sample (the sketch's own error): rank error below 0.001.
        let below = 0;
        let step = 1 << 16;
        for (; step > 0; step >>= 1) if (below + step <= n && sorted[below + step - 1] < estimate) below += step;
        expect(Math.abs(below / n - p)).toBeLessThan(0.001);
        expect(Math.abs(estimate - quantileSorted(sorted, p))).toBeLessThan(0.03);
        // Against the population: sampling error dominates; well inside ±0.01 in probability.
        expect(estimate).toBeGreaterThan(trueQuantile(p - 0.01));
        expect(estimate).toBeLessThan(trueQuantile(p + 0.01));
      }
      expect(summary.mean).toBeCloseTo(Array.from(xs).reduce((a, b) => a + b, 0) / n, 10);
    }
  });

  it('keeps integer-valued (tied) data exact at its steps', () => {
    const xs = draws('counts', 50_000, (r) => r.poisson(3));
    const s = new StreamingSummary();
    for (const x of xs) s.push(x);
    const sorted = Float64Array.from(xs).sort();
    for (const p of [0.05, 0.25, 0.5, 0.75, 0.95]) expect(s.quantile(p)).toBe(quantileSorted(sorted, p));
  });

  it('memory is bounded: internal arrays never grow past the cap', () => {
    const s = new StreamingSummary({ exactCapacity: 2000 });
    const rng = new RandomStream('memory');
    let peak = 0;
    for (let i = 0; i < 200_000; i++) {
      s.push(rng.uniform());
      if (i % 1000 === 0) peak = Math.max(peak, s.storedNumbers);
    }
    expect(peak).toBeLessThanOrEqual(2000);
  });

  it('is deterministic: same input order, same bits; queries in between change nothing; snapshots resume exactly', () => {
    const xs = draws('det', 10_000, (r) => r.normal());
    const a = new StreamingSummary();
    const b = new StreamingSummary();
    let c = new StreamingSummary();
    xs.forEach((x, i) => {
      a.push(x);
      b.push(x);
      if (i % 777 === 0) b.quantile(0.3); // queries must not perturb the state
      if (i === 6000) c = StreamingSummary.restore(JSON.parse(JSON.stringify(c.snapshot())));
      c.push(x);
    });
    expect(b.summary()).toEqual(a.summary());
    expect(c.summary()).toEqual(a.summary());
    expect(StreamingSummary.restore(JSON.parse(JSON.stringify(new StreamingSummary().snapshot()))).n).toBe(0);
  });

  it('rejects non-finite values', () => {
    expect(() => new StreamingSummary().push(Number.POSITIVE_INFINITY)).toThrow(/value 0 is Infinity/);
  });
});

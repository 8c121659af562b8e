// Sample summaries: type-7 quantiles, the t interval of the mean (hand-computed), the bootstrap option.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import {
  bootstrapPercentileCi, arrayMean, meanConfidenceInterval, quantile, StreamingSummary, studentTQuantile, summarize, SummaryWorkspace, TQuantileMemo,
} from '../../src/stats/index.js';

describe('quantile (type 7)', () => {
  it("matches R's quantile(1:10, c(.05, .25, .5, .75, .95)) = 1.45, 3.25, 5.5, 7.75, 9.55", () => {
    const x = [10, 3, 1, 4, 2, 9, 8, 7, 5, 6];
    [1.45, 3.25, 5.5, 7.75, 9.55].forEach((v, i) => expect(quantile(x, [0.05, 0.25, 0.5, 0.75, 0.95][i])).toBeCloseTo(v, 12));
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 1)).toBe(10);
    expect(quantile([], 0.5)).toBeNaN();
    expect(() => quantile(x, 1.5)).toThrow(/between 0 and 1/);
  });
});

describe('summarize', () => {
  // x = 2,4,4,4,5,5,7,9: mean 5, s² = 32/7, s = 2.1380899, se = s/√8 = 0.7559289,
  // t(0.975, 7) = 2.3646243, half-width = 1.7874879 → CI [3.2125121, 6.7874879].
  const x = [2, 4, 4, 4, 5, 5, 7, 9];

  it('gives the hand-computed mean, sd and t interval', () => {
    const s = summarize(x);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(s.se).toBeCloseTo(0.7559289460184544, 14);
    expect(s.ciLow).toBeCloseTo(3.21251208176379, 10);
    expect(s.ciHigh).toBeCloseTo(6.787487918236209, 10);
    const got = [s.min, s.p5, s.p25, s.median, s.p75, s.p95, s.max];
    [2, 2.7, 4, 4.5, 5.5, 8.3, 9].forEach((v, i) => expect(got[i]).toBeCloseTo(v, 12)); // numpy.percentile agrees
    expect(s.ciMethod).toBe('t');
    expect(s.quantileMethod).toBe('exact-type7');
  });

  it('handles tiny samples without throwing', () => {
    expect(summarize([]).mean).toBeNaN();
    const one = summarize([3]);
    expect(one.mean).toBe(3);
    expect(one.median).toBe(3);
    expect(one.sd).toBeNaN();
    expect(one.ciLow).toBeNaN();
    const flat = summarize([2, 2, 2]);
    expect([flat.ciLow, flat.ciHigh]).toEqual([2, 2]);
  });

  it('names a non-finite value instead of averaging it', () => {
    expect(() => summarize([1, Number.NaN, 3])).toThrow(/value 1 is NaN/);
  });

  it('other confidence levels use the matching t quantile (90%: t(0.95, 7) = 1.8945786)', () => {
    const ci = meanConfidenceInterval(8, 5, Math.sqrt(32 / 7), 0.9);
    expect(ci.halfWidth).toBeCloseTo(1.894578605061305 * 0.7559289460184544, 10);
  });

  it('bootstrap option: reproducible with the same seed, close to the t interval for a large normal sample', () => {
    const rng = new RandomStream('sample');
    const sample = Array.from({ length: 400 }, () => rng.normal(10, 2));
    const a = summarize(sample, { bootstrap: { resamples: 1000, stream: new RandomStream('boot') } });
    const b = summarize(sample, { bootstrap: { resamples: 1000, stream: new RandomStream('boot') } });
    const t = summarize(sample);
    expect(a.ciMethod).toBe('bootstrap-percentile');
    expect([a.ciLow, a.ciHigh]).toEqual([b.ciLow, b.ciHigh]);
    expect(a.ciLow).toBeLessThan(a.mean);
    expect(a.ciHigh).toBeGreaterThan(a.mean);
    const tWidth = t.ciHigh - t.ciLow;
    expect(Math.abs(a.ciHigh - a.ciLow - tWidth)).toBeLessThan(0.1 * tWidth);
  });

  it('bootstrap percentile interval of any statistic', () => {
    const ci = bootstrapPercentileCi([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], arrayMean, { resamples: 2000, stream: new RandomStream('m') });
    expect(ci.low).toBeGreaterThan(3.5);
    expect(ci.high).toBeLessThan(7.5);
  });
});

describe('TQuantileMemo', () => {
  it('gives studentTQuantile bit for bit, so summaries with and without one are identical', () => {
    const memo = new TQuantileMemo();
    for (const df of [1, 2, 5, 59, 1000]) {
      for (const p of [0.95, 0.975, 0.995]) {
        expect(Object.is(memo.quantile(p, df), studentTQuantile(p, df))).toBe(true);
        expect(Object.is(memo.quantile(p, df), studentTQuantile(p, df))).toBe(true);
      }
    }
    const rng = new RandomStream('memo');
    const values = Array.from({ length: 40 }, () => rng.normal(3, 2));
    expect(summarize(values, { tQuantiles: memo })).toEqual(summarize(values));
    expect(meanConfidenceInterval(40, 3, 2, 0.9, memo)).toEqual(meanConfidenceInterval(40, 3, 2, 0.9));
  });

  it('streaming summaries sharing a workspace summarise as summaries alone do, past the sketch switch too', () => {
    const workspace = new SummaryWorkspace();
    const shared = [new StreamingSummary({ exactCapacity: 50, workspace }), new StreamingSummary({ exactCapacity: 50, workspace })];
    const alone = [new StreamingSummary({ exactCapacity: 50 }), new StreamingSummary({ exactCapacity: 50 })];
    const rng = new RandomStream('workspace');
    for (let i = 0; i < 3000; i++) {
      for (let k = 0; k < 2; k++) {
        const x = k === 0 ? rng.normal() : rng.uniform() * i;
        shared[k].push(x);
        alone[k].push(x);
      }
      if (i === 30 || i % 700 === 0) for (let k = 0; k < 2; k++) expect(shared[k].summary()).toEqual(alone[k].summary());
    }
    for (let k = 0; k < 2; k++) expect(shared[k].summary(0.9)).toEqual(alone[k].summary(0.9));
  });
});

// Paired (common random numbers) vs unpaired comparison, against Student's sleep data as analysed in
// R's documentation: t.test(extra ~ group, data = sleep, paired = TRUE) and the Welch test.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { comparePaired, pairedTTest, welchTTest } from '../../src/stats/index.js';

// Student (1908), R datasets::sleep: extra hours of sleep with drug 1 (baseline) and drug 2 (variant).
const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe('comparePaired', () => {
  const c = comparePaired(drug1, drug2);

  it('paired: diff 1.58, t = 4.0621, df = 9, p = 0.002833, CI [0.7001142, 2.4598858] (R t.test paired)', () => {
    expect(c.paired.meanDiff).toBeCloseTo(1.58, 12);
    expect(c.paired.tStatistic).toBeCloseTo(4.062127683382037, 10);
    expect(c.paired.df).toBe(9);
    expect(c.paired.pValue).toBeCloseTo(0.002832890197384273, 10);
    expect(c.paired.ciLow).toBeCloseTo(0.7001142367230175, 10);
    expect(c.paired.ciHigh).toBeCloseTo(2.459885763276983, 10);
  });

  it('Welch: t = 1.8608, df = 17.776, p = 0.07939, CI [−0.2054832, 3.3654832] (R t.test default)', () => {
    expect(c.welch.tStatistic).toBeCloseTo(1.8608134674868526, 10);
    expect(c.welch.df).toBeCloseTo(17.776473516178488, 10);
    expect(c.welch.pValue).toBeCloseTo(0.0793941401873583, 10);
    expect(c.welch.ciLow).toBeCloseTo(-0.20548323071171137, 10);
    expect(c.welch.ciHigh).toBeCloseTo(3.3654832307117104, 10);
    expect(welchTTest(drug1, drug2)).toEqual(c.welch);
    expect(pairedTTest(drug1, drug2)).toEqual(c.paired);
  });

  it('effect sizes and relative change (hand-computed: sd of diffs 1.2299955, pooled sd 1.8986254)', () => {
    expect(c.baselineMean).toBeCloseTo(0.75, 12);
    expect(c.variantMean).toBeCloseTo(2.33, 12);
    expect(c.cohensDz).toBeCloseTo(1.2845575625910546, 10);
    expect(c.cohensD).toBeCloseTo(0.8321810813495397, 10);
    expect(c.relativeChange).toBeCloseTo(1.58 / 0.75, 12);
    expect(c.correlation).toBeCloseTo(0.7951702058335777, 10);
  });

  it('pairing narrows the interval when outputs are positively correlated (common random numbers)', () => {
    const rng = new RandomStream('crn');
    const base: number[] = [];
    const lever: number[] = [];
    for (let i = 0; i < 50; i++) {
      const shared = rng.normal(100, 15); // replication-level noise shared through common seeds
      base.push(shared + rng.normal(0, 2));
      lever.push(shared + 3 + rng.normal(0, 2));
    }
    const r = comparePaired(base, lever);
    expect(r.paired.ciHigh - r.paired.ciLow).toBeLessThan((r.welch.ciHigh - r.welch.ciLow) / 4);
    expect(r.paired.pValue).toBeLessThan(0.001);
    expect(r.welch.pValue).toBeGreaterThan(0.05);
  });

  it('is safe for a zero baseline mean, identical runs and misaligned arrays', () => {
    expect(comparePaired([-1, 1, 0], [0, 2, 1]).relativeChange).toBeNull();
    const same = comparePaired([1, 2, 3], [1, 2, 3]);
    expect([same.paired.ciLow, same.paired.ciHigh, same.paired.pValue]).toEqual([0, 0, 1]);
    const shifted = comparePaired([1, 2, 3], [2, 3, 4]);
    expect([shifted.paired.ciLow, shifted.paired.ciHigh, shifted.paired.pValue]).toEqual([1, 1, 0]);
    expect(comparePaired([1], [2]).paired.ciLow).toBeNaN();
    expect(() => comparePaired([1, 2], [1, 2, 3])).toThrow(/aligned by replication/);
  });
});

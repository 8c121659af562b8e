// Regret over a weighted ensemble, on a hand-made table whose answers are worked out below.
import { describe, expect, it } from 'vitest';
import { clusterSetsByBest, crowdingDistances, nonDominatedRanks, regretTable, setsWithValues } from '../../src/stats/index.js';

describe('regretTable', () => {
  // Three allocations at four parameter sets (larger is better).
  const values = [
    [10, 4, 6, 8], // A: best at set 0 and 3
    [7, 9, 5, 6], //  B: best at set 1
    [8, 7, 7, 7], //  C: best at set 2, never far behind
  ];
  const weights = [0.4, 0.2, 0.2, 0.2];

  it('computes regret, expected value, 10th percentile and the minimax choice', () => {
    const t = regretTable(values, weights);
    expect(t.bestAt).toEqual([0, 1, 2, 0]);
    // Best per set: 10, 9, 7, 8.
    expect(t.regret).toEqual([[0, 5, 1, 0], [3, 0, 2, 2], [2, 2, 0, 1]]);
    expect(t.maxRegret).toEqual([5, 3, 2]);
    expect(t.minimaxChoice).toBe(2);
    expect(t.expected[0]).toBeCloseTo(0.4 * 10 + 0.2 * (4 + 6 + 8));
    expect(t.expected[2]).toBeCloseTo(0.4 * 8 + 0.2 * 21);
    // C's sorted values 7, 7, 7, 8 with weights .2 .2 .2 .4: the 10th percentile is its lowest midpoint.
    expect(t.p10[2]).toBe(7);
  });

  it('clusters the sets by the allocation that is best at them', () => {
    expect(clusterSetsByBest([0, 1, 2, 0], weights)).toEqual([
      { allocation: 0, sets: [0, 3], weight: 0.6000000000000001 },
      { allocation: 1, sets: [1], weight: 0.2 },
      { allocation: 2, sets: [2], weight: 0.2 },
    ]);
  });

  it('leaves sets of weight 0 out of the worst case and the clusters', () => {
    // Found in review: a set of weight 0 (outside the ensemble) decided the maximum regret.
    const withOutsider = values.map((row, a) => [...row, a === 2 ? 0 : 20]);
    const t = regretTable(withOutsider, [...weights, 0]);
    expect(t.regret[2][4]).toBe(20);
    expect(t.maxRegret).toEqual([5, 3, 2]);
    expect(t.minimaxChoice).toBe(2);
    expect(clusterSetsByBest(t.bestAt, [...weights, 0]).flatMap((c) => c.sets)).not.toContain(4);
  });

  it('leaves out a set where any allocation has no value, as if the table had only the others', () => {
    // Set 1 is empty for allocation B (NaN): without it, A is best at sets 0 and 2 and B at set 3.
    const values = [[10, 50, 8, 1], [7, NaN, 6, 4]];
    const weights = [0.25, 0.25, 0.25, 0.25];
    const kept = setsWithValues(values, weights);
    expect(kept.leftOut).toBe(1);
    expect(kept.weights).toEqual([0.25, 0, 0.25, 0.25]);
    const masked = regretTable(kept.values, kept.weights);
    const only = regretTable([[10, 8, 1], [7, 6, 4]], [1, 1, 1]);
    expect(masked.expected[0]).toBeCloseTo(only.expected[0]);
    expect(masked.expected[1]).toBeCloseTo(only.expected[1]);
    expect(masked.p10).toEqual(only.p10);
    expect(masked.maxRegret).toEqual(only.maxRegret); // A: 3 at set 3; B: 3 at set 0
    expect(clusterSetsByBest(masked.bestAt, kept.weights).map((c) => c.sets)).toEqual([[0, 2], [3]]);
    // A value of 50 where B is empty would have made A look better on average: it is not read.
    expect(masked.expected[0]).toBeCloseTo((10 + 8 + 1) / 3);
  });

  it('refuses a ragged table', () => {
    expect(() => regretTable([[1, 2], [3]], [0.5, 0.5])).toThrow(/regret table/);
  });
});

describe('Pareto ranks and crowding', () => {
  it('ranks fronts and keeps the extremes of a front', () => {
    const points = [[1, 5], [2, 4], [3, 3], [2, 2], [1, 1]];
    expect(nonDominatedRanks(points)).toEqual([0, 0, 0, 1, 2]);
    const d = crowdingDistances(points.slice(0, 3));
    expect(d[0]).toBe(Infinity);
    expect(d[2]).toBe(Infinity);
    expect(d[1]).toBeCloseTo(2);
  });
});

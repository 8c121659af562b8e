// Pareto dominance by paired replications: a zero-width t interval (all differences equal, common
// with counts at two replications) is not proof; then the sign test decides (six replications at 95%).
import { describe, expect, it } from 'vitest';
import { crowdingDistances, dominates, nonDominatedRanks, pairedDominates } from '../../src/stats/index.js';

/** n replications of one objective: `a` always `gap` above `b`. */
const pair = (n: number, gap: number) => ({
  a: Array.from({ length: n }, (_, r) => [5 + r + gap]),
  b: Array.from({ length: n }, (_, r) => [5 + r]),
});

describe('pairedDominates', () => {
  it('does not take equal differences at few replications as proof', () => {
    // Before review: +1, +1 gave the t interval [1, 1] and the candidate was raced out at two replications.
    for (const n of [2, 3, 4, 5]) expect(pairedDominates(pair(n, 1).a, pair(n, 1).b, 0.95), `n = ${n}`).toBe(false);
    // 0.5^6 = 0.016 <= 0.025: six differences of one sign are evidence.
    expect(pairedDominates(pair(6, 1).a, pair(6, 1).b, 0.95)).toBe(true);
    expect(pairedDominates(pair(6, 1).b, pair(6, 1).a, 0.95)).toBe(false);
  });

  it('still decides by the t interval when the differences vary', () => {
    const a = [[10], [12], [11]];
    const b = [[1], [2], [1.5]];
    expect(pairedDominates(a, b, 0.95)).toBe(true);
    expect(pairedDominates([[2], [1]], [[1], [1.9]], 0.95)).toBe(false);
  });
});

describe('non-dominated sorting and crowding', () => {
  it('ranks fronts and gives the ends of each objective infinite crowding distance', () => {
    const points = [[1, 5], [2, 4], [3, 3], [1, 1], [0, 6]];
    expect(dominates([2, 4], [1, 1])).toBe(true);
    expect(dominates([1, 5], [1, 5])).toBe(false);
    expect(nonDominatedRanks(points)).toEqual([0, 0, 0, 1, 0]);
    const front = [[0, 6], [1, 5], [2, 4], [3, 3]];
    const d = crowdingDistances(front);
    expect(d[0]).toBe(Infinity);
    expect(d[3]).toBe(Infinity);
    // (2 − 0)/3 + (6 − 4)/3 for the second point (Deb et al. 2002).
    expect(d[1]).toBeCloseTo(4 / 3, 12);
  });
});

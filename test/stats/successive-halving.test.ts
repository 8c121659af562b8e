// Successive halving with racing on synthetic noisy objectives (no simulation): it must find a known
// optimum, keep the trade-off of two objectives, and pair replications (common random numbers).
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { halvingBudget, successiveHalving, type BatchEvaluator } from '../../src/stats/index.js';

/** Candidates on [0, 1]; replication r adds the same shock to every candidate (CRN) plus its own noise. */
function noisyEvaluator(xs: number[], objective: (x: number) => number[], log: string[] = []): BatchEvaluator {
  return async (candidates, first, count) => {
    log.push(`${candidates.length}x[${first},${first + count})`);
    return candidates.map((c) => Array.from({ length: count }, (_, i) => {
      const r = first + i;
      const common = new RandomStream(`common:${r}`).normal(0, 1);
      const own = new RandomStream(`own:${c}:${r}`).normal(0, 0.05);
      return objective(xs[c]).map((v) => v + common + own);
    }));
  };
}

describe('successiveHalving', () => {
  const xs = Array.from({ length: 33 }, (_, i) => i / 32);

  it('finds the optimum of a noisy one-objective function whose common noise dwarfs the differences', async () => {
    const log: string[] = [];
    const result = await successiveHalving(xs.length, noisyEvaluator(xs, (x) => [-10 * (x - 0.3) ** 2], log), { initialReplications: 2, finalists: 1 });
    expect(result.finalists).toHaveLength(1);
    // Within two grid steps of 0.3 (the grid's nearest is 0.3125).
    expect(Math.abs(xs[result.finalists[0]] - 0.3)).toBeLessThanOrEqual(2 / 32);
    // Replications double per rung and every rung continues where the last stopped.
    expect(log[0]).toBe('33x[0,2)');
    expect(log[1]).toMatch(/x\[2,4\)$/);
    expect(result.rungs.map((r) => r.replications).slice(0, 3)).toEqual([2, 4, 8]);
    // Racing drops candidates shown dominated by paired replications, before the halving would.
    expect(result.fate.filter((f) => f === 'dominated').length).toBeGreaterThan(0);
  });

  it('keeps both ends of a two-objective trade-off among its finalists', async () => {
    const result = await successiveHalving(xs.length, noisyEvaluator(xs, (x) => [x, 1 - x]), { initialReplications: 2, finalists: 4 });
    const kept = result.finalists.map((c) => xs[c]);
    expect(Math.max(...kept)).toBeGreaterThanOrEqual(0.9);
    expect(Math.min(...kept)).toBeLessThanOrEqual(0.1);
  });

  it('does not depend on how the evaluator is called: the same values give the same result', async () => {
    const evaluate = noisyEvaluator(xs, (x) => [Math.sin(6 * x), x]);
    const a = await successiveHalving(xs.length, evaluate, { initialReplications: 2, finalists: 3 });
    const b = await successiveHalving(xs.length, evaluate, { initialReplications: 2, finalists: 3 });
    expect(b).toEqual(a);
  });

  it('states its worst-case replications and refuses impossible settings', async () => {
    expect(halvingBudget(8, { initialReplications: 2, finalists: 2 })).toBe(8 * 2 + 4 * 2 + 2 * 4);
    await expect(successiveHalving(4, noisyEvaluator(xs, (x) => [x]), { initialReplications: 1, finalists: 1 })).rejects.toThrow(/at least 2/);
  });
});

import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/stats/nelder-mead.js';

describe('Nelder–Mead on the unit cube', () => {
  it('finds the minimum of a shifted quadratic', async () => {
    const r = await nelderMead(2, ([x, y]) => (x - 0.3) ** 2 + 10 * (y - 0.7) ** 2, { maxEvaluations: 200 });
    expect(r.best[0]).toBeCloseTo(0.3, 3);
    expect(r.best[1]).toBeCloseTo(0.7, 3);
  });

  it('finds the Rosenbrock valley minimum mapped into the cube', async () => {
    // x, y in [-2, 2] mapped from [0, 1]; minimum at (1, 1) = unit (0.75, 0.75).
    const rosen = ([u, v]: number[]) => {
      const x = 4 * u - 2;
      const y = 4 * v - 2;
      return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    };
    const r = await nelderMead(2, rosen, { maxEvaluations: 600, tolerance: 1e-14 });
    expect(r.best[0]).toBeCloseTo(0.75, 2);
    expect(r.best[1]).toBeCloseTo(0.75, 2);
  });

  it('respects the evaluation budget and the bounds, and is deterministic', async () => {
    const f = ([x]: number[]) => -x; // minimum at the upper bound
    const a = await nelderMead(1, f, { maxEvaluations: 25 });
    const b = await nelderMead(1, f, { maxEvaluations: 25 });
    expect(a.evaluations).toBeLessThanOrEqual(25);
    expect(a.best[0]).toBeCloseTo(1, 6);
    for (const { point } of a.trace) expect(point[0]).toBeGreaterThanOrEqual(0);
    expect(a.trace).toEqual(b.trace);
  });
});

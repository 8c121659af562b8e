// Morris screening on f = x1 + 2·x2² + 0·x3 + 0·x4: hand-computable elementary effects, inert inputs last.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { morrisAnalyze, morrisDesign } from '../../src/stats/index.js';

// x1 on [0, 0.5] checks that effects are per full range: f changes by 0.5 over x1's range.
const ranges = [
  { path: 'x1', lo: 0, hi: 0.5 },
  { path: 'x2', lo: 0, hi: 1 },
  { path: 'x3', lo: 0, hi: 1 },
  { path: 'x4', lo: 0, hi: 1 },
];
const f = (v: Record<string, number>) => v.x1 + 2 * v.x2 ** 2 + 0 * v.x3 + 0 * v.x4;

describe('Morris elementary effects', () => {
  const design = morrisDesign({ ranges, trajectories: 20, levels: 4, stream: new RandomStream('morris') });
  const outputs = design.points.map((p) => f(p.values));
  const result = morrisAnalyze(design, outputs, { bootstrap: { resamples: 500, stream: new RandomStream('boot') } });
  const byPath = Object.fromEntries(result.map((r) => [r.path, r]));

  it('builds r(k + 1) points in trajectories that move one input by ±Δ = p/(2(p − 1)) at a time', () => {
    expect(design.points).toHaveLength(20 * 5);
    expect(design.delta).toBeCloseTo(2 / 3, 15);
    for (let t = 0; t < 20; t++) {
      for (let m = 1; m <= 4; m++) {
        const a = design.unitPoints[t * 5 + m - 1];
        const b = design.unitPoints[t * 5 + m];
        expect(a.filter((x, j) => Math.abs(b[j] - x) > 1e-12)).toHaveLength(1);
        for (const x of b) expect([0, 1 / 3, 2 / 3, 1].some((level) => Math.abs(x - level) < 1e-12)).toBe(true);
      }
    }
  });

  it('gives the hand-computed effects: EE(x1) = 0.5, EE(x2) ∈ {4/3, 8/3}, inert inputs exactly 0', () => {
    for (const e of byPath.x1.effects) expect(e).toBeCloseTo(0.5, 12);
    // EE(x2) = 2((x + Δ)² − x²)/Δ = 2(2x + Δ) with x ∈ {0, 1/3}
    for (const e of byPath.x2.effects) expect([4 / 3, 8 / 3].some((v) => Math.abs(e - v) < 1e-12)).toBe(true);
    expect(byPath.x1.sigma).toBeCloseTo(0, 12);
    expect(byPath.x3.muStar).toBe(0);
    expect(byPath.x4.muStar).toBe(0);
    expect(byPath.x3.sigma).toBe(0);
  });

  it('ranks the inert inputs last and gives bootstrap CIs of mu*', () => {
    expect(byPath.x2.rank).toBe(1);
    expect(byPath.x1.rank).toBe(2);
    expect([byPath.x3.rank, byPath.x4.rank].sort()).toEqual([3, 4]);
    expect([byPath.x3.muStarCiLow, byPath.x3.muStarCiHigh]).toEqual([0, 0]);
    expect(byPath.x1.muStarCiLow).toBeCloseTo(0.5, 12);
    expect(byPath.x2.muStarCiLow).toBeLessThanOrEqual(byPath.x2.muStar);
    expect(byPath.x2.muStarCiHigh).toBeGreaterThanOrEqual(byPath.x2.muStar);
  });

  it('is reproducible from the seed and checks its inputs', () => {
    expect(morrisDesign({ ranges, trajectories: 20, stream: new RandomStream('morris') })).toEqual(design);
    expect(() => morrisDesign({ ranges, trajectories: 5, levels: 3, stream: new RandomStream('x') })).toThrow(/even integer/);
    expect(() => morrisAnalyze(design, outputs.slice(1))).toThrow(/100 points but 99 outputs/);
  });
});

// PRIM on synthetic data with a planted box (Friedman & Fisher 1999's setting): the box found restricts
// exactly the planted dimensions near the planted limits, its quasi-p-values are small, categorical
// dimensions are peeled one category at a time, pasting only enlarges, and the result is deterministic.
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { binomialUpperTail, prim, tieAwareQuantile, type PrimDimension } from '../../src/stats/index.js';

/** `rows` uniform points in [0,1]^dims; y = 1 inside x0 ∈ [0.2, 0.6], x1 ∈ [0.5, 1], flipped with probability `noise`. */
function planted(rows: number, dims: number, noise: number, seed = 'prim'): { dimensions: PrimDimension[]; y: number[] } {
  const stream = new RandomStream(seed);
  const columns = Array.from({ length: dims }, () => new Float64Array(rows));
  const y: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (const column of columns) column[i] = stream.uniform();
    const inside = columns[0][i] >= 0.2 && columns[0][i] <= 0.6 && columns[1][i] >= 0.5;
    y.push(stream.uniform() < noise ? Number(!inside) : Number(inside));
  }
  return { dimensions: columns.map((values, j) => ({ name: `x${j}`, kind: 'numeric', values })), y };
}

function numericLimit(result: ReturnType<typeof prim>, name: string) {
  const limit = result.box.limits.find((l) => l.dimension === name)!;
  if (limit.kind !== 'numeric') throw new Error('not numeric');
  return limit;
}

describe('prim', () => {
  it('recovers a planted box in 4 dimensions with 5% label noise', () => {
    const { dimensions, y } = planted(2000, 4, 0.05);
    // 0.9: between the density of the loosest boxes (0.8) and the planted box's 0.95 (noise caps it).
    const result = prim(dimensions, y, { threshold: 0.9 });
    expect(result.box.restricted).toEqual(['x0', 'x1']);
    const x0 = numericLimit(result, 'x0');
    const x1 = numericLimit(result, 'x1');
    expect(x0.lower).toBeCloseTo(0.2, 1);
    expect(x0.upper).toBeCloseTo(0.6, 1);
    expect(x1.lower).toBeCloseTo(0.5, 1);
    expect(x1.upper).toBe(x1.sampledUpper);
    // Inside the planted box 95% of rows are of interest; the box must be nearly that dense and cover most of them.
    expect(result.box.density).toBeGreaterThan(0.85);
    expect(result.box.coverage).toBeGreaterThan(0.75);
    expect(result.thresholdMet).toBe(true);
    // The planted dimensions' limits are far from chance; nothing else is restricted.
    expect(x0.quasiPLower!).toBeLessThan(1e-6);
    expect(x0.quasiPUpper!).toBeLessThan(1e-6);
    expect(x1.quasiPLower!).toBeLessThan(1e-6);
    expect(x1.quasiPUpper).toBeUndefined();
  });

  it('peels patiently: each step removes about peel_alpha of the box, coverage never rises, mass stops at the minimum', () => {
    const { dimensions, y } = planted(1000, 3, 0.05);
    const result = prim(dimensions, y, { index: 0 }, { peelAlpha: 0.05, minMass: 0.1 });
    const peeled = result.trajectory.filter((b) => b.phase !== 'paste');
    expect(peeled.length).toBeGreaterThan(10);
    for (let i = 1; i < peeled.length; i++) {
      expect(peeled[i].n).toBeLessThan(peeled[i - 1].n);
      expect(peeled[i].n).toBeGreaterThanOrEqual(Math.floor(0.9 * peeled[i - 1].n));
      expect(peeled[i].coverage).toBeLessThanOrEqual(peeled[i - 1].coverage);
      expect(peeled[i].mass).toBeGreaterThanOrEqual(0.1);
    }
    expect(peeled[peeled.length - 1].density).toBeGreaterThan(peeled[0].density);
  });

  it('pasting only enlarges the chosen box and raises its density', () => {
    const { dimensions, y } = planted(2000, 4, 0.05);
    // A box deep on the trajectory (peeled past the planted limits) is what pasting can widen.
    const result = prim(dimensions, y, { index: 35 }, { pasteAlpha: 0.05 });
    const chosen = result.trajectory[result.chosen];
    const pasted = result.trajectory.filter((b) => b.phase === 'paste');
    expect(pasted.length).toBeGreaterThan(0);
    let previous = chosen;
    for (const box of pasted) {
      expect(box.n).toBeGreaterThan(previous.n);
      expect(box.density).toBeGreaterThan(previous.density);
      box.limits.forEach((l, j) => {
        const before = previous.limits[j];
        if (l.kind === 'numeric' && before.kind === 'numeric') {
          expect(l.lower).toBeLessThanOrEqual(before.lower);
          expect(l.upper).toBeGreaterThanOrEqual(before.upper);
        }
      });
      previous = box;
    }
    expect(result.box).toBe(pasted.length > 0 ? pasted[pasted.length - 1] : chosen);
  });

  it('peels a categorical dimension one category at a time and keeps the category that matters', () => {
    const stream = new RandomStream('categories');
    const rows = 1200;
    const region = Array.from({ length: rows }, () => ['a', 'b', 'c', 'd'][stream.int(4)]);
    const x = Float64Array.from({ length: rows }, () => stream.uniform());
    const on = Array.from({ length: rows }, () => (stream.uniform() < 0.5 ? 'true' : 'false'));
    const y = region.map((r, i) => Number((r === 'b' || r === 'c') && x[i] > 0.3 && stream.uniform() < 0.95));
    const result = prim(
      [{ name: 'region', kind: 'categorical', values: region }, { name: 'x', kind: 'numeric', values: x }, { name: 'on', kind: 'categorical', values: on }],
      y, { threshold: 0.85 },
    );
    const limit = result.box.limits[0];
    expect(limit.kind === 'categorical' && limit.categories).toEqual(['b', 'c']);
    expect(limit.kind === 'categorical' && limit.quasiP!).toBeLessThan(1e-6);
    expect(result.box.restricted).toContain('region');
    expect(result.box.restricted).not.toContain('on');
    // Each peel of the categorical dimension drops exactly one category.
    const kept = result.trajectory.map((b) => (b.limits[0].kind === 'categorical' ? b.limits[0].categories.length : 0));
    for (let i = 1; i < kept.length; i++) expect(kept[i - 1] - kept[i]).toBeLessThanOrEqual(1);
  });

  it('is deterministic: the same data give the same trajectory, whatever the dimension order of ties', () => {
    const { dimensions, y } = planted(800, 3, 0.05, 'again');
    expect(JSON.stringify(prim(dimensions, y))).toBe(JSON.stringify(prim(dimensions, y)));
  });

  it('never splits tied values (replications share their inputs)', () => {
    expect(tieAwareQuantile([1, 1, 1, 2, 3], 0.05)).toBe(1.5);
    expect(tieAwareQuantile([1, 2, 3, 3, 3], 0.95)).toBe(2.5);
    // At an exact order statistic it moves half-way to the next value, as sdtoolkit and EMA Workbench do.
    expect(tieAwareQuantile([1, 2, 3, 4, 5], 0.25)).toBe(2.5);
  });

  it('binomial upper tail matches hand values', () => {
    // P(X >= 2), X ~ Bin(3, 0.5) = 4/8.
    expect(binomialUpperTail(2, 3, 0.5)).toBeCloseTo(0.5, 12);
    // P(X >= 3), X ~ Bin(3, 0.2) = 0.008.
    expect(binomialUpperTail(3, 3, 0.2)).toBeCloseTo(0.008, 12);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
  });

  it('refuses bad options and an index off the trajectory', () => {
    const { dimensions, y } = planted(50, 2, 0);
    expect(() => prim(dimensions, y, { threshold: 0.8 }, { peelAlpha: 0.7 })).toThrow(/peelAlpha/);
    expect(() => prim(dimensions, y, { index: 999 })).toThrow(/does not exist/);
    expect(() => prim(dimensions, [], { threshold: 0.8 })).toThrow();
  });
});

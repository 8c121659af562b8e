// Sobol' indices by Saltelli sampling on the Ishigami function (a = 7, b = 0.1), whose indices are known
// analytically (Ishigami & Homma 1990; formulas in Saltelli et al. 2008, Global Sensitivity Analysis: The Primer).
import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../src/rng/index.js';
import { saltelliDesign, sobolAnalyze } from '../../src/stats/index.js';

const a = 7;
const b = 0.1;
const ishigami = (v: Record<string, number>) => Math.sin(v.x1) + a * Math.sin(v.x2) ** 2 + b * v.x3 ** 4 * Math.sin(v.x1);
const pi4 = Math.PI ** 4;
const pi8 = Math.PI ** 8;
const V = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi8) / 18 + 0.5;
const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
const V2 = (a * a) / 8;
const V13 = b * b * pi8 * (1 / 18 - 1 / 50);
// S1 ≈ 0.314, S2 ≈ 0.442, S3 = 0; ST1 ≈ 0.558, ST2 ≈ 0.442, ST3 ≈ 0.244
const exact = { first: [V1 / V, V2 / V, 0], total: [(V1 + V13) / V, V2 / V, V13 / V] };
const ranges = ['x1', 'x2', 'x3'].map((path) => ({ path, lo: -Math.PI, hi: Math.PI }));

describe('Sobol indices (Saltelli design, Saltelli 2010 S1, Jansen ST)', () => {
  it('the published values are what the formulas give', () => {
    expect(exact.first.map((x) => +x.toFixed(3))).toEqual([0.314, 0.442, 0]);
    expect(exact.total.map((x) => +x.toFixed(3))).toEqual([0.558, 0.442, 0.244]);
  });

  it('lays out N(k + 2) points as A, A_B^(1..k), B per base row', () => {
    const d = saltelliDesign({ ranges, baseSamples: 4 });
    expect(d.points).toHaveLength(4 * 5);
    expect(d.points.map((p) => p.runId)).toEqual([...Array(20).keys()]);
    for (let j = 0; j < 4; j++) {
      const row = d.points.slice(j * 5, j * 5 + 5).map((p) => [p.values.x1, p.values.x2, p.values.x3]);
      const [A, AB1, AB2, AB3, B] = row;
      expect(AB1).toEqual([B[0], A[1], A[2]]);
      expect(AB2).toEqual([A[0], B[1], A[2]]);
      expect(AB3).toEqual([A[0], A[1], B[2]]);
    }
  });

  it('recovers the Ishigami indices within ±0.01 (N = 4096 Sobol points), CIs covering the truth', () => {
    const design = saltelliDesign({ ranges, baseSamples: 4096 });
    const outputs = design.points.map((p) => ishigami(p.values));
    const result = sobolAnalyze(design, outputs, { bootstrap: { resamples: 300, stream: new RandomStream('sobol-boot') } });
    expect(result.variance).toBeCloseTo(V, 1);
    result.indices.forEach((index, i) => {
      expect(Math.abs(index.firstOrder - exact.first[i])).toBeLessThan(0.01);
      expect(Math.abs(index.totalOrder - exact.total[i])).toBeLessThan(0.01);
      expect(index.firstOrderCiLow).toBeLessThan(exact.first[i]);
      expect(index.firstOrderCiHigh).toBeGreaterThan(exact.first[i]);
      expect(index.totalOrderCiLow).toBeLessThan(exact.total[i]);
      expect(index.totalOrderCiHigh).toBeGreaterThan(exact.total[i]);
    });
  });

  it('plain Monte Carlo sampling is reproducible from its seed but needs more runs for the same accuracy', () => {
    const design = saltelliDesign({ ranges, baseSamples: 4096, sampler: { stream: new RandomStream('mc') } });
    const small = saltelliDesign({ ranges, baseSamples: 16, sampler: { stream: new RandomStream('mc') } });
    expect(small.points).toEqual(design.points.slice(0, 16 * 5));
    const result = sobolAnalyze(design, design.points.map((p) => ishigami(p.values)));
    result.indices.forEach((index, i) => {
      expect(Math.abs(index.firstOrder - exact.first[i])).toBeLessThan(0.06);
      expect(Math.abs(index.totalOrder - exact.total[i])).toBeLessThan(0.06);
    });
  });

  it('checks the output count and gives NaN for a constant output', () => {
    const design = saltelliDesign({ ranges, baseSamples: 8 });
    expect(() => sobolAnalyze(design, [1, 2])).toThrow(/40 points but 2 outputs/);
    expect(sobolAnalyze(design, design.points.map(() => 3)).indices[0].firstOrder).toBeNaN();
  });
});

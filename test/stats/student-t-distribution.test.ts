// Student t CDF and quantile against published t tables and the closed forms for 1–3 degrees of freedom.
import { describe, expect, it } from 'vitest';
import { studentTCdf, studentTQuantile, studentTTwoSidedP } from '../../src/stats/index.js';

const close = (actual: number, expected: number, relative = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));

describe('Student t', () => {
  // Upper percentage points as in t tables (Abramowitz & Stegun Table 26.10); digits beyond the
  // table's 6 from R qt() / SciPy stats.t.ppf, which agree.
  const table: [number, number, number][] = [
    [0.975, 9, 2.262157162798205], [0.975, 1, 12.706204736174694], [0.975, 30, 2.0422724563012378],
    [0.95, 10, 1.8124611228116756], [0.995, 5, 4.032142983555228], [0.975, 2, 4.302652729749462],
    [0.975, 120, 1.9799304050824402], [0.975, 7, 2.364624251592784], [0.025, 4, -2.7764451051977943],
    [0.9995, 3, 12.923978636687961],
  ];
  it.each(table)('quantile p=%s, df=%s is %s', (p, df, expected) => {
    close(studentTQuantile(p, df), expected, 1e-10);
    close(studentTCdf(expected, df), p, 1e-12);
  });

  it('matches the textbook 6-decimal values', () => {
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.262157, 6);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
  });

  it('two-sided p for t = 2.5 on 10 df is 0.0314', () => {
    close(studentTTwoSidedP(2.5, 10), 0.03144684423660882, 1e-12);
    close(studentTTwoSidedP(-2.5, 10), 0.03144684423660882, 1e-12);
    expect(studentTTwoSidedP(0, 10)).toBe(1);
  });

  it('agrees with the closed forms for 1, 2 and 3 degrees of freedom everywhere', () => {
    for (const t of [-50, -3, -1, -0.2, 0, 0.7, 2, 9, 1e4]) {
      close(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-13); // Cauchy
      close(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-13);
      const u = t / Math.sqrt(3);
      close(studentTCdf(t, 3), 0.5 + (Math.atan(u) + u / (1 + u * u)) / Math.PI, 1e-13);
    }
  });

  it('keeps relative precision in far tails and inverts its own CDF', () => {
    const tail = studentTCdf(-40, 5); // closed-form-free check: quantile(cdf(t)) = t
    expect(tail).toBeGreaterThan(0);
    close(studentTQuantile(tail, 5), -40, 1e-10);
    close(studentTQuantile(1e-100, 1000), -23.930617087826437, 1e-12); // SciPy stats.t.ppf
    close(studentTQuantile(1e-20, 4), -131607.4012825853, 1e-12);
    for (const df of [1.5, 4, 17.5, 250, 1e5]) {
      for (const p of [1e-12, 1e-4, 0.05, 0.4, 0.6, 0.99]) close(studentTCdf(studentTQuantile(p, df), df), p, 1e-11);
    }
  });

  it('tends to the normal for huge df', () => {
    close(studentTQuantile(0.975, Infinity), 1.959963984540054, 1e-14);
    close(studentTQuantile(0.975, 1e9), 1.959963984540054, 1e-8);
  });

  it('rejects non-positive degrees of freedom', () => {
    expect(() => studentTCdf(1, 0)).toThrow(/degrees of freedom/);
  });
});

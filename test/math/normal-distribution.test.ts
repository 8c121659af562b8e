// Normal CDF and quantile against standard table values.
import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile } from '../../src/math/normal-distribution.js';

const close = (actual: number, expected: number, relative = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));

describe('normal', () => {
  it('matches standard values (Abramowitz & Stegun Table 26.1; digits from R pnorm/qnorm)', () => {
    close(normalCdf(1.96), 0.9750021048517795, 1e-15);
    close(normalCdf(-3), 0.0013498980316300933, 1e-14);
    close(normalCdf(-10) / 7.61985302416047e-24, 1, 1e-12);
    close(normalQuantile(0.975), 1.959963984540054, 1e-15);
    close(normalQuantile(0.995), 2.5758293035489004, 1e-15);
    close(normalQuantile(1e-10), -6.361340902404056, 1e-14);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalCdf(3, 3, 2)).toBe(0.5);
  });
});

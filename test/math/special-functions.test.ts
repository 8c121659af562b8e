// Log-gamma and the regularized incomplete beta against exact values.
import { describe, expect, it } from 'vitest';
import { logGamma, regularizedIncompleteBeta } from '../../src/math/special-functions.js';

const close = (actual: number, expected: number, relative = 1e-9) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));

describe('special functions', () => {
  it('log-gamma matches factorials and Γ(½) = √π', () => {
    close(logGamma(10), Math.log(362880), 1e-14);
    close(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    close(logGamma(171), Math.log(7.257415615307994e306), 1e-13);
  });

  it('incomplete beta matches the binomial sum for integer a, b: I_½(2, 3) = 11/16', () => {
    close(regularizedIncompleteBeta(0.5, 2, 3), 11 / 16, 1e-14);
    // I_x(1, b) = 1 − (1 − x)^b
    close(regularizedIncompleteBeta(0.3, 1, 7), 1 - 0.7 ** 7, 1e-14);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});

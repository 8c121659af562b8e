// The one-sided exact binomial test: the probability of at least k successes in n trials of
// probability p (scipy's binomtest(k, n, p, alternative='greater')), for PRIM's quasi-p-values.
import { regularizedIncompleteBeta } from '../math/special-functions.js';

/** P(X ≥ k) for X ~ Binomial(n, p): 1 for k ≤ 0, 0 for k > n, else I_p(k, n − k + 1). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return regularizedIncompleteBeta(p, k, n - k + 1);
}

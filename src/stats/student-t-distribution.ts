// Student's t distribution: CDF through the regularized incomplete beta, and the quantile by a
// bracketed Newton iteration on the log tail probability (both accurate to ~1e-12 or better).
import { logBeta, regularizedIncompleteBeta } from '../math/special-functions.js';
import { normalCdf, normalQuantile } from '../math/normal-distribution.js';
import { statsMessages } from './stats-messages.js';

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(statsMessages.badDegreesOfFreedom(df));
}

/** Density of t with `df` degrees of freedom. */
export function studentTPdf(t: number, df: number): number {
  checkDf(df);
  if (df === Infinity) return Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  return Math.exp(-((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}

/** Upper tail P(T > |t|), computed directly so that small tails keep relative precision. */
function upperTail(absT: number, df: number): number {
  if (df === Infinity) return normalCdf(-absT);
  if (absT === Infinity) return 0;
  const t2 = absT * absT;
  // P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½), with 1 − x = t²/(ν + t²) formed without cancellation.
  return 0.5 * regularizedIncompleteBeta(df / (df + t2), df / 2, 0.5, t2 / (df + t2));
}

/** P(T ≤ t) for Student's t with `df` > 0 degrees of freedom (df = Infinity gives the normal). */
export function studentTCdf(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return Number.NaN;
  const tail = upperTail(Math.abs(t), df);
  return t < 0 ? tail : 1 - tail;
}

/** Two-sided p-value P(|T| ≥ |t|) of a t statistic. */
export function studentTTwoSidedP(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) return Number.NaN;
  return Math.min(1, 2 * upperTail(Math.abs(t), df));
}

/** Cornish–Fisher expansion of the t quantile around the normal one (Abramowitz & Stegun 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  return z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
}

/** t > 0 with P(T > t) = q, for 0 < q < ½. */
function upperQuantile(q: number, df: number): number {
  // −Φ⁻¹(q) rather than Φ⁻¹(1 − q): 1 − q rounds to 1 for tiny q.
  let t = Math.max(cornishFisher(-normalQuantile(q), df), 1e-300);
  let lo = 0;
  let hi = Infinity;
  const logQ = Math.log(q);
  for (let iter = 0; iter < 200; iter++) {
    const tail = upperTail(t, df);
    if (tail > q) lo = t;
    else hi = t;
    // Newton on ln P(T > t) against ln t: the tail is close to a power law there, so the step is nearly exact.
    const slope = (-t * studentTPdf(t, df)) / tail;
    let next = t * Math.exp(-(Math.log(tail) - logQ) / slope);
    if (!(next > lo && next < hi) || !Number.isFinite(next)) next = hi === Infinity ? 2 * lo : 0.5 * (lo + hi);
    if (Math.abs(next - t) <= 1e-15 * t) return next;
    t = next;
  }
  return t;
}

/** The t with P(T ≤ t) = p for Student's t with `df` degrees of freedom (e.g. 0.975 quantile for a 95% CI). */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normalQuantile(p);
  // Closed forms for one and two degrees of freedom (exact, and where Newton is slowest).
  // tan(π(p − ½)) written as ∓cot(π·tail) so a tiny p is not rounded away by the subtraction.
  if (df === 1) return p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  return p < 0.5 ? -upperQuantile(p, df) : upperQuantile(1 - p, df);
}

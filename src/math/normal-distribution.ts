// Standard normal distribution: density, CDF (via the incomplete gamma, ~1e-15) and quantile
// (Acklam's rational approximation polished by one Halley step, ~1e-15).
import { regularizedGamma } from './special-functions.js';

const INV_SQRT_2PI = 0.3989422804014327;

/** Density φ(z) of the standard normal. */
export function normalPdf(z: number): number {
  return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
}

/**
 * Φ(z) = P(Z ≤ z) for the standard normal, with mean/sd for a general normal.
 * Uses erfc(x) = Q(½, x²), so lower-tail probabilities keep full relative precision down to ~1e-300.
 */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  const z = (x - mean) / sd;
  if (Number.isNaN(z)) return Number.NaN;
  const { lower, upper } = regularizedGamma(0.5, 0.5 * z * z);
  // For z < 0, Φ(z) = ½ erfc(|z|/√2) = ½ Q(½, z²/2); for z ≥ 0, Φ(z) = ½ (1 + P(½, z²/2)).
  return z < 0 ? 0.5 * upper : 0.5 + 0.5 * lower;
}

// Acklam (2003) coefficients, relative error 1.15e-9 before refinement.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** Lower-half quantile (p ≤ ½), where p is represented exactly. */
function lowerQuantile(p: number): number {
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
  // One Halley step on Φ(x) − p brings the error to machine precision (Acklam's recommended refinement).
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * x * x);
  return x - u / (1 + 0.5 * x * u);
}

/** Φ⁻¹(p): the z with P(Z ≤ z) = p, for 0 ≤ p ≤ 1 (±Infinity at the ends), with mean/sd for a general normal. */
export function normalQuantile(p: number, mean = 0, sd = 1): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return mean;
  // 1 − p is exact for p ≥ ½ (Sterbenz), so the symmetry loses nothing.
  const z = p < 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
  return mean + sd * z;
}

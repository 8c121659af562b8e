// Discrete power-law tail fit (Clauset, Shalizi & Newman 2009, "Power-law distributions in empirical
// data", SIAM Review 51:661): for each candidate x_min the exponent α is the maximum-likelihood value
// of p(x) = x^−α / ζ(α, x_min) over the values ≥ x_min, and the x_min kept is the one whose fit has the
// smallest Kolmogorov–Smirnov distance to the empirical tail. Used for the patents-per-applicant and
// degree distributions (heavy tails, MODEL.md pattern 7).

/** Bernoulli numbers B2, B4, … B12 divided by (2j)!, for the Euler–Maclaurin tail of ζ. */
const BERNOULLI_OVER_FACTORIAL = [1 / 12, -1 / 720, 1 / 30240, -1 / 1209600, 1 / 47900160, -691 / 1307674368000];
/** Terms summed directly before the Euler–Maclaurin correction. */
const DIRECT_TERMS = 12;

/** The Hurwitz zeta function ζ(s, q) = Σ_{k≥0} (q + k)^−s for s > 1, q > 0 (Euler–Maclaurin; ~1e-12 relative). */
export function hurwitzZeta(s: number, q: number): number {
  if (!(s > 1) || !(q > 0)) return Number.NaN;
  let sum = 0;
  for (let k = 0; k < DIRECT_TERMS; k++) sum += (q + k) ** -s;
  const a = q + DIRECT_TERMS;
  sum += a ** (1 - s) / (s - 1) + 0.5 * a ** -s;
  // Σ_j B_2j/(2j)! · s(s+1)…(s+2j−2) · a^(−s−2j+1)
  let rising = s;
  let power = a ** (-s - 1);
  for (let j = 0; j < BERNOULLI_OVER_FACTORIAL.length; j++) {
    sum += BERNOULLI_OVER_FACTORIAL[j] * rising * power;
    rising *= (s + 2 * j + 1) * (s + 2 * j + 2);
    power /= a * a;
  }
  return sum;
}

export interface PowerLawFit {
  /** The fitted exponent α of p(x) ∝ x^−α for x ≥ xMin. */
  alpha: number;
  /** The lower bound of the tail chosen by the smallest Kolmogorov–Smirnov distance. */
  xMin: number;
  /** Values ≥ xMin (the tail the exponent is fitted to). */
  tailCount: number;
  /** Kolmogorov–Smirnov distance between the tail and the fit. */
  ks: number;
  /** Asymptotic standard error of α: (α − 1) / √tailCount. */
  alphaSe: number;
}

export interface PowerLawOptions {
  /** Smallest tail a candidate x_min may leave (default 10): shorter tails give no usable fit. */
  minTail?: number;
  /** Largest exponent searched (default 10). */
  maxAlpha?: number;
}

const ALPHA_FLOOR = 1 + 1e-6;

/**
 * Fits a discrete power-law tail to positive integer values (zeros and negatives are left out: a
 * power law lives on x ≥ 1). Returns undefined when no candidate x_min leaves `minTail` values.
 */
export function fitDiscretePowerLaw(values: ArrayLike<number>, options: PowerLawOptions = {}): PowerLawFit | undefined {
  const minTail = options.minTail ?? 10;
  const maxAlpha = options.maxAlpha ?? 10;
  const sorted = Array.from(values).filter((v) => v >= 1).map((v) => Math.round(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n < minTail) return undefined;
  // Suffix sums of ln x, so each candidate's likelihood costs O(1) per α.
  const logSuffix = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) logSuffix[i] = logSuffix[i + 1] + Math.log(sorted[i]);
  let best: PowerLawFit | undefined;
  for (let start = 0; start < n; ) {
    const xMin = sorted[start];
    const tail = n - start;
    if (tail < minTail) break;
    const sumLog = logSuffix[start];
    const logLikelihood = (alpha: number) => -tail * Math.log(hurwitzZeta(alpha, xMin)) - alpha * sumLog;
    const alpha = goldenMaximum(logLikelihood, ALPHA_FLOOR, maxAlpha);
    const ks = ksDistance(sorted, start, alpha, xMin);
    if (best === undefined || ks < best.ks) best = { alpha, xMin, tailCount: tail, ks, alphaSe: (alpha - 1) / Math.sqrt(tail) };
    while (start < n && sorted[start] === xMin) start++;
  }
  return best;
}

/** Largest distance between the tail's empirical CDF and the fitted one, at each distinct value. */
function ksDistance(sorted: number[], start: number, alpha: number, xMin: number): number {
  const n = sorted.length;
  const tail = n - start;
  const norm = hurwitzZeta(alpha, xMin);
  let d = 0;
  for (let i = start; i < n; ) {
    const x = sorted[i];
    while (i < n && sorted[i] === x) i++;
    const empirical = (i - start) / tail;
    const fitted = 1 - hurwitzZeta(alpha, x + 1) / norm;
    d = Math.max(d, Math.abs(empirical - fitted));
  }
  return d;
}

/** Maximum of a unimodal function on [lo, hi] by golden-section search (to 1e-7). */
function goldenMaximum(f: (x: number) => number, lo: number, hi: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = f(c);
  let fd = f(d);
  while (b - a > 1e-7) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}

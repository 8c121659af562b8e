// Variant-vs-baseline comparison of replication outputs run with common random numbers: the paired
// t analysis of the differences, and the unpaired Welch analysis beside it to show what pairing gains.
import { mean as ssMean, sampleVariance } from 'simple-statistics';
import { asNumberArray, assertConfidenceLevel, assertFinite } from './input-checks.js';
import { statsMessages } from './stats-messages.js';
import { studentTQuantile, studentTTwoSidedP } from './student-t-distribution.js';

/** A t-based estimate of a difference of means with its two-sided test of "no difference". */
export interface DifferenceEstimate {
  /** Variant mean − baseline mean, in the indicator's units. */
  meanDiff: number;
  /** Standard error of meanDiff. */
  se: number;
  df: number;
  ciLow: number;
  ciHigh: number;
  tStatistic: number;
  /** Two-sided p-value of H0: equal means. */
  pValue: number;
}

export interface PairedComparison {
  n: number;
  confidenceLevel: number;
  baselineMean: number;
  variantMean: number;
  /** Paired analysis: t on the per-replication differences variant[i] − baseline[i], df = n − 1. */
  paired: DifferenceEstimate;
  /** Unpaired Welch analysis of the same numbers (what independent seeds would have given). */
  welch: DifferenceEstimate;
  /** meanDiff / |baseline mean| (so +0.1 means a 10% increase); null when the baseline mean is 0. */
  relativeChange: number | null;
  /** Cohen's d_z = mean difference / sd of the differences (effect size of the paired design). */
  cohensDz: number;
  /** Cohen's d = mean difference / pooled sd of the two samples (comparable to unpaired studies). */
  cohensD: number;
  /** Pearson correlation of baseline and variant across replications: how much the CRN pairing helps. */
  correlation: number;
}

const EMPTY: DifferenceEstimate = {
  meanDiff: Number.NaN, se: Number.NaN, df: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN,
  tStatistic: Number.NaN, pValue: Number.NaN,
};

/**
 * t interval and test for a difference with standard error `se` on `df` degrees of freedom.
 * se = 0 (identical replications) gives a zero-width interval and p = 1 (no difference) or 0.
 */
function differenceEstimate(meanDiff: number, se: number, df: number, confidenceLevel: number): DifferenceEstimate {
  if (!(df > 0) || Number.isNaN(se)) return { ...EMPTY, meanDiff };
  if (se === 0) {
    return { meanDiff, se, df, ciLow: meanDiff, ciHigh: meanDiff, tStatistic: meanDiff === 0 ? 0 : Math.sign(meanDiff) * Infinity, pValue: meanDiff === 0 ? 1 : 0 };
  }
  const halfWidth = studentTQuantile((1 + confidenceLevel) / 2, df) * se;
  const tStatistic = meanDiff / se;
  return { meanDiff, se, df, ciLow: meanDiff - halfWidth, ciHigh: meanDiff + halfWidth, tStatistic, pValue: studentTTwoSidedP(tStatistic, df) };
}

function moments(values: ArrayLike<number>): { n: number; mean: number; variance: number } {
  const n = values.length;
  return {
    n,
    mean: n > 0 ? ssMean(asNumberArray(values)) : Number.NaN,
    variance: n > 1 ? sampleVariance(asNumberArray(values)) : Number.NaN,
  };
}

/**
 * Welch's unequal-variance t interval and test for mean(b) − mean(a), with Welch–Satterthwaite df
 * (Welch 1947). Samples may differ in length; each needs n ≥ 2.
 */
export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>, confidenceLevel = 0.95): DifferenceEstimate {
  assertConfidenceLevel(confidenceLevel);
  assertFinite(a, 'Welch test, first sample');
  assertFinite(b, 'Welch test, second sample');
  const ma = moments(a);
  const mb = moments(b);
  const meanDiff = mb.mean - ma.mean;
  if (ma.n < 2 || mb.n < 2) return { ...EMPTY, meanDiff };
  const va = ma.variance / ma.n;
  const vb = mb.variance / mb.n;
  const se = Math.sqrt(va + vb);
  // With both variances zero the df formula is 0/0; the interval is then degenerate anyway.
  const df = se === 0 ? ma.n + mb.n - 2 : ((va + vb) * (va + vb)) / ((va * va) / (ma.n - 1) + (vb * vb) / (mb.n - 1));
  return differenceEstimate(meanDiff, se, df, confidenceLevel);
}

/** Paired t interval and test for the mean of variant[i] − baseline[i] (df = n − 1). */
export function pairedTTest(baseline: ArrayLike<number>, variant: ArrayLike<number>, confidenceLevel = 0.95): DifferenceEstimate {
  assertConfidenceLevel(confidenceLevel);
  const diffs = differences(baseline, variant);
  const md = moments(diffs);
  return differenceEstimate(md.mean, Math.sqrt(md.variance / md.n), md.n - 1, confidenceLevel);
}

function differences(baseline: ArrayLike<number>, variant: ArrayLike<number>): Float64Array {
  if (baseline.length !== variant.length) {
    throw new RangeError(statsMessages.lengthMismatch('paired comparison', baseline.length, variant.length));
  }
  assertFinite(baseline, 'paired comparison, baseline');
  assertFinite(variant, 'paired comparison, variant');
  const diffs = new Float64Array(baseline.length);
  for (let i = 0; i < diffs.length; i++) diffs[i] = variant[i] - baseline[i];
  return diffs;
}

/**
 * Compares a variant with the baseline from arrays aligned by replication (element i of both came from
 * replication i, i.e. the same seeds). Reports the paired difference with its CI and p-value, the Welch
 * (unpaired) versions of both, relative change, Cohen's d_z and d, and the baseline–variant correlation.
 * Undefined quantities are NaN (n < 2; d when the sd is 0 and the difference is 0), ±Infinity for a
 * nonzero difference with zero spread. References: Cohen (1988) for d; Lakens (2013) for d_z.
 */
export function comparePaired(
  baseline: ArrayLike<number>,
  variant: ArrayLike<number>,
  confidenceLevel = 0.95,
): PairedComparison {
  assertConfidenceLevel(confidenceLevel);
  const diffs = differences(baseline, variant);
  const n = diffs.length;
  const mb = moments(baseline);
  const mv = moments(variant);
  const md = moments(diffs);
  const paired = differenceEstimate(md.mean, Math.sqrt(md.variance / n), n - 1, confidenceLevel);
  const welch = welchTTest(baseline, variant, confidenceLevel);
  const sdDiff = Math.sqrt(md.variance);
  const pooledSd = Math.sqrt((mb.variance + mv.variance) / 2); // equal n: the pooled variance is the plain average
  let covariance = 0;
  for (let i = 0; i < n; i++) covariance += (baseline[i] - mb.mean) * (variant[i] - mv.mean);
  covariance /= n - 1;
  return {
    n,
    confidenceLevel,
    baselineMean: mb.mean,
    variantMean: mv.mean,
    paired,
    welch,
    relativeChange: mb.mean === 0 || Number.isNaN(mb.mean) ? null : md.mean / Math.abs(mb.mean),
    cohensDz: md.mean / sdDiff,
    cohensD: md.mean / pooledSd,
    correlation: covariance / Math.sqrt(mb.variance * mv.variance),
  };
}

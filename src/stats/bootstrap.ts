// Nonparametric bootstrap percentile intervals (Efron & Tibshirani 1993, ch. 13), drawing resample
// indices from a seeded RandomStream so intervals are reproducible.
import type { RandomStream } from '../rng/index.js';
import { assertConfidenceLevel, assertPositiveInteger } from './input-checks.js';
import { quantileSorted } from './sample-quantile.js';

export interface BootstrapOptions {
  /** Number of resamples B (e.g. 1,000 for a 95% interval; percentile ends need B ≥ ~1,000 to settle). */
  resamples: number;
  /** Seeded stream the resample indices are drawn from; its state advances by B·n draws. */
  stream: RandomStream;
  /** Two-sided coverage, default 0.95. */
  confidenceLevel?: number;
}

export interface ConfidenceInterval {
  low: number;
  high: number;
}

/**
 * Draws `resamples` bootstrap resamples of n unit indices and hands each to `visit` (a reused buffer:
 * read it, don't keep it). Draw order: for b = 0..B−1, for i = 0..n−1, index = stream.int(n).
 */
export function forEachBootstrapResample(
  n: number,
  resamples: number,
  stream: RandomStream,
  visit: (indices: Uint32Array, resample: number) => void,
): void {
  assertPositiveInteger(resamples, 'bootstrap resamples');
  const indices = new Uint32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) indices[i] = stream.int(n);
    visit(indices, b);
  }
}

/**
 * Percentile interval of bootstrap estimates: type-7 quantiles at (1 − level)/2 and (1 + level)/2.
 * NaN estimates (degenerate resamples) are dropped; all NaN gives [NaN, NaN].
 */
export function percentileInterval(estimates: ArrayLike<number>, confidenceLevel = 0.95): ConfidenceInterval {
  assertConfidenceLevel(confidenceLevel);
  const kept = Float64Array.from(estimates).filter((e) => !Number.isNaN(e)).sort();
  if (kept.length === 0) return { low: Number.NaN, high: Number.NaN };
  const alpha = 1 - confidenceLevel;
  return { low: quantileSorted(kept, alpha / 2), high: quantileSorted(kept, 1 - alpha / 2) };
}

/**
 * Percentile bootstrap CI of a statistic of n units resampled with replacement. `statistic` receives
 * the resampled unit indices, which lets one resample rows of several aligned arrays together.
 * Draws as in forEachBootstrapResample; NaN statistics are dropped as in percentileInterval.
 */
export function bootstrapIndexCi(
  n: number,
  statistic: (indices: Uint32Array) => number,
  options: BootstrapOptions,
): ConfidenceInterval {
  const level = options.confidenceLevel ?? 0.95;
  assertConfidenceLevel(level);
  if (n < 1) return { low: Number.NaN, high: Number.NaN };
  const estimates = new Float64Array(options.resamples);
  forEachBootstrapResample(n, options.resamples, options.stream, (indices, b) => {
    estimates[b] = statistic(indices);
  });
  return percentileInterval(estimates, level);
}

/** Percentile bootstrap CI of `statistic` over resamples of `values` (the resample buffer is reused). */
export function bootstrapPercentileCi(
  values: ArrayLike<number>,
  statistic: (resample: Float64Array) => number,
  options: BootstrapOptions,
): ConfidenceInterval {
  const resample = new Float64Array(values.length);
  return bootstrapIndexCi(
    values.length,
    (indices) => {
      for (let i = 0; i < indices.length; i++) resample[i] = values[indices[i]];
      return statistic(resample);
    },
    options,
  );
}

/** Plain mean of a typed array, the usual bootstrap statistic. */
export function arrayMean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

// Summary of one sample of replication outputs: mean, sd, type-7 percentiles and a 95% CI of the mean
// (Student t by default, bootstrap percentile on request). Mean and variance come from simple-statistics.
import { mean as ssMean, sampleVariance } from 'simple-statistics';
import { type BootstrapOptions, arrayMean, bootstrapPercentileCi } from './bootstrap.js';
import { asNumberArray, assertConfidenceLevel, assertFinite } from './input-checks.js';
import { quantileSorted, sortedCopy } from './sample-quantile.js';
import { studentTQuantile } from './student-t-distribution.js';

/** Quantiles are exact type-7 order statistics, or estimates from the streaming sketch (large n). */
export type QuantileMethod = 'exact-type7' | 'sketch';
/** How the CI of the mean was formed. */
export type CiMethod = 't' | 'bootstrap-percentile';

export interface SampleSummary {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 denominator); NaN for n < 2. */
  sd: number;
  /** Standard error of the mean, sd/√n. */
  se: number;
  min: number;
  max: number;
  median: number;
  p5: number;
  p25: number;
  p75: number;
  p95: number;
  /** Confidence interval of the mean; NaN when n < 2. */
  ciLow: number;
  ciHigh: number;
  confidenceLevel: number;
  ciMethod: CiMethod;
  quantileMethod: QuantileMethod;
}

export interface SummaryOptions {
  /** Two-sided coverage of the CI of the mean, default 0.95. */
  confidenceLevel?: number;
  /** Replace the t interval by a bootstrap percentile interval of the mean. */
  bootstrap?: Omit<BootstrapOptions, 'confidenceLevel'>;
  /** t quantiles kept across calls, for a caller summarising many samples of one size. */
  tQuantiles?: TQuantileMemo;
}

export interface MeanInterval {
  low: number;
  high: number;
  halfWidth: number;
}

const T_QUANTILES_KEPT = 1024;

/**
 * t quantiles already computed, owned by a caller that asks for the same one many times: a run's
 * statistics ask for it (same n) for every indicator and quarter, and each is an iterative
 * incomplete-beta inversion. The same numbers as `studentTQuantile`, bit for bit.
 */
export class TQuantileMemo {
  private readonly kept = new Map<string, number>();

  quantile(p: number, df: number): number {
    const key = `${p} ${df}`;
    let t = this.kept.get(key);
    if (t === undefined) {
      if (this.kept.size >= T_QUANTILES_KEPT) this.kept.clear();
      t = studentTQuantile(p, df);
      this.kept.set(key, t);
    }
    return t;
  }
}

/**
 * Student-t CI of a mean: mean ± t_{(1+level)/2, n−1}·sd/√n. NaN for n < 2; zero width when sd = 0.
 * Reference: any statistics text, e.g. Montgomery & Runger, Applied Statistics, §8.2.
 */
export function meanConfidenceInterval(n: number, mean: number, sd: number, confidenceLevel = 0.95, tQuantiles?: TQuantileMemo): MeanInterval {
  assertConfidenceLevel(confidenceLevel);
  if (n < 2 || !Number.isFinite(sd)) return { low: Number.NaN, high: Number.NaN, halfWidth: Number.NaN };
  const p = (1 + confidenceLevel) / 2;
  const halfWidth = sd === 0 ? 0 : ((tQuantiles ? tQuantiles.quantile(p, n - 1) : studentTQuantile(p, n - 1)) * sd) / Math.sqrt(n);
  return { low: mean - halfWidth, high: mean + halfWidth, halfWidth };
}

/**
 * Summary of a sample (e.g. one indicator at one quarter across replications). Quantiles are type 7
 * (R's default); the CI is t-based unless `options.bootstrap` is given. Values must be finite
 * (a RangeError names the first that is not). An empty sample gives n = 0 and NaN elsewhere.
 */
export function summarize(values: ArrayLike<number>, options: SummaryOptions = {}): SampleSummary {
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  assertConfidenceLevel(confidenceLevel);
  assertFinite(values, 'summary');
  const n = values.length;
  const sorted = sortedCopy(values);
  const mean = n > 0 ? ssMean(asNumberArray(values)) : Number.NaN;
  const sd = n > 1 ? Math.sqrt(sampleVariance(asNumberArray(values))) : Number.NaN;
  let ci: { low: number; high: number } = meanConfidenceInterval(n, mean, sd, confidenceLevel, options.tQuantiles);
  if (options.bootstrap && n >= 2) {
    ci = bootstrapPercentileCi(values, arrayMean, { ...options.bootstrap, confidenceLevel });
  }
  return {
    n,
    mean,
    sd,
    se: sd / Math.sqrt(n),
    min: n > 0 ? sorted[0] : Number.NaN,
    max: n > 0 ? sorted[n - 1] : Number.NaN,
    median: quantileSorted(sorted, 0.5),
    p5: quantileSorted(sorted, 0.05),
    p25: quantileSorted(sorted, 0.25),
    p75: quantileSorted(sorted, 0.75),
    p95: quantileSorted(sorted, 0.95),
    ciLow: ci.low,
    ciHigh: ci.high,
    confidenceLevel,
    ciMethod: options.bootstrap ? 'bootstrap-percentile' : 't',
    quantileMethod: 'exact-type7',
  };
}

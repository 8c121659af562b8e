// Sample quantiles by linear interpolation between order statistics: Hyndman & Fan (1996) type 7,
// the default of R's quantile() and NumPy's percentile(), so numbers can be checked in either.
import { statsMessages } from './stats-messages.js';

/**
 * Type-7 quantile of an ascending-sorted sample: with h = (n − 1)·p, the value
 * x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) (0-based). NaN for an empty sample.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(statsMessages.probabilityOutOfRange(p));
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  if (frac === 0) return sorted[lo];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

/** Ascending numeric copy of a sample (a Float64Array, so NaN-free input sorts numerically). */
export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** Type-7 quantile of an unsorted sample (sorts a copy; for several quantiles sort once and use quantileSorted). */
export function quantile(values: ArrayLike<number>, p: number): number {
  return quantileSorted(sortedCopy(values), p);
}

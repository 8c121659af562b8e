// Small helpers the chart builders share for turning records into inline chart data.

/** JSON has no NaN or Infinity; null is what Vega-Lite treats as a missing value. */
export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Distinct values in order of first appearance: the order the caller gave scenarios and indicators in. */
export function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

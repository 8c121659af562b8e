// Statistics of a weighted sample (an ABC population, an ensemble of parameter sets): mean, variance,
// correlation and quantiles, the weights normalised internally so any positive scale will do.

/** Σ wᵢxᵢ / Σ wᵢ. */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    sum += weights[i] * values[i];
    total += weights[i];
  }
  return sum / total;
}

/** Σ wᵢ(xᵢ − x̄)² / Σ wᵢ (the population form: an ensemble is the distribution, not a sample of it). */
export function weightedVariance(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const mean = weightedMean(values, weights);
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    sum += weights[i] * (values[i] - mean) * (values[i] - mean);
    total += weights[i];
  }
  return sum / total;
}

/** Weighted Pearson correlation; NaN when either variable is constant. */
export function weightedCorrelation(x: ArrayLike<number>, y: ArrayLike<number>, weights: ArrayLike<number>): number {
  const mx = weightedMean(x, weights);
  const my = weightedMean(y, weights);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += weights[i] * (x[i] - mx) * (y[i] - my);
    sxx += weights[i] * (x[i] - mx) * (x[i] - mx);
    syy += weights[i] * (y[i] - my) * (y[i] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/**
 * Weighted quantile: each value stands at the middle of its weight on the cumulative scale
 * ((Sᵢ − wᵢ/2)/W), linear in between, the extremes beyond the first and last midpoints. With equal
 * weights this is Hyndman & Fan's type 5. NaN for an empty sample.
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number {
  const order = Array.from({ length: values.length }, (_, i) => i).filter((i) => weights[i] > 0).sort((a, b) => values[a] - values[b]);
  if (order.length === 0) return Number.NaN;
  let total = 0;
  for (const i of order) total += weights[i];
  let cumulative = 0;
  let previousPosition = Number.NaN;
  let previousValue = Number.NaN;
  for (const i of order) {
    const position = (cumulative + weights[i] / 2) / total;
    cumulative += weights[i];
    if (p <= position) {
      if (Number.isNaN(previousPosition)) return values[i];
      return previousValue + ((p - previousPosition) / (position - previousPosition)) * (values[i] - previousValue);
    }
    previousPosition = position;
    previousValue = values[i];
  }
  return previousValue;
}

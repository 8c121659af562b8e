// Weighted least squares of one response on several predictors, reported as standardised
// coefficients (β·sd(x)/sd(y)): which parameter moves an effect most across an ensemble.
import { weightedMean, weightedVariance } from './weighted-sample.js';

/**
 * Standardised coefficients of y on the columns of x (rows = observations), by weighted least
 * squares with an intercept. A constant predictor, a constant response or a singular system gives 0
 * for the coefficients it cannot estimate.
 */
export function standardizedCoefficients(x: readonly number[][], y: readonly number[], weights: readonly number[]): number[] {
  const k = x[0]?.length ?? 0;
  const sdY = Math.sqrt(weightedVariance(y, weights));
  if (!(sdY > 0)) return new Array<number>(k).fill(0);
  // Standardise the predictors first, so the normal equations are well scaled and β is standardised.
  const columns = Array.from({ length: k }, (_, j) => x.map((row) => row[j]));
  const means = columns.map((c) => weightedMean(c, weights));
  const sds = columns.map((c) => Math.sqrt(weightedVariance(c, weights)));
  const used = sds.map((sd) => sd > 0);
  const index = used.flatMap((u, j) => (u ? [j] : []));
  const m = index.length;
  const yMean = weightedMean(y, weights);
  // Normal equations of the centred, scaled system (the intercept is then zero).
  const a = Array.from({ length: m }, () => new Array<number>(m + 1).fill(0));
  for (let i = 0; i < y.length; i++) {
    const z = index.map((j) => (x[i][j] - means[j]) / sds[j]);
    const r = (y[i] - yMean) / sdY;
    for (let p = 0; p < m; p++) {
      for (let q = 0; q < m; q++) a[p][q] += weights[i] * z[p] * z[q];
      a[p][m] += weights[i] * z[p] * r;
    }
  }
  const solution = solve(a, m);
  const beta = new Array<number>(k).fill(0);
  index.forEach((j, p) => (beta[j] = solution[p]));
  return beta;
}

/** Gaussian elimination with partial pivoting on an augmented m × (m + 1) matrix; 0 where singular. */
function solve(a: number[][], m: number): number[] {
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let row = col + 1; row < m; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    if (Math.abs(a[col][col]) < SINGULAR) continue;
    for (let row = 0; row < m; row++) {
      if (row === col) continue;
      const f = a[row][col] / a[col][col];
      for (let c = col; c <= m; c++) a[row][c] -= f * a[col][c];
    }
  }
  return Array.from({ length: m }, (_, i) => (Math.abs(a[i][i]) < SINGULAR ? 0 : a[i][m] / a[i][i]));
}

/** A pivot this small (on predictors scaled to unit variance) means collinear predictors. */
const SINGULAR = 1e-10;

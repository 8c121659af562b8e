// Latin hypercube sampling (McKay, Beckman & Conover 1979): n points in which every parameter's range,
// cut into n equal strata, has exactly one point per stratum.
import type { RandomStream } from '../rng/index.js';
import { checkRanges, type ExperimentDesign, type ParameterRange, pointsFromUnitRows } from './experiment-design.js';
import { assertPositiveInteger } from './input-checks.js';

/**
 * n × k unit-cube LHS: row i, column j = (π_j(i) + u_ij)/n with π_j a uniform random permutation.
 * Draw order (fixed, for reproducibility): for each column j in order, a Fisher–Yates shuffle of
 * 0..n−1 (stream.shuffle), then n uniforms for rows 0..n−1.
 */
export function latinHypercubeUnit(n: number, dimensions: number, stream: RandomStream): Float64Array[] {
  assertPositiveInteger(n, 'Latin hypercube size');
  const rows = Array.from({ length: n }, () => new Float64Array(dimensions));
  const perm = new Array<number>(n);
  for (let j = 0; j < dimensions; j++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    stream.shuffle(perm);
    for (let i = 0; i < n; i++) rows[i][j] = (perm[i] + stream.uniform()) / n;
  }
  return rows;
}

/** Latin hypercube design of n points over the given parameter ranges (see latinHypercubeUnit for the draws). */
export function latinHypercube(n: number, ranges: readonly ParameterRange[], stream: RandomStream): ExperimentDesign<number> {
  checkRanges(ranges);
  const rows = latinHypercubeUnit(n, ranges.length, stream);
  return { parameters: ranges.map((r) => r.path), points: pointsFromUnitRows(ranges, rows) };
}

// Variance-based sensitivity: Sobol' first-order and total indices from Saltelli sampling (matrices A, B
// and A_B^(i), N(k + 2) runs), Saltelli et al. (2010) estimator for S1, Jansen (1999) for ST, bootstrap CIs.
import type { RandomStream } from '../rng/index.js';
import { type BootstrapOptions, forEachBootstrapResample, percentileInterval } from './bootstrap.js';
import { checkRanges, type ExperimentDesign, type ParameterRange, pointsFromUnitRows } from './experiment-design.js';
import { assertFinite, assertPositiveInteger } from './input-checks.js';
import { SobolSequence } from './sobol-sequence.js';
import { statsMessages } from './stats-messages.js';

export interface SaltelliDesignOptions {
  ranges: readonly ParameterRange[];
  /** Base sample size N (rows of A and B); a power of two suits the Sobol' sequence. Total runs N(k + 2). */
  baseSamples: number;
  /**
   * 'sobol' (default): rows of A and B are the first N points of a 2k-dimensional Sobol' sequence,
   * A = columns 1..k, B = columns k+1..2k (Saltelli 2010, §3). Or a stream for plain Monte Carlo.
   */
  sampler?: 'sobol' | { stream: RandomStream };
}

export interface SaltelliDesign extends ExperimentDesign<number> {
  method: 'saltelli';
  baseSamples: number;
  /**
   * Layout of the N(k + 2) points: for base row j, points j(k+2) … j(k+2)+k+1 are
   * A_j, A_B^(1)_j, …, A_B^(k)_j, B_j, where A_B^(i) is A with column i taken from B.
   */
  layout: 'row-blocks: A, AB1..ABk, B';
}

/**
 * Saltelli sampling design. The caller evaluates every point (e.g. simulations in parallel) and passes
 * the outputs in point order to `sobolAnalyze`.
 */
export function saltelliDesign(options: SaltelliDesignOptions): SaltelliDesign {
  const { ranges, baseSamples } = options;
  checkRanges(ranges);
  assertPositiveInteger(baseSamples, 'Saltelli base samples');
  const k = ranges.length;
  const sampler = options.sampler ?? 'sobol';
  const sequence = sampler === 'sobol' ? new SobolSequence(2 * k) : null;
  const rows: Float64Array[] = [];
  for (let j = 0; j < baseSamples; j++) {
    let ab: Float64Array;
    if (sequence) ab = sequence.next();
    else {
      ab = new Float64Array(2 * k);
      for (let d = 0; d < 2 * k; d++) ab[d] = (sampler as { stream: RandomStream }).stream.uniform();
    }
    const a = ab.subarray(0, k);
    const b = ab.subarray(k, 2 * k);
    rows.push(Float64Array.from(a));
    for (let i = 0; i < k; i++) {
      const abi = Float64Array.from(a);
      abi[i] = b[i];
      rows.push(abi);
    }
    rows.push(Float64Array.from(b));
  }
  return {
    method: 'saltelli',
    parameters: ranges.map((r) => r.path),
    points: pointsFromUnitRows(ranges, rows),
    baseSamples,
    layout: 'row-blocks: A, AB1..ABk, B',
  };
}

export interface SobolIndex {
  path: string;
  /** First-order index S_i: share of output variance explained by parameter i alone. */
  firstOrder: number;
  firstOrderCiLow: number;
  firstOrderCiHigh: number;
  /** Total index ST_i: share involving parameter i, interactions included (ST_i ≥ S_i up to noise). */
  totalOrder: number;
  totalOrderCiLow: number;
  totalOrderCiHigh: number;
}

export interface SobolResult {
  /** Output variance V(Y) estimated from the A and B runs (2N values, population form as in SALib). */
  variance: number;
  indices: SobolIndex[];
}

interface Estimates {
  variance: number;
  first: Float64Array;
  total: Float64Array;
}

/** S1 and ST for all parameters over the base rows listed in `rows` (all rows, or a bootstrap resample). */
function estimate(outputs: ArrayLike<number>, k: number, rows: ArrayLike<number>): Estimates {
  const n = rows.length;
  const stride = k + 2;
  let sum = 0;
  for (let r = 0; r < n; r++) sum += outputs[rows[r] * stride] + outputs[rows[r] * stride + k + 1];
  const mean = sum / (2 * n);
  let ss = 0;
  for (let r = 0; r < n; r++) {
    const fa = outputs[rows[r] * stride] - mean;
    const fb = outputs[rows[r] * stride + k + 1] - mean;
    ss += fa * fa + fb * fb;
  }
  const variance = ss / (2 * n);
  const first = new Float64Array(k);
  const total = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s1 = 0;
    let st = 0;
    for (let r = 0; r < n; r++) {
      const base = rows[r] * stride;
      const fa = outputs[base];
      const fab = outputs[base + 1 + i];
      const fb = outputs[base + k + 1];
      s1 += fb * (fab - fa); // Saltelli et al. 2010, Table 2 (b)
      st += (fa - fab) * (fa - fab); // Jansen 1999; Saltelli et al. 2010, Table 2 (f)
    }
    first[i] = s1 / n / variance;
    total[i] = st / (2 * n) / variance;
  }
  return { variance, first, total };
}

/**
 * Sobol' indices from the outputs of a Saltelli design (outputs[i] for design.points[i]).
 * S_i = mean(f(B)·(f(A_B^i) − f(A))) / V and ST_i = mean((f(A) − f(A_B^i))²) / (2V) (Saltelli et al.
 * 2010, Comput. Phys. Commun. 181:259). CIs: bootstrap percentile over base rows (Archer, Saltelli &
 * Sobol 1997), when requested. A constant output (V = 0) gives NaN indices.
 */
export function sobolAnalyze(
  design: SaltelliDesign,
  outputs: ArrayLike<number>,
  options: { bootstrap?: BootstrapOptions } = {},
): SobolResult {
  const k = design.parameters.length;
  const n = design.baseSamples;
  if (outputs.length !== n * (k + 2)) {
    throw new RangeError(statsMessages.outputCount('Sobol analysis', n * (k + 2), outputs.length));
  }
  assertFinite(outputs, 'Sobol outputs');
  const allRows = Uint32Array.from({ length: n }, (_, j) => j);
  const point = estimate(outputs, k, allRows);
  const ciFirst = Array.from({ length: k }, () => ({ low: Number.NaN, high: Number.NaN }));
  const ciTotal = Array.from({ length: k }, () => ({ low: Number.NaN, high: Number.NaN }));
  if (options.bootstrap) {
    // One set of resamples shared by all indices (rows resampled jointly, as the estimators pair them).
    const resamples = options.bootstrap.resamples;
    const firsts = Array.from({ length: k }, () => new Float64Array(resamples));
    const totals = Array.from({ length: k }, () => new Float64Array(resamples));
    forEachBootstrapResample(n, resamples, options.bootstrap.stream, (rows, b) => {
      const e = estimate(outputs, k, rows);
      for (let i = 0; i < k; i++) {
        firsts[i][b] = e.first[i];
        totals[i][b] = e.total[i];
      }
    });
    const level = options.bootstrap.confidenceLevel ?? 0.95;
    for (let i = 0; i < k; i++) {
      ciFirst[i] = percentileInterval(firsts[i], level);
      ciTotal[i] = percentileInterval(totals[i], level);
    }
  }
  return {
    variance: point.variance,
    indices: design.parameters.map((path, i) => ({
      path,
      firstOrder: point.first[i],
      firstOrderCiLow: ciFirst[i].low,
      firstOrderCiHigh: ciFirst[i].high,
      totalOrder: point.total[i],
      totalOrderCiLow: ciTotal[i].low,
      totalOrderCiHigh: ciTotal[i].high,
    })),
  };
}

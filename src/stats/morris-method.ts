// Morris elementary-effects screening (Morris 1991) with the mu* measure of Campolongo, Cariboni &
// Saltelli (2007): design (trajectories to simulate) and analysis (effects from the outputs) are separate.
import type { RandomStream } from '../rng/index.js';
import { type BootstrapOptions, bootstrapIndexCi } from './bootstrap.js';
import { checkRanges, type ExperimentDesign, type ParameterRange, pointsFromUnitRows } from './experiment-design.js';
import { assertFinite, assertPositiveInteger } from './input-checks.js';
import { statsMessages } from './stats-messages.js';

export interface MorrisDesignOptions {
  ranges: readonly ParameterRange[];
  /** Number of trajectories r (10–50 is usual); the design has r·(k + 1) points. */
  trajectories: number;
  /** Grid levels p (even, default 4); the step is Δ = p / (2(p − 1)) of the range. */
  levels?: number;
  stream: RandomStream;
}

export interface MorrisDesign extends ExperimentDesign<number> {
  method: 'morris';
  trajectories: number;
  levels: number;
  /** Step Δ as a fraction of each parameter's range. */
  delta: number;
  /** order[t][m]: index of the parameter moved at step m + 1 of trajectory t. */
  order: number[][];
  /** sign[t][j]: +1 if parameter j steps up by Δ in trajectory t, −1 if down. */
  sign: number[][];
  /** The points in the unit cube (row i ↔ points[i]). */
  unitPoints: number[][];
}

/**
 * Morris trajectory design. Trajectory t has k + 1 points (rows t·(k+1) … t·(k+1)+k): a random start on
 * the p-level grid, then each parameter in a random order moves by ±Δ once (Morris 1991, §3).
 * Draw order per trajectory: for each parameter j, a start level (stream.int(p/2)) and a direction
 * (stream.bernoulli(0.5): up); then the parameter order (stream.shuffle).
 */
export function morrisDesign(options: MorrisDesignOptions): MorrisDesign {
  const { ranges, trajectories, stream } = options;
  const levels = options.levels ?? 4;
  checkRanges(ranges);
  assertPositiveInteger(trajectories, 'Morris trajectories');
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(statsMessages.badLevels(levels));
  const k = ranges.length;
  const delta = levels / (2 * (levels - 1));
  const order: number[][] = [];
  const sign: number[][] = [];
  const unitPoints: number[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const start = new Array<number>(k);
    const dir = new Array<number>(k);
    for (let j = 0; j < k; j++) {
      // Lower end of the move: one of the p/2 grid levels 0, 1/(p−1), … that leave room for +Δ.
      const low = stream.int(levels / 2) / (levels - 1);
      dir[j] = stream.bernoulli(0.5) ? 1 : -1;
      start[j] = dir[j] === 1 ? low : low + delta;
    }
    const perm = Array.from({ length: k }, (_, j) => j);
    stream.shuffle(perm);
    let x = start.slice();
    unitPoints.push(x);
    for (const j of perm) {
      x = x.slice();
      x[j] += dir[j] * delta;
      unitPoints.push(x);
    }
    order.push(perm);
    sign.push(dir);
  }
  return {
    method: 'morris',
    parameters: ranges.map((r) => r.path),
    points: pointsFromUnitRows(ranges, unitPoints),
    trajectories,
    levels,
    delta,
    order,
    sign,
    unitPoints,
  };
}

export interface MorrisIndex {
  path: string;
  /** Mean elementary effect (signed; effects of opposite sign cancel). */
  mu: number;
  /** Mean absolute elementary effect: the importance measure to rank by. */
  muStar: number;
  /** Sample sd of the elementary effects: nonlinearity or interactions. NaN for r = 1. */
  sigma: number;
  /** Bootstrap percentile CI of mu* (NaN unless a bootstrap was requested). */
  muStarCiLow: number;
  muStarCiHigh: number;
  /** 1 = largest mu*; equal mu* are ranked in parameter order. */
  rank: number;
  /** The r elementary effects, in trajectory order. */
  effects: number[];
}

/**
 * Elementary effects from the outputs of a Morris design (outputs[i] for design.points[i]).
 * EE = (y(x + Δe_j) − y(x)) / Δ with Δ in unit-range terms, so effects are in output units per full
 * range of the parameter and comparable across parameters. Bootstrap resamples trajectories.
 */
export function morrisAnalyze(
  design: MorrisDesign,
  outputs: ArrayLike<number>,
  options: { bootstrap?: BootstrapOptions } = {},
): MorrisIndex[] {
  const k = design.parameters.length;
  if (outputs.length !== design.points.length) {
    throw new RangeError(statsMessages.outputCount('Morris analysis', design.points.length, outputs.length));
  }
  assertFinite(outputs, 'Morris outputs');
  const r = design.trajectories;
  const effects = Array.from({ length: k }, () => new Float64Array(r));
  for (let t = 0; t < r; t++) {
    const base = t * (k + 1);
    for (let m = 0; m < k; m++) {
      const j = design.order[t][m];
      effects[j][t] = (outputs[base + m + 1] - outputs[base + m]) / (design.sign[t][j] * design.delta);
    }
  }
  const indices = design.parameters.map((path, j) => {
    const ee = effects[j];
    let sum = 0;
    let sumAbs = 0;
    for (const e of ee) {
      sum += e;
      sumAbs += Math.abs(e);
    }
    const mu = sum / r;
    let ss = 0;
    for (const e of ee) ss += (e - mu) * (e - mu);
    let ci = { low: Number.NaN, high: Number.NaN };
    if (options.bootstrap) {
      ci = bootstrapIndexCi(r, (idx) => {
        let s = 0;
        for (let i = 0; i < idx.length; i++) s += Math.abs(ee[idx[i]]);
        return s / idx.length;
      }, options.bootstrap);
    }
    return { path, mu, muStar: sumAbs / r, sigma: r > 1 ? Math.sqrt(ss / (r - 1)) : Number.NaN, muStarCiLow: ci.low, muStarCiHigh: ci.high, rank: 0, effects: Array.from(ee) };
  });
  const byImportance = indices.map((_, j) => j).sort((a, b) => indices[b].muStar - indices[a].muStar);
  byImportance.forEach((j, position) => {
    indices[j].rank = position + 1;
  });
  return indices;
}

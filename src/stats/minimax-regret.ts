// Decisions under deep uncertainty over a weighted ensemble of parameter sets (Savage 1951; as in
// robust decision making, Lempert et al. 2006): per allocation its expected outcome, its 10th
// percentile and its maximum regret, the shortfall against the best allocation at each set.
import { statsMessages } from './stats-messages.js';
import { weightedMean, weightedQuantile } from './weighted-sample.js';

/** The lower quantile reported beside the expected outcome. */
export const LOW_QUANTILE = 0.1;

export interface RegretTable {
  /** Per allocation: the weighted mean of its values over the sets. */
  expected: number[];
  /** Per allocation: the weighted 10th percentile of its values over the sets. */
  p10: number[];
  /** [allocation][set]: best value at the set − this allocation's value (≥ 0). */
  regret: number[][];
  /** Per allocation: its largest regret over the sets of positive weight (minimax regret picks the smallest). */
  maxRegret: number[];
  /** Per set: the allocation with the best value there (lowest index on ties). */
  bestAt: number[];
  /** The allocation of least maximum regret (lowest index on ties). */
  minimaxChoice: number;
}

/** `values[a][s]`: allocation a's outcome at parameter set s (larger is better); `weights[s]` the sets' weights. */
export function regretTable(values: readonly (readonly number[])[], weights: readonly number[]): RegretTable {
  const sets = weights.length;
  if (values.length === 0 || values.some((row) => row.length !== sets)) {
    throw new RangeError(statsMessages.regretShape(values.length, values[0]?.length ?? 0, sets));
  }
  const bestAt = Array.from({ length: sets }, (_, s) => {
    let best = 0;
    for (let a = 1; a < values.length; a++) if (values[a][s] > values[best][s]) best = a;
    return best;
  });
  const regret = values.map((row) => row.map((v, s) => values[bestAt[s]][s] - v));
  // A set of weight 0 is outside the ensemble: it cannot be the worst case of a decision over it.
  const maxRegret = regret.map((row) => Math.max(...row.filter((_, s) => weights[s] > 0)));
  let minimaxChoice = 0;
  for (let a = 1; a < values.length; a++) if (maxRegret[a] < maxRegret[minimaxChoice]) minimaxChoice = a;
  return {
    expected: values.map((row) => weightedMean(row, weights)),
    p10: values.map((row) => weightedQuantile(row, weights, LOW_QUANTILE)),
    regret, maxRegret, bestAt, minimaxChoice,
  };
}

/**
 * The sets grouped by the allocation that is best at them (a set's "regime"): one cluster per
 * allocation that wins somewhere, in allocation order, each with its sets and their total weight.
 * Sets of weight 0 are outside the ensemble and in no cluster.
 */
export function clusterSetsByBest(bestAt: readonly number[], weights: readonly number[]): { allocation: number; sets: number[]; weight: number }[] {
  const clusters = new Map<number, { allocation: number; sets: number[]; weight: number }>();
  bestAt.forEach((a, s) => {
    if (!(weights[s] > 0)) return;
    const cluster = clusters.get(a) ?? { allocation: a, sets: [], weight: 0 };
    cluster.sets.push(s);
    cluster.weight += weights[s];
    clusters.set(a, cluster);
  });
  return [...clusters.values()].sort((x, y) => x.allocation - y.allocation);
}

/**
 * The sets at which every allocation has the objective: the others get weight 0 (outside the
 * ensemble for this objective, as the regret table treats weight 0) and a placeholder value 0 that
 * no statistic reads; `leftOut` counts them.
 */
export function setsWithValues(values: readonly (readonly number[])[], weights: readonly number[]): { values: number[][]; weights: number[]; leftOut: number } {
  const defined = weights.map((_, s) => values.every((row) => Number.isFinite(row[s])));
  return {
    values: values.map((row) => row.map((v, s) => (defined[s] ? v : 0))),
    weights: weights.map((w, s) => (defined[s] ? w : 0)),
    leftOut: defined.filter((d) => !d).length,
  };
}

// What an ensemble of accepted parameter sets says about each parameter: how much of its prior range
// the data leave (pinned / weakly constrained / not identified), and which pairs trade off.
import { weightedCorrelation, weightedQuantile } from './weighted-sample.js';

/** Posterior 90% width / prior 90% width below this: the data pin the parameter down. */
export const PINNED_WIDTH_RATIO = 0.25;
/** ...at or above this: the data leave nearly all of the range (not identified). */
export const NOT_IDENTIFIED_WIDTH_RATIO = 0.75;
/** |weighted correlation| at or above this names a pair that trades off (or moves together). */
export const STRONG_CORRELATION = 0.5;

export type Identification = 'pinned' | 'weakly constrained' | 'not identified';

export interface ParameterIdentification {
  index: number;
  /** Weighted 5%, 50%, 95% quantiles in unit-range terms. */
  p5: number;
  median: number;
  p95: number;
  /** (p95 − p5) / 0.9: the 90% interval's share of the prior's 90% interval (uniform prior on [0, 1]). */
  widthRatio: number;
  verdict: Identification;
}

export interface CorrelatedPair {
  a: number;
  b: number;
  correlation: number;
}

export interface Equifinality {
  parameters: ParameterIdentification[];
  /** Pairs with |r| ≥ STRONG_CORRELATION, strongest first. */
  pairs: CorrelatedPair[];
}

/** From the ensemble's unit-cube coordinates (rows) and weights. */
export function equifinality(units: readonly number[][], weights: readonly number[], dimensions: number): Equifinality {
  const column = (d: number) => units.map((u) => u[d]);
  const parameters = Array.from({ length: dimensions }, (_, d): ParameterIdentification => {
    const x = column(d);
    const p5 = weightedQuantile(x, weights, 0.05);
    const p95 = weightedQuantile(x, weights, 0.95);
    const widthRatio = (p95 - p5) / 0.9;
    const verdict: Identification = widthRatio < PINNED_WIDTH_RATIO ? 'pinned' : widthRatio < NOT_IDENTIFIED_WIDTH_RATIO ? 'weakly constrained' : 'not identified';
    return { index: d, p5, median: weightedQuantile(x, weights, 0.5), p95, widthRatio, verdict };
  });
  const pairs: CorrelatedPair[] = [];
  for (let a = 0; a < dimensions; a++) {
    for (let b = a + 1; b < dimensions; b++) {
      const correlation = weightedCorrelation(column(a), column(b), weights);
      if (Math.abs(correlation) >= STRONG_CORRELATION) pairs.push({ a, b, correlation });
    }
  }
  pairs.sort((x, y) => Math.abs(y.correlation) - Math.abs(x.correlation));
  return { parameters, pairs };
}

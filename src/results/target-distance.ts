// How far a parameter set's replications are from a targets table, as the ensemble calibrations
// measure it: ABC's distance (tolerance-scaled relative errors) and history matching's implausibility.
import { sampleVariance } from 'simple-statistics';
import { perReplicationValues, simulatedValue, type CalibrationTarget } from './calibration-targets.js';

/** (simulated / observed − 1) / tolerance; an undefined simulated value counts as a 100% miss. */
export function scaledError(target: CalibrationTarget, summaries: readonly Float64Array[]): number {
  const simulated = simulatedValue(target, summaries);
  return (Number.isFinite(simulated) ? simulated / target.value - 1 : 1) / target.tolerance;
}

/**
 * ABC distance: √(Σ wₖ eₖ² / Σ wₖ) with eₖ the scaled error above. 1 means every target is off by
 * its tolerance (in the weighted root-mean-square sense); 0 an exact fit.
 */
export function abcDistance(targets: readonly CalibrationTarget[], summaries: readonly Float64Array[]): number {
  let sum = 0;
  let weights = 0;
  for (const target of targets) {
    const e = scaledError(target, summaries);
    sum += target.weight * e * e;
    weights += target.weight;
  }
  return Math.sqrt(sum / weights);
}

/**
 * Implausibility of one target: |observed − simulated| / √(Var_reps + (tolerance·observed)²). Var_reps
 * is the variance of the target across replications (the observed record is one realisation of a
 * stochastic world, so it varies as much as one replication does), the second term the stated
 * tolerance as observation error plus model discrepancy. Infinity when the simulated value is undefined.
 */
export function implausibility(target: CalibrationTarget, summaries: readonly Float64Array[]): number {
  const simulated = simulatedValue(target, summaries);
  if (!Number.isFinite(simulated)) return Infinity;
  const values = perReplicationValues(target, summaries).filter(Number.isFinite);
  const replicationVariance = values.length > 1 ? sampleVariance(values) : 0;
  const discrepancy = target.tolerance * target.value;
  return Math.abs(target.value - simulated) / Math.sqrt(replicationVariance + discrepancy * discrepancy);
}

/** The largest implausibility over the targets (the usual summary: one badly missed target rules a point out). */
export function maxImplausibility(targets: readonly CalibrationTarget[], summaries: readonly Float64Array[]): number {
  return Math.max(...targets.map((t) => implausibility(t, summaries)));
}

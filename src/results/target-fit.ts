// The fit of every target across a weighted ensemble of parameter sets (or one set of weight 1):
// the weighted median and 5–95% of its simulated value against the observed value and tolerance.
import { csvRow } from '../io/csv.js';
import { weightedQuantile } from '../stats/index.js';
import { simulatedValue, type CalibrationTarget } from './calibration-targets.js';

export interface TargetFit {
  name: string;
  /** Fitted, or held out (reported, never used to fit). */
  role: 'fit' | 'holdout';
  observed: number;
  tolerance: number;
  median: number;
  p5: number;
  p95: number;
  /** |median / observed − 1| ≤ tolerance. */
  withinTolerance: boolean;
}

/** `summaries[i]`: the replications' summary rows of set i; sets whose value is undefined are left out. */
export function targetFit(target: CalibrationTarget, role: TargetFit['role'], summaries: readonly (readonly Float64Array[])[], weights: readonly number[]): TargetFit {
  const values = summaries.map((s) => simulatedValue(target, s));
  const w = weights.map((x, i) => (Number.isFinite(values[i]) ? x : 0));
  const median = weightedQuantile(values, w, 0.5);
  return {
    name: target.name, role, observed: target.value, tolerance: target.tolerance,
    median, p5: weightedQuantile(values, w, 0.05), p95: weightedQuantile(values, w, 0.95),
    withinTolerance: Math.abs(median / target.value - 1) <= target.tolerance,
  };
}

export function targetFitCsv(fits: readonly TargetFit[]): string {
  const rows = [csvRow(['target', 'role', 'observed', 'tolerance', 'median', 'p5', 'p95', 'medianRelativeError', 'withinTolerance'])];
  for (const f of fits) rows.push(csvRow([f.name, f.role, f.observed, f.tolerance, f.median, f.p5, f.p95, f.median / f.observed - 1, String(f.withinTolerance)]));
  return rows.join('');
}

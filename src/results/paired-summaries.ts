// Paired comparison of run summaries already in memory: variant − baseline per summary indicator,
// replication by replication, Holm-adjusted over the family. No files: the CLI's compare reads
// summary.csv into these, the policy lab builds them in the browser from the same rows.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { comparePaired, holmAdjust } from '../stats/index.js';

export interface ComparisonRow {
  baseline: string;
  variant: string;
  indicator: string;
  n: number;
  baselineMean: number;
  variantMean: number;
  meanDiff: number;
  ciLow: number;
  ciHigh: number;
  /** meanDiff / |baseline mean|; null when the baseline mean is 0. */
  relativeChange: number | null;
  cohensDz: number;
  pValue: number;
  /** Holm-adjusted across every row of the comparison. */
  pAdjusted: number;
  welchCiLow: number;
  welchCiHigh: number;
  welchPValue: number;
  correlation: number;
}

/** A finished run's summary.csv in memory: its scenario, the seed of each replication, every column. */
export interface RunSummary {
  scenario: string;
  seeds: string[];
  columns: Record<string, number[]>;
}

/** Every variant against the baseline; replication i of each must have used the same seed (the caller checks). */
export function compareSummaries(baseline: RunSummary, variants: readonly RunSummary[]): ComparisonRow[] {
  const rows: Omit<ComparisonRow, 'pAdjusted'>[] = [];
  for (const variant of variants) {
    for (const indicator of SUMMARY_COLUMNS) {
      const b: number[] = [];
      const v: number[] = [];
      baseline.columns[indicator].forEach((x, i) => {
        const y = variant.columns[indicator][i];
        if (Number.isFinite(x) && Number.isFinite(y)) {
          b.push(x);
          v.push(y);
        }
      });
      const c = comparePaired(b, v);
      rows.push({
        baseline: baseline.scenario,
        variant: variant.scenario,
        indicator,
        n: c.n,
        baselineMean: c.baselineMean,
        variantMean: c.variantMean,
        meanDiff: c.paired.meanDiff,
        ciLow: c.paired.ciLow,
        ciHigh: c.paired.ciHigh,
        relativeChange: c.relativeChange,
        cohensDz: c.cohensDz,
        pValue: c.paired.pValue,
        welchCiLow: c.welch.ciLow,
        welchCiHigh: c.welch.ciHigh,
        welchPValue: c.welch.pValue,
        correlation: c.correlation,
      });
    }
  }
  const adjusted = holmAdjust(rows.map((r) => r.pValue));
  return rows.map((r, i) => ({ ...r, pAdjusted: adjusted[i] }));
}

// Paired comparison of run summaries already in memory: variant − baseline per summary indicator,
// replication by replication, Holm-adjusted over the family. No files: the CLI's compare reads
// summary.csv into these, the policy lab builds them in the browser from the same rows.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { comparePaired, holmAdjust, type PairedComparison } from '../stats/index.js';

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

/** The columns every paired comparison row has (totals and per region). */
export type PairedFields = Pick<ComparisonRow, 'n' | 'baselineMean' | 'variantMean' | 'meanDiff' | 'ciLow' | 'ciHigh' | 'relativeChange' | 'pValue'>;

export function pairedFields(c: PairedComparison): PairedFields {
  return {
    n: c.n,
    baselineMean: c.baselineMean,
    variantMean: c.variantMean,
    meanDiff: c.paired.meanDiff,
    ciLow: c.paired.ciLow,
    ciHigh: c.paired.ciHigh,
    relativeChange: c.relativeChange,
    pValue: c.paired.pValue,
  };
}

/** Paired comparison over the replications where both values are defined (empty ratios are left out pair by pair). */
export function comparePairedFinite(baseline: ArrayLike<number>, variant: ArrayLike<number>): PairedComparison {
  const b: number[] = [];
  const v: number[] = [];
  for (let i = 0; i < Math.min(baseline.length, variant.length); i++) {
    if (Number.isFinite(baseline[i]) && Number.isFinite(variant[i])) {
      b.push(baseline[i]);
      v.push(variant[i]);
    }
  }
  return comparePaired(b, v);
}

/** Every variant against the baseline; replication i of each must have used the same seed (the caller checks). */
export function compareSummaries(baseline: RunSummary, variants: readonly RunSummary[]): ComparisonRow[] {
  const rows: Omit<ComparisonRow, 'pAdjusted'>[] = [];
  for (const variant of variants) {
    for (const indicator of SUMMARY_COLUMNS) {
      const c = comparePairedFinite(baseline.columns[indicator], variant.columns[indicator]);
      rows.push({
        baseline: baseline.scenario,
        variant: variant.scenario,
        indicator,
        ...pairedFields(c),
        cohensDz: c.cohensDz,
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

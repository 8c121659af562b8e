// Paired comparison of finished runs: variant − baseline per summary indicator, replication by
// replication (common random numbers: replication i of every run used the same seeds), with the
// unpaired Welch interval beside it so the gain from pairing is visible, and Holm-adjusted p-values
// over the whole family (variants × indicators).
import { join } from 'node:path';
import { SUMMARY_FILE } from '../io/run-folder.js';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { InputError, messages } from '../messages.js';
import { comparePaired, holmAdjust, type PairedComparison } from '../stats/index.js';
import { forEachCsvRow } from './csv-table.js';

export const COMPARISON_COLUMNS = [
  'baseline', 'variant', 'indicator', 'n', 'baselineMean', 'variantMean', 'meanDiff', 'ciLow', 'ciHigh', 'relativeChange',
  'cohensDz', 'pValue', 'pAdjusted', 'welchCiLow', 'welchCiHigh', 'welchPValue', 'correlation',
] as const;

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

interface RunSummary {
  scenario: string;
  seeds: string[];
  columns: Record<string, number[]>;
}

function readSummary(dir: string): RunSummary {
  const seeds: string[] = [];
  let scenario = '';
  const columns: Record<string, number[]> = Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, []]));
  forEachCsvRow(join(dir, SUMMARY_FILE), (row) => {
    scenario = row.text('scenario');
    seeds.push(row.text('seed'));
    for (const c of SUMMARY_COLUMNS) columns[c].push(row.number(c));
  });
  return { scenario, seeds, columns };
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

export function compareRuns(baselineDir: string, variantDirs: string[]): ComparisonRow[] {
  const baseline = readSummary(baselineDir);
  const rows: Omit<ComparisonRow, 'pAdjusted'>[] = [];
  for (const dir of variantDirs) {
    const variant = readSummary(dir);
    // Pairing is only valid when replication i of both runs used the same seed.
    if (variant.seeds.join() !== baseline.seeds.join()) throw new InputError(messages.compareUnpaired(baselineDir, dir));
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

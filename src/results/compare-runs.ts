// Paired comparison of finished runs: variant − baseline per summary indicator, replication by
// replication (common random numbers: replication i of every run used the same seeds), with the
// unpaired Welch interval beside it so the gain from pairing is visible, and Holm-adjusted p-values
// over the whole family (variants × indicators).
import { join } from 'node:path';
import { SUMMARY_FILE } from '../io/run-folder.js';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { InputError, messages } from '../messages.js';
import { forEachCsvRow } from './csv-table.js';
import { compareSummaries, type ComparisonRow, type RunSummary } from './paired-summaries.js';

export type { ComparisonRow, PairedFields, RunSummary } from './paired-summaries.js';
export { comparePairedFinite, pairedFields } from './paired-summaries.js';

export const COMPARISON_COLUMNS = [
  'baseline', 'variant', 'indicator', 'n', 'baselineMean', 'variantMean', 'meanDiff', 'ciLow', 'ciHigh', 'relativeChange',
  'cohensDz', 'pValue', 'pAdjusted', 'welchCiLow', 'welchCiHigh', 'welchPValue', 'correlation',
] as const;

export function readRunSummary(dir: string): RunSummary {
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

export function compareRuns(baselineDir: string, variantDirs: string[]): ComparisonRow[] {
  const baseline = readRunSummary(baselineDir);
  const variants = variantDirs.map((dir) => {
    const variant = readRunSummary(dir);
    // Pairing is only valid when replication i of both runs used the same seed.
    if (variant.seeds.join() !== baseline.seeds.join()) throw new InputError(messages.compareUnpaired(baselineDir, dir));
    return variant;
  });
  return compareSummaries(baseline, variants);
}

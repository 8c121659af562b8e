// The lab's statistics from the workers' CSV row text, through the very code the CLI runs on a
// run folder's files (RunStatisticsAccumulator, compareSummaries), so the page shows the numbers
// of stats.csv and comparison.csv for the same replications.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { SUMMARY_FILE, type RowFile } from '../io/row-files.js';
import { parseSummaryRow, ROW_FILE_HEADERS } from '../montecarlo/replication-rows.js';
import { compareSummaries, type ComparisonRow, type RunSummary } from '../results/paired-summaries.js';
import { RunStatisticsAccumulator, type RunStatistics } from '../results/run-statistics.js';
import type { PairedRows } from './lab-runner.js';

export interface LabStatistics {
  /** Per scenario, in the order run (the report's, then the edited one). */
  stats: RunStatistics[];
  /** Each edited scenario against the report's, paired replication by replication. */
  comparisons: ComparisonRow[];
}

const TIMESERIES_FILE: RowFile = 'timeseries.csv';

function fields(line: string): string[] {
  return line.trimEnd().split(',');
}

/** A scenario's summary.csv as `clustersim run` writes it: header, then one row per replication. */
export function summaryCsv(rows: PairedRows, scenario: number): string {
  return ROW_FILE_HEADERS[SUMMARY_FILE] + rows.summary[scenario].join('');
}

export function labStatistics(rows: PairedRows): LabStatistics {
  const stats = rows.summary.map((summaryRows, s) => {
    const accumulator = new RunStatisticsAccumulator();
    accumulator.header(SUMMARY_FILE, fields(ROW_FILE_HEADERS[SUMMARY_FILE]));
    for (const row of summaryRows) accumulator.row(SUMMARY_FILE, fields(row));
    accumulator.header(TIMESERIES_FILE, fields(ROW_FILE_HEADERS[TIMESERIES_FILE]));
    for (const text of rows.timeseries[s]) {
      for (const line of text.split('\n')) if (line !== '') accumulator.row(TIMESERIES_FILE, fields(line));
    }
    return accumulator.result();
  });
  const summaries: RunSummary[] = rows.summary.map((summaryRows, s) => {
    const columns: Record<string, number[]> = Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, []]));
    const seeds: string[] = [];
    for (const row of summaryRows) {
      const parsed = parseSummaryRow(row);
      seeds.push(parsed.seed);
      SUMMARY_COLUMNS.forEach((c, i) => columns[c].push(parsed.values[i]));
    }
    return { scenario: stats[s].scenario, seeds, columns };
  });
  return { stats, comparisons: compareSummaries(summaries[0], summaries.slice(1)) };
}

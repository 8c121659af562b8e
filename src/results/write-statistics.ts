// stats.csv: per scenario, indicator and quarter ('all' = the summary value per replication): mean,
// standard deviation, median, percentiles and the 95% t-interval of the mean over replications.
import { csvRow } from '../io/csv.js';
import { STATS_FILE, writeRunFile } from '../io/run-folder.js';
import { STATS_COLUMNS, type RunStatistics } from './run-statistics.js';

export function statisticsCsv(stats: RunStatistics): string {
  const lines = [csvRow(STATS_COLUMNS)];
  for (const { indicator, quarter, summary: s } of stats.indicators) {
    lines.push(csvRow([stats.scenario, indicator, quarter, s.n, s.mean, s.sd, s.median, s.p5, s.p25, s.p75, s.p95, s.ciLow, s.ciHigh, s.ciMethod === 't' ? 't' : 'bootstrap']));
  }
  return lines.join('');
}

export function writeStatistics(dir: string, stats: RunStatistics): string {
  return writeRunFile(dir, STATS_FILE, statisticsCsv(stats));
}

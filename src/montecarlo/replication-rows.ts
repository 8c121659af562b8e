// The CSV text of one replication's results, for each output file. Formatting happens where the
// replication ran (a worker, or the main thread with --workers 1), so the main thread only appends.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import type { ReplicationResult, ReplicationSummary, ReplicationTrajectory } from '../engine/simulate.js';
import { INDICATOR_COUNT, INDICATOR_NAMES } from '../model/indicators.js';
import { AGENT_KIND_NAMES } from '../model/vocabulary.js';
import { csvRow } from '../io/csv.js';
import { ROW_FILES, type RowFile } from '../io/row-files.js';
import type { Scenario } from '../scenario/schema.js';

/** The header of each row file (ROW_FILES: their names and order). */
export const ROW_FILE_HEADERS: Record<RowFile, string> = {
  [ROW_FILES[0]]: csvRow(['scenario', 'replication', 'seed', ...SUMMARY_COLUMNS]),
  [ROW_FILES[1]]: csvRow(['scenario', 'replication', 'quarter', 'region', ...INDICATOR_NAMES]),
  [ROW_FILES[2]]: csvRow(['scenario', 'replication', 'rank', 'agent', 'kind', 'region', 'degree', 'betweenness', 'constraint']),
  [ROW_FILES[3]]: csvRow(['scenario', 'replication', 'degree', 'count']),
};

/**
 * One replication's rows: text per file, in ROW_FILES order — or, for a job that asked for the
 * summary only (design points), the summary row alone.
 */
export interface ReplicationRows {
  replication: number;
  text: string[];
}

/** The replication's summary.csv row. */
export function summaryRow(scenario: Scenario, result: ReplicationSummary): string {
  return csvRow([scenario.name, result.replication, result.seed, ...result.summary]);
}

/** The replication's timeseries.csv rows: per quarter, each region and then the total ('all'). */
export function timeseriesText(scenario: Scenario, result: ReplicationTrajectory): string {
  const regionIds = scenario.regions.map((r) => r.id);
  const rows = regionIds.length + 1;
  const timeseries: string[] = [];
  for (let q = 0; q < scenario.horizonQuarters; q++) {
    for (let r = 0; r < rows; r++) {
      const offset = (q * rows + r) * INDICATOR_COUNT;
      const region = r < rows - 1 ? regionIds[r] : 'all';
      timeseries.push(csvRow([scenario.name, result.replication, q, region, ...result.timeseries.subarray(offset, offset + INDICATOR_COUNT)]));
    }
  }
  return timeseries.join('');
}

export function formatReplication(scenario: Scenario, result: ReplicationResult): ReplicationRows {
  const name = scenario.name;
  const rep = result.replication;
  const regionIds = scenario.regions.map((r) => r.id);
  const summary = summaryRow(scenario, result);
  const network = result.network.hubs.map((hub) =>
    csvRow([name, rep, hub.rank, hub.agent, AGENT_KIND_NAMES[hub.kind], regionIds[hub.region], hub.degree, hub.betweenness, hub.constraint]),
  );
  const degrees: string[] = [];
  result.network.degreeCounts.forEach((count, degree) => {
    if (count > 0) degrees.push(csvRow([name, rep, degree, count]));
  });
  return { replication: rep, text: [summary, timeseriesText(scenario, result), network.join(''), degrees.join('')] };
}

/** Parses a summary.csv row `scenario,replication,seed,<values>` back into numbers (empty = NaN). */
export function parseSummaryRow(text: string): { replication: number; seed: string; values: Float64Array } {
  const fields = text.trimEnd().split(',');
  const values = new Float64Array(SUMMARY_COLUMNS.length);
  for (let i = 0; i < values.length; i++) values[i] = fields[3 + i] === '' ? NaN : Number(fields[3 + i]);
  return { replication: Number(fields[1]), seed: fields[2], values };
}

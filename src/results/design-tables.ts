// Tables of design experiments: sweep.csv (one row per point and replication, tagged with its run id
// and parameter values, like Mesa's batch runner) and the per-point means with 95% CIs for charts.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { csvRow } from '../io/csv.js';
import { summarize, TQuantileMemo } from '../stats/index.js';

/** A design point's results: its parameter values and the summary values of every replication. */
export interface PointResult {
  runId: number;
  values: Record<string, unknown>;
  /** Summary values (SUMMARY_COLUMNS order) per replication, in replication order. */
  summaries: Float64Array[];
  seeds: string[];
}

function cell(value: unknown): string | number {
  return typeof value === 'number' ? value : String(value);
}

export function sweepCsv(parameters: string[], results: PointResult[]): string {
  const lines = [csvRow(['runId', ...parameters, 'replication', 'seed', ...SUMMARY_COLUMNS])];
  for (const point of results) {
    point.summaries.forEach((values, replication) => {
      lines.push(csvRow([point.runId, ...parameters.map((p) => cell(point.values[p])), replication, point.seeds[replication], ...values]));
    });
  }
  return lines.join('');
}

export interface PointMean {
  runId: number;
  values: Record<string, unknown>;
  indicator: string;
  mean: number;
  ciLow: number;
  ciHigh: number;
}

/** Mean over replications (empty values left out) per point and indicator. */
export function pointMeans(results: PointResult[], indicators: readonly string[] = SUMMARY_COLUMNS): PointMean[] {
  // Points share their replication counts: each sample size's t quantile is computed once.
  const tQuantiles = new TQuantileMemo();
  return results.flatMap((point) =>
    indicators.map((indicator) => {
      const column = SUMMARY_COLUMNS.indexOf(indicator);
      const values = point.summaries.map((s) => s[column]).filter(Number.isFinite);
      const s = values.length > 0 ? summarize(values, { tQuantiles }) : undefined;
      return { runId: point.runId, values: point.values, indicator, mean: s?.mean ?? NaN, ciLow: s?.ciLow ?? NaN, ciHigh: s?.ciHigh ?? NaN };
    }),
  );
}

/** The per-point mean of one indicator, in point order: the model output a sensitivity analysis reads. */
export function outputVector(results: PointResult[], indicator: string): number[] {
  const column = SUMMARY_COLUMNS.indexOf(indicator);
  return results.map((point) => {
    const values = point.summaries.map((s) => s[column]).filter(Number.isFinite);
    return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
  });
}

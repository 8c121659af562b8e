// Statistics of a finished run folder, computed from its row files alone (so a run, a resumed run
// and merged shards give the same bytes): per indicator and quarter over replications, the summary
// columns over replications, regional means, the mean degree distribution and the top hubs.
// One streaming pass per file; memory does not grow with the number of replications.
import { join } from 'node:path';
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { INDICATOR_NAMES, IS_FLOW } from '../model/indicators.js';
import { StreamingSummary, type SampleSummary } from '../stats/index.js';
import { forEachCsvRow } from './csv-table.js';
import { RandomStream, replicationSeed } from '../rng/index.js';

export const STATS_FILE = 'stats.csv';
export const PER_REPLICATION_KEPT = 2000;
export const STATS_COLUMNS = ['scenario', 'indicator', 'quarter', 'n', 'mean', 'sd', 'median', 'p5', 'p25', 'p75', 'p95', 'ciLow', 'ciHigh', 'ciMethod'] as const;

/** How the 95% CI of the mean is computed; recorded in the manifest so merges and reports agree. */
export interface StatisticsOptions {
  /**
   * Bootstrap percentile CIs (this many resamples) for the per-replication summary values
   * (quarter 'all'), drawn from a stream derived from `seed`; per-quarter rows keep the t interval.
   */
  bootstrap?: { resamples: number; seed: string };
}

export interface IndicatorStatistics {
  indicator: string;
  /** A quarter of the horizon, or 'all' for the per-replication summary value (summary.csv). */
  quarter: number | 'all';
  summary: SampleSummary;
}

export interface RunStatistics {
  scenario: string;
  replications: number;
  indicators: IndicatorStatistics[];
  /** Per region and indicator: mean over replications of the flow's total or the stock's final value. */
  regional: { region: string; indicator: string; mean: number }[];
  degrees: { degree: number; meanCount: number }[];
  /** Connector hubs of the first replication in the folder. */
  hubs: { rank: number; kind: string; region: string; degree: number; betweenness: number; constraint: number }[];
  /**
   * Summary values of the first PER_REPLICATION_KEPT replications, in file order, for the
   * cost-effectiveness chart (more points add nothing to a scatter; memory stays flat).
   */
  perReplication: { replication: number; values: Record<string, number> }[];
}

/** The statistics settings a run records in its manifest (`statistics`), so merges recompute alike. */
export interface StatisticsSetting {
  ci: 't' | 'bootstrap';
  resamples?: number;
}

export const DEFAULT_BOOTSTRAP_RESAMPLES = 1000;

export function statisticsOptions(setting: StatisticsSetting | undefined, masterSeed: number): StatisticsOptions {
  if (setting?.ci !== 'bootstrap') return {};
  return { bootstrap: { resamples: setting.resamples ?? DEFAULT_BOOTSTRAP_RESAMPLES, seed: replicationSeed(masterSeed, 0) } };
}

export function computeRunStatistics(dir: string, options: StatisticsOptions = {}): RunStatistics {
  let scenario = '';
  let replications = 0;
  const perReplication: RunStatistics['perReplication'] = [];
  const overall = SUMMARY_COLUMNS.map(() => new StreamingSummary());
  forEachCsvRow(join(dir, 'summary.csv'), (row) => {
    scenario = row.text('scenario');
    const values: Record<string, number> = {};
    SUMMARY_COLUMNS.forEach((column, i) => {
      const value = row.number(column);
      values[column] = value;
      // Empty ratios (no public money, funding that never ends) are left out, not counted as 0.
      if (Number.isFinite(value)) overall[i].push(value);
    });
    if (perReplication.length < PER_REPLICATION_KEPT) perReplication.push({ replication: row.number('replication'), values });
    replications++;
  });

  const byQuarter: StreamingSummary[][] = [];
  const regionalSums = new Map<string, Float64Array>();
  const lastRegional = new Map<string, Float64Array>();
  let currentReplication = -1;
  const foldRegional = () => {
    for (const [region, last] of lastRegional) {
      const sums = regionalSums.get(region) ?? new Float64Array(INDICATOR_NAMES.length);
      INDICATOR_NAMES.forEach((_, i) => {
        if (!IS_FLOW[i]) sums[i] += last[i];
      });
      regionalSums.set(region, sums);
    }
    lastRegional.clear();
  };
  // Column positions looked up once: this file has a row per region and quarter of every replication.
  let indicatorColumns: number[] | undefined;
  forEachCsvRow(join(dir, 'timeseries.csv'), (row) => {
    indicatorColumns ??= INDICATOR_NAMES.map((name) => row.columnIndex(name));
    const columns = indicatorColumns;
    const replication = row.number('replication');
    if (replication !== currentReplication) {
      foldRegional();
      currentReplication = replication;
    }
    const region = row.text('region');
    const quarter = row.number('quarter');
    if (region === 'all') {
      while (byQuarter.length <= quarter) byQuarter.push(INDICATOR_NAMES.map(() => new StreamingSummary()));
      const summaries = byQuarter[quarter];
      for (let i = 0; i < columns.length; i++) summaries[i].push(row.numberAt(columns[i]));
      return;
    }
    const sums = regionalSums.get(region) ?? new Float64Array(INDICATOR_NAMES.length);
    regionalSums.set(region, sums);
    const last = lastRegional.get(region) ?? new Float64Array(INDICATOR_NAMES.length);
    lastRegional.set(region, last);
    for (let i = 0; i < columns.length; i++) {
      const value = row.numberAt(columns[i]);
      if (IS_FLOW[i]) sums[i] += value;
      last[i] = value;
    }
  });
  foldRegional();

  const degreeSums: number[] = [];
  forEachCsvRow(join(dir, 'degree-distribution.csv'), (row) => {
    const degree = row.number('degree');
    while (degreeSums.length <= degree) degreeSums.push(0);
    degreeSums[degree] += row.number('count');
  });

  const hubs: RunStatistics['hubs'] = [];
  let hubReplication: number | undefined;
  forEachCsvRow(join(dir, 'network.csv'), (row) => {
    hubReplication ??= row.number('replication');
    if (row.number('replication') !== hubReplication) return;
    hubs.push({
      rank: row.number('rank'),
      kind: row.text('kind'),
      region: row.text('region'),
      degree: row.number('degree'),
      betweenness: row.number('betweenness'),
      constraint: row.number('constraint'),
    });
  });

  const indicators: IndicatorStatistics[] = [
    ...SUMMARY_COLUMNS.map((indicator, i) => {
      const b = options.bootstrap;
      const bootstrap = b ? { resamples: b.resamples, stream: RandomStream.derive(b.seed, `stats:bootstrap:${indicator}`) } : undefined;
      return { indicator, quarter: 'all' as const, summary: overall[i].summary(0.95, bootstrap) };
    }),
    ...INDICATOR_NAMES.flatMap((indicator, i) => byQuarter.map((q, quarter) => ({ indicator, quarter, summary: q[i].summary() }))),
  ];
  return {
    scenario,
    replications,
    indicators,
    regional: [...regionalSums].flatMap(([region, sums]) =>
      INDICATOR_NAMES.map((indicator, i) => ({ region, indicator, mean: replications > 0 ? sums[i] / replications : NaN })),
    ),
    degrees: degreeSums.flatMap((sum, degree) => (sum > 0 ? [{ degree, meanCount: sum / replications }] : [])),
    hubs,
    perReplication,
  };
}

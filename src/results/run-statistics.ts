// Statistics of a finished run folder, computed from its row files alone (so a run, a resumed run
// and merged shards give the same bytes): per indicator and quarter over replications, the summary
// columns over replications, regional means, the mean degree distribution and the top hubs.
// One streaming pass per file; memory does not grow with the number of replications.
import { SUMMARY_COLUMNS } from '../engine/run-summary.js';
import { INDICATOR_NAMES, IS_FLOW } from '../model/indicators.js';
import { StreamingSummary, SummaryWorkspace, type SampleSummary } from '../stats/index.js';
import type { RowFile } from '../io/row-files.js';
import { RandomStream, replicationSeed } from '../rng/index.js';

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

/**
 * Statistics of a run, built row by row: from the row files of a finished folder
 * (`computeRunStatistics`), or from the rows as a run writes them (RunOutput feeds one, so a long
 * run does not read gigabytes back at its end). Both see the same text in the same order, so both
 * give the same bytes. Rows of different files may come interleaved; each file's rows in order.
 */
export class RunStatisticsAccumulator {
  private scenario = '';
  private replications = 0;
  private readonly perReplication: RunStatistics['perReplication'] = [];
  /** Shared by every summary here (used one at a time): sketch merge arrays, and each sample size's t quantile computed once. */
  private readonly workspace = new SummaryWorkspace();
  private readonly overall = SUMMARY_COLUMNS.map(() => new StreamingSummary({ workspace: this.workspace }));
  private readonly byQuarter: StreamingSummary[][] = [];
  private readonly regionalSums = new Map<string, Float64Array>();
  /** Stocks of the replication being read, per region: their last quarter is what counts. */
  private readonly lastRegional = new Map<string, Float64Array>();
  private currentReplication = -1;
  private readonly degreeSums: number[] = [];
  private readonly hubs: RunStatistics['hubs'] = [];
  private hubReplication: number | undefined;
  /** Column positions of each file, from its header. */
  private readonly columns = new Map<RowFile, Map<string, number>>();
  private summaryColumns: number[] = [];
  private indicatorColumns: number[] = [];

  /** The columns of a row file, before its rows. */
  header(file: RowFile, names: readonly string[]): void {
    const index = new Map(names.map((name, i) => [name, i]));
    this.columns.set(file, index);
    const at = (name: string) => columnIn(file, index, name);
    if (file === 'summary.csv') this.summaryColumns = SUMMARY_COLUMNS.map(at);
    if (file === 'timeseries.csv') this.indicatorColumns = INDICATOR_NAMES.map(at);
  }

  /** One data row of a row file, split into its fields. */
  row(file: RowFile, fields: readonly string[]): void {
    const index = this.columns.get(file);
    if (!index) throw new Error(`${file}: a row before the header`);
    const text = (name: string) => fields[columnIn(file, index, name)];
    const number = (name: string) => numberField(text(name));
    if (file === 'summary.csv') this.summaryRow(fields, text, number);
    else if (file === 'timeseries.csv') this.timeseriesRow(fields, text, number);
    else if (file === 'degree-distribution.csv') {
      const degree = number('degree');
      while (this.degreeSums.length <= degree) this.degreeSums.push(0);
      this.degreeSums[degree] += number('count');
    } else {
      this.hubReplication ??= number('replication');
      if (number('replication') !== this.hubReplication) return;
      this.hubs.push({
        rank: number('rank'),
        kind: text('kind'),
        region: text('region'),
        degree: number('degree'),
        betweenness: number('betweenness'),
        constraint: number('constraint'),
      });
    }
  }

  private summaryRow(fields: readonly string[], text: (name: string) => string, number: (name: string) => number): void {
    this.scenario = text('scenario');
    const values: Record<string, number> = {};
    SUMMARY_COLUMNS.forEach((column, i) => {
      const value = numberField(fields[this.summaryColumns[i]]);
      values[column] = value;
      // Empty ratios (no public money, funding that never ends) are left out, not counted as 0.
      if (Number.isFinite(value)) this.overall[i].push(value);
    });
    if (this.perReplication.length < PER_REPLICATION_KEPT) this.perReplication.push({ replication: number('replication'), values });
    this.replications++;
  }

  private timeseriesRow(fields: readonly string[], text: (name: string) => string, number: (name: string) => number): void {
    const columns = this.indicatorColumns;
    const replication = number('replication');
    if (replication !== this.currentReplication) {
      this.foldRegional();
      this.currentReplication = replication;
    }
    const region = text('region');
    const quarter = number('quarter');
    if (region === 'all') {
      while (this.byQuarter.length <= quarter) this.byQuarter.push(INDICATOR_NAMES.map(() => new StreamingSummary({ workspace: this.workspace })));
      const summaries = this.byQuarter[quarter];
      for (let i = 0; i < columns.length; i++) summaries[i].push(numberField(fields[columns[i]]));
      return;
    }
    const sums = this.regionalSums.get(region) ?? new Float64Array(INDICATOR_NAMES.length);
    this.regionalSums.set(region, sums);
    const last = this.lastRegional.get(region) ?? new Float64Array(INDICATOR_NAMES.length);
    this.lastRegional.set(region, last);
    for (let i = 0; i < columns.length; i++) {
      const value = numberField(fields[columns[i]]);
      if (IS_FLOW[i]) sums[i] += value;
      last[i] = value;
    }
  }

  /** Adds the finished replication's final stocks to the regional sums. */
  private foldRegional(): void {
    for (const [region, last] of this.lastRegional) {
      const sums = this.regionalSums.get(region) ?? new Float64Array(INDICATOR_NAMES.length);
      INDICATOR_NAMES.forEach((_, i) => {
        if (!IS_FLOW[i]) sums[i] += last[i];
      });
      this.regionalSums.set(region, sums);
    }
    this.lastRegional.clear();
  }

  /**
   * The statistics of every row fed so far. It folds the last replication's regional stocks in, so
   * it is called once all rows are in (calling it again is harmless; feeding more rows after is not).
   */
  result(options: StatisticsOptions = {}): RunStatistics {
    this.foldRegional();
    const { scenario, replications, overall, byQuarter, regionalSums, degreeSums, hubs, perReplication } = this;
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
}

/** The position of a column in a file's header; an error if the file has no such column. */
function columnIn(file: RowFile, index: Map<string, number>, name: string): number {
  const i = index.get(name);
  if (i === undefined) throw new Error(`${file}: no column ${name}`);
  return i;
}

/** A field as a number; NaN for an empty field (what the CSV readers have always done). */
function numberField(field: string): number {
  return field === '' ? NaN : Number(field);
}

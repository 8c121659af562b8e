// Cumulative trajectories of flow indicators (patents, commercialisations, spend …): per quarter,
// the replications' running totals summarised (mean, 90% band, CI). Quarterly counts of 0 or 1 make
// spiky bands; running totals read as "how many by year N". The band of a running total cannot be
// built from the quarterly bands, so this reads the replications' rows of timeseries.csv once more.
import { join } from 'node:path';
import { INDICATOR_NAMES, IS_FLOW } from '../model/indicators.js';
import type { TrajectoryRecord } from '../report/index.js';
import { StreamingSummary, SummaryWorkspace } from '../stats/index.js';
import { forEachCsvLine } from './csv-table.js';

/** A trajectory row of one scenario, without the scenario (the caller's) and always cumulative. */
export type CumulativeRow = Omit<TrajectoryRecord, 'scenario' | 'cumulative'>;

/** Running totals of `indicators` (flows only; others are ignored) over all regions, summarised per quarter. */
export function cumulativeTrajectories(dir: string, indicators: readonly string[]): CumulativeRow[] {
  const chosen = INDICATOR_NAMES.map((name, i) => (IS_FLOW[i] && indicators.includes(name) ? i : -1)).filter((i) => i >= 0);
  if (chosen.length === 0) return [];
  const workspace = new SummaryWorkspace();
  const byQuarter: StreamingSummary[][] = [];
  let columns: number[] = [];
  let regionColumn = 0;
  let replicationColumn = 0;
  let quarterColumn = 0;
  let replication = '';
  const running = new Float64Array(chosen.length);
  forEachCsvLine(join(dir, 'timeseries.csv'), (header) => {
    columns = chosen.map((i) => header.indexOf(INDICATOR_NAMES[i]));
    regionColumn = header.indexOf('region');
    replicationColumn = header.indexOf('replication');
    quarterColumn = header.indexOf('quarter');
  }, (fields) => {
    if (fields[regionColumn] !== 'all') return;
    if (fields[replicationColumn] !== replication) {
      replication = fields[replicationColumn];
      running.fill(0);
    }
    const quarter = Number(fields[quarterColumn]);
    while (byQuarter.length <= quarter) byQuarter.push(chosen.map(() => new StreamingSummary({ workspace })));
    for (let k = 0; k < chosen.length; k++) {
      const field = fields[columns[k]];
      running[k] += field === '' ? NaN : Number(field);
      // An empty field makes the rest of that replication's running total unknown: left out.
      if (Number.isFinite(running[k])) byQuarter[quarter][k].push(running[k]);
    }
  });
  return chosen.flatMap((i, k) =>
    byQuarter.map((summaries, quarter) => {
      const s = summaries[k].summary();
      return { indicator: INDICATOR_NAMES[i], quarter, mean: s.mean, p5: s.p5, p95: s.p95, ciLow: s.ciLow, ciHigh: s.ciHigh };
    }),
  );
}

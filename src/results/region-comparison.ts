// Paired comparison per region (comparison-by-region.csv): for each variant, region and indicator,
// variant − baseline replication by replication on the region's run total (flows) or final value
// (stocks), read from timeseries.csv, with Holm-adjusted p over the whole by-region family. Answers
// "does joining the neighbour help our prefecture" without a script.
import { join } from 'node:path';
import { csvRow } from '../io/csv.js';
import { INDICATOR_NAMES, IS_FLOW } from '../model/indicators.js';
import { holmAdjust } from '../stats/index.js';
import { comparePairedFinite, pairedFields, type PairedFields } from './compare-runs.js';
import { forEachCsvLine } from './csv-table.js';

export const COMPARISON_BY_REGION_FILE = 'comparison-by-region.csv';

export const REGION_COMPARISON_COLUMNS = [
  'baseline', 'variant', 'region', 'indicator', 'n', 'baselineMean', 'variantMean', 'meanDiff', 'ciLow', 'ciHigh',
  'relativeChange', 'pValue', 'pAdjusted',
] as const;

export interface RegionComparisonRow extends PairedFields {
  baseline: string;
  variant: string;
  region: string;
  indicator: string;
  /** Holm-adjusted across every row of comparison-by-region.csv. */
  pAdjusted: number;
}

interface RegionTotals {
  scenario: string;
  /** Regions in file order. */
  regions: string[];
  /** region → one row of indicator values per replication, in file order. */
  values: Map<string, Float64Array[]>;
}

/** Per region and replication: each flow summed over quarters, each stock at its last quarter. */
export function readRegionTotals(dir: string): RegionTotals {
  let scenario = '';
  let columns: number[] = [];
  let scenarioColumn = 0;
  let regionColumn = 0;
  let replicationColumn = 0;
  const values = new Map<string, Float64Array[]>();
  const current = new Map<string, Float64Array>();
  let replication = '';
  const fold = () => {
    for (const [region, row] of current) {
      const list = values.get(region) ?? [];
      list.push(row);
      values.set(region, list);
    }
    current.clear();
  };
  forEachCsvLine(join(dir, 'timeseries.csv'), (header) => {
    columns = INDICATOR_NAMES.map((name) => header.indexOf(name));
    scenarioColumn = header.indexOf('scenario');
    regionColumn = header.indexOf('region');
    replicationColumn = header.indexOf('replication');
  }, (fields) => {
    const region = fields[regionColumn];
    if (region === 'all') return;
    if (fields[replicationColumn] !== replication) {
      fold();
      replication = fields[replicationColumn];
    }
    scenario = fields[scenarioColumn];
    let row = current.get(region);
    if (!row) current.set(region, (row = new Float64Array(columns.length)));
    for (let i = 0; i < columns.length; i++) {
      const field = fields[columns[i]];
      const value = columns[i] < 0 || field === '' ? NaN : Number(field);
      row[i] = IS_FLOW[i] ? row[i] + value : value;
    }
  });
  fold();
  return { scenario, regions: [...values.keys()], values };
}

/** Rows for every variant, region the baseline has and indicator; the caller has checked the pairing (seeds). */
export function compareRunsByRegion(baselineDir: string, variantDirs: readonly string[]): RegionComparisonRow[] {
  const baseline = readRegionTotals(baselineDir);
  const rows: Omit<RegionComparisonRow, 'pAdjusted'>[] = [];
  for (const dir of variantDirs) {
    const variant = readRegionTotals(dir);
    for (const region of baseline.regions) {
      const b = baseline.values.get(region) ?? [];
      const v = variant.values.get(region);
      if (!v) continue;
      INDICATOR_NAMES.forEach((indicator, i) => {
        const c = comparePairedFinite(b.map((row) => row[i]), v.map((row) => row[i]));
        rows.push({ baseline: baseline.scenario, variant: variant.scenario, region, indicator, ...pairedFields(c) });
      });
    }
  }
  const adjusted = holmAdjust(rows.map((r) => r.pValue));
  return rows.map((r, i) => ({ ...r, pAdjusted: adjusted[i] }));
}

export function regionComparisonCsv(rows: readonly RegionComparisonRow[]): string {
  return [csvRow(REGION_COMPARISON_COLUMNS), ...rows.map((r) => csvRow(REGION_COMPARISON_COLUMNS.map((c) => r[c] ?? NaN)))].join('');
}

// The committee report's records, read off finished run folders (their statistics and manifests):
// the report itself never sees the world or the model (dependency rule).
import { readManifest } from '../io/run-folder.js';
import type { ComparisonRecord, ReportData, SensitivityRecord, SweepRecord } from '../report/index.js';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';
import type { ComparisonRow } from './compare-runs.js';
import type { PointMean } from './design-tables.js';
import { INDICATOR_NAMES } from '../model/indicators.js';
import { selectIndicators } from '../report/indicator-selection.js';
import { cumulativeTrajectories } from './cumulative-trajectories.js';
import type { RegionComparisonRow } from './region-comparison.js';
import type { RunStatistics } from './run-statistics.js';
import { comparisonRecords, fundingPeriods, regionNames, scenarioRecord, trajectoryRecords } from './run-records.js';
import { scenarioDifferences } from './scenario-differences.js';
import type { SensitivityRow } from './sensitivity-table.js';

export { fundingPeriods };

interface RunManifest {
  masterSeed: number;
  replications: number;
  scenario: Scenario;
}

/** Report records for one or more finished runs (`stats[i]` computed from `dirs[i]`). */
export function runsReportData(dirs: string[], stats: RunStatistics[], comparisons: ComparisonRow[] = [], regionComparisons: RegionComparisonRow[] = []): ReportData {
  const manifests = dirs.map((dir) => readManifest<RunManifest>(dir));
  return {
    manifest: {
      scenarios: stats.map((s) => s.scenario),
      masterSeed: manifests[0].masterSeed,
      replications: manifests[0].replications,
      version: VERSION,
    },
    trajectories: stats.flatMap((s, i) => {
      // Flows of the fan chart are drawn as running totals; stocks (and other flows) per quarter.
      const cumulative = cumulativeTrajectories(dirs[i], selectIndicators(INDICATOR_NAMES));
      const replaced = new Set(cumulative.map((row) => row.indicator));
      return [
        ...s.indicators.flatMap(({ indicator, quarter, summary }) =>
          quarter === 'all' || replaced.has(indicator)
            ? []
            : [{ scenario: s.scenario, indicator, quarter, mean: summary.mean, p5: summary.p5, p95: summary.p95, ciLow: summary.ciLow, ciHigh: summary.ciHigh }],
        ),
        ...cumulative.map((row) => ({ scenario: s.scenario, ...row, cumulative: true })),
      ];
    }),
    fundingPeriods: manifests.flatMap((m) => fundingPeriods(m.scenario)),
    comparisons: comparisonRecords(comparisons),
    regionalComparisons: regionComparisons.map(
      (c): ComparisonRecord => ({ baseline: c.baseline, variant: c.variant, indicator: c.indicator, region: c.region, meanDiff: c.meanDiff, ciLow: c.ciLow, ciHigh: c.ciHigh, relativeChange: c.relativeChange, pAdjusted: c.pAdjusted, baselineMean: c.baselineMean }),
    ),
    scenarios: manifests.map((m, i) => scenarioRecord(m.scenario, stats[i])),
    differences: manifests.slice(1).flatMap((m, i) =>
      scenarioDifferences(manifests[0].scenario, m.scenario).map((d) => ({ variant: stats[i + 1].scenario, ...d })),
    ),
    regionNames: regionNames(manifests.map((m) => m.scenario)),
    costEffectiveness: stats.flatMap((s) =>
      s.perReplication.map(({ replication, values }) => ({
        scenario: s.scenario,
        replication,
        publicSpendJpyM: values.publicSpendJpyM,
        commercializations: values.commercializations,
        revenueJpyM: values.revenueJpyM,
      })),
    ),
    degreeDistribution: stats.flatMap((s) => s.degrees.map((d) => ({ scenario: s.scenario, ...d }))),
    hubs: stats.flatMap((s) => s.hubs.map((h) => ({ scenario: s.scenario, ...h }))),
    regional: stats.flatMap((s) => s.regional.map((r) => ({ scenario: s.scenario, ...r }))),
  };
}

/** Report records of a sweep: per-point means with CIs; boolean and categorical values as text. */
export function sweepReportData(scenario: string, masterSeed: number, replications: number, means: PointMean[]): ReportData {
  const sweep: SweepRecord[] = means.map((m) => ({
    runId: String(m.runId),
    parameters: Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, typeof v === 'number' ? v : String(v)])),
    indicator: m.indicator,
    mean: m.mean,
    ciLow: m.ciLow,
    ciHigh: m.ciHigh,
  }));
  return { manifest: { scenarios: [scenario], masterSeed, replications, version: VERSION }, sweep };
}

export function sensitivityReportData(scenario: string, masterSeed: number, replications: number, rows: SensitivityRow[]): ReportData {
  const sensitivity: SensitivityRecord[] = rows.map((row) =>
    row.method === 'morris'
      ? { method: 'morris', indicator: row.indicator, parameter: row.index.path, muStar: row.index.muStar, sigma: row.index.sigma }
      : {
          method: 'sobol', indicator: row.indicator, parameter: row.index.path,
          s1: row.index.firstOrder, s1Low: row.index.firstOrderCiLow, s1High: row.index.firstOrderCiHigh,
          st: row.index.totalOrder, stLow: row.index.totalOrderCiLow, stHigh: row.index.totalOrderCiHigh,
        },
  );
  return { manifest: { scenarios: [scenario], masterSeed, replications, version: VERSION }, sensitivity };
}

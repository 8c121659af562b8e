// The committee report's records, read off finished run folders (their statistics and manifests):
// the report itself never sees the world or the model (dependency rule).
import { readManifest } from '../io/run-folder.js';
import type { ReportData, SensitivityRecord, SweepRecord } from '../report/index.js';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';
import type { ComparisonRow } from './compare-runs.js';
import type { PointMean } from './design-tables.js';
import type { RunStatistics } from './run-statistics.js';
import { comparisonRecords, fundingPeriods, trajectoryRecords } from './run-records.js';
import type { SensitivityRow } from './sensitivity-table.js';

export { fundingPeriods };

interface RunManifest {
  masterSeed: number;
  replications: number;
  scenario: Scenario;
}

/** Report records for one or more finished runs (`stats[i]` computed from `dirs[i]`). */
export function runsReportData(dirs: string[], stats: RunStatistics[], comparisons: ComparisonRow[] = []): ReportData {
  const manifests = dirs.map((dir) => readManifest<RunManifest>(dir));
  return {
    manifest: {
      scenarios: stats.map((s) => s.scenario),
      masterSeed: manifests[0].masterSeed,
      replications: manifests[0].replications,
      version: VERSION,
    },
    trajectories: trajectoryRecords(stats),
    fundingPeriods: manifests.flatMap((m) => fundingPeriods(m.scenario)),
    comparisons: comparisonRecords(comparisons),
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

/** Report records of a sweep: per-point means with CIs of numeric parameters. */
export function sweepReportData(scenario: string, masterSeed: number, replications: number, means: PointMean[]): ReportData {
  const sweep: SweepRecord[] = means.map((m) => ({
    runId: String(m.runId),
    parameters: Object.fromEntries(Object.entries(m.values).map(([k, v]) => [k, Number(v)])),
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

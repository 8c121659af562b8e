// Report records from statistics held in memory (no files read), shared by the CLI's report over
// run folders and the policy lab, which computes the same statistics in the browser.
import { fundedQuarters } from '../policy/funding-schedule.js';
import type { ComparisonRecord, FundingPeriod, RegionName, ScenarioRecord, TrajectoryRecord } from '../report/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { ComparisonRow } from './paired-summaries.js';
import type { RunStatistics } from './run-statistics.js';

/** Contiguous funded quarters of a scenario's programme, inclusive at both ends. */
export function fundingPeriods(scenario: Scenario): FundingPeriod[] {
  const funded = fundedQuarters(scenario, scenario.horizonQuarters);
  const periods: FundingPeriod[] = [];
  funded.forEach((on, q) => {
    if (!on) return;
    const last = periods[periods.length - 1];
    if (last && last.endQuarter === q - 1) last.endQuarter = q;
    else periods.push({ scenario: scenario.name, startQuarter: q, endQuarter: q });
  });
  return periods;
}

/** Per-quarter trajectories (the fan chart's rows) of each run's statistics. */
export function trajectoryRecords(stats: readonly RunStatistics[]): TrajectoryRecord[] {
  return stats.flatMap((s) =>
    s.indicators.flatMap(({ indicator, quarter, summary }) =>
      quarter === 'all' ? [] : [{ scenario: s.scenario, indicator, quarter, mean: summary.mean, p5: summary.p5, p95: summary.p95, ciLow: summary.ciLow, ciHigh: summary.ciHigh }],
    ),
  );
}

/** The forest plot's rows of a paired comparison. */
export function comparisonRecords(comparisons: readonly ComparisonRow[]): ComparisonRecord[] {
  return comparisons.map(
    (c): ComparisonRecord => ({ baseline: c.baseline, variant: c.variant, indicator: c.indicator, meanDiff: c.meanDiff, ciLow: c.ciLow, ciHigh: c.ciHigh, relativeChange: c.relativeChange, pAdjusted: c.pAdjusted, baselineMean: c.baselineMean }),
  );
}

/** Optional display fields a scenario may carry (read defensively: older manifests lack them). */
interface ScenarioDisplay {
  labelEn?: unknown;
  labelJa?: unknown;
  startFiscalYear?: unknown;
}

export function scenarioRecord(scenario: Scenario, stats: RunStatistics): ScenarioRecord {
  const display = scenario as Scenario & ScenarioDisplay;
  return {
    name: stats.scenario,
    ...(typeof display.labelEn === 'string' ? { labelEn: display.labelEn } : {}),
    ...(typeof display.labelJa === 'string' ? { labelJa: display.labelJa } : {}),
    ...(typeof display.startFiscalYear === 'number' ? { startFiscalYear: display.startFiscalYear } : {}),
    description: scenario.description ?? '',
    horizonQuarters: scenario.horizonQuarters,
    totals: stats.indicators.flatMap(({ indicator, quarter, summary }) =>
      quarter === 'all' ? [{ indicator, mean: summary.mean, ciLow: summary.ciLow, ciHigh: summary.ciHigh }] : [],
    ),
  };
}

/** Every region of the runs with its names, first occurrence wins. */
export function regionNames(scenarios: Scenario[]): RegionName[] {
  const seen = new Map<string, RegionName>();
  for (const scenario of scenarios) {
    for (const region of scenario.regions) {
      if (!seen.has(region.id)) seen.set(region.id, { id: region.id, nameEn: region.nameEn, nameJa: region.nameJa });
    }
  }
  return [...seen.values()];
}

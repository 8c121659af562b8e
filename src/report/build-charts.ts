// From a run's records to the list of chart specs it supports, in report order; a chart whose
// records are absent or empty is left out rather than drawn blank.
import type { TopLevelSpec } from 'vega-lite';
import { buildAllocationFrontChart, buildRegretHeatmap } from './allocation-charts.js';
import { ChartName } from './chart-names.js';
import { buildCostEffectivenessChart } from './cost-effectiveness-chart.js';
import { buildDegreeDistributionChart } from './degree-distribution-chart.js';
import { buildDiscoveryChart } from './discovery-chart.js';
import { displayNamesFor, withDisplayNames } from './display-names.js';
import { buildFanChart } from './fan-chart.js';
import { buildForestPlot, forestRows } from './forest-plot.js';
import { buildHubsChart } from './hubs-chart.js';
import type { ReportLabels } from './labels.js';
import { buildMorrisChart } from './morris-chart.js';
import { buildRegionalChart } from './regional-chart.js';
import type { ReportData } from './report-data.js';
import { buildSobolChart } from './sobol-chart.js';
import { buildSweepChart } from './sweep-chart.js';

export interface ChartOptions {
  /** Indicators for the multi-panel charts (trajectories, sweep, regional); default: headline ones. */
  indicators?: readonly string[];
  /** Hubs per scenario in the hubs chart. */
  hubs?: number;
}

export interface ChartSpec {
  name: ChartName;
  spec: TopLevelSpec;
}

export function buildCharts(records: ReportData, labels: ReportLabels, options: ChartOptions = {}): ChartSpec[] {
  // Charts show scenario labels and region names (the records keep the machine names).
  const data = withDisplayNames(records, displayNamesFor(records, labels.lang));
  const charts: ChartSpec[] = [];
  const add = (name: ChartName, present: boolean, build: () => TopLevelSpec) => {
    if (present) charts.push({ name, spec: build() });
  };
  const sensitivity = data.sensitivity ?? [];
  const some = (rows: readonly unknown[] | undefined) => (rows?.length ?? 0) > 0;

  add(ChartName.Trajectories, some(data.trajectories), () =>
    buildFanChart(data.trajectories!, data.fundingPeriods ?? [], labels, { indicators: options.indicators, startFiscalYear: commonFiscalYear(data) }),
  );
  add(ChartName.ComparisonForest, forestRows(data.comparisons ?? [], options.indicators).length > 0, () =>
    buildForestPlot(data.comparisons!, labels, { indicators: options.indicators }),
  );
  add(ChartName.CostEffectiveness, some(data.costEffectiveness), () =>
    buildCostEffectivenessChart(data.costEffectiveness!, labels),
  );
  // Only positive degrees and counts fit on log axes; a network without links has nothing to show.
  add(
    ChartName.DegreeDistribution,
    (data.degreeDistribution ?? []).some((row) => row.degree > 0 && row.meanCount > 0),
    () => buildDegreeDistributionChart(data.degreeDistribution!, labels),
  );
  add(ChartName.NetworkHubs, some(data.hubs), () => buildHubsChart(data.hubs!, labels, { top: options.hubs }));
  add(ChartName.Sweep, some(data.sweep), () => buildSweepChart(data.sweep!, labels, { indicators: options.indicators }));
  add(
    ChartName.SensitivityMorris,
    sensitivity.some((row) => row.method === 'morris'),
    () => buildMorrisChart(sensitivity, labels),
  );
  add(
    ChartName.SensitivitySobol,
    sensitivity.some((row) => row.method === 'sobol'),
    () => buildSobolChart(sensitivity, labels),
  );
  add(ChartName.RegionalBreakdown, some(data.regional), () =>
    buildRegionalChart(data.regional!, labels, { indicators: options.indicators }),
  );
  add(ChartName.RegionalComparison, forestRows(data.regionalComparisons ?? [], options.indicators).length > 0, () =>
    buildForestPlot(data.regionalComparisons!, labels, { name: ChartName.RegionalComparison, indicators: options.indicators }),
  );
  add(ChartName.ScenarioDiscovery, some(data.discovery?.boxes), () => buildDiscoveryChart(data.discovery!, labels));
  add(ChartName.AllocationFront, some(data.allocationFront), () => buildAllocationFrontChart(data.allocationFront!, labels));
  add(ChartName.RegretHeatmap, some(data.regretCells), () => buildRegretHeatmap(data.regretCells!, labels));
  return charts;
}

/** The scenarios' start year when they all give the same one (a comparison refuses others); else none. */
function commonFiscalYear(data: ReportData): number | undefined {
  const years = new Set((data.scenarios ?? []).map((s) => s.startFiscalYear));
  const [only] = years;
  return years.size === 1 ? only : undefined;
}

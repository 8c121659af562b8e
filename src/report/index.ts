// Public API of the report library: what the CLI (run, compare, sweep, sensitivity, report) calls.
export type {
  ComparisonRecord,
  CostEffectivenessRecord,
  DegreeRecord,
  DiscoveryBoxRecord,
  DiscoveryLimitRecord,
  DiscoveryRecords,
  FundingPeriod,
  HubRecord,
  IndicatorTotal,
  ManifestSummary,
  RegionalRecord,
  RegionName,
  ScenarioDifference,
  ScenarioRecord,
  ReportData,
  SensitivityMethod,
  SensitivityRecord,
  SweepRecord,
  SweepValue,
  TrajectoryRecord,
} from './report-data.js';
export { writeReport, type WriteReportOptions } from './write-report.js';
export { buildCharts, type ChartOptions, type ChartSpec } from './build-charts.js';
export { ChartName, CHART_NAMES } from './chart-names.js';
export { LANGS, isLang, labelsFor, type Lang, type ReportLabels } from './labels.js';
export { renderSvg, type SvgRendering } from './render-svg.js';
export { renderPng, type PngOptions } from './render-png.js';
export { buildReportHtml, type ReportHtmlInput } from './report-html.js';
export { reportMessages } from './report-messages.js';
export { buildExecutiveSummary, verdictSentence, SUMMARY_INDICATORS, type ExecutiveSummary, type SummaryBlock } from './executive-summary.js';
export { summaryMarkdown } from './summary-markdown.js';
export { displayNamesFor, type DisplayNames } from './display-names.js';
export { formatMoney, formatPValue, formatSignedPercent, SIGNIFICANCE_LEVEL } from './number-format.js';
export { buildFanChart } from './fan-chart.js';
export { buildForestPlot } from './forest-plot.js';
export { buildCostEffectivenessChart } from './cost-effectiveness-chart.js';
export { buildDegreeDistributionChart } from './degree-distribution-chart.js';
export { buildHubsChart } from './hubs-chart.js';
export { buildSweepChart } from './sweep-chart.js';
export { buildDiscoveryChart } from './discovery-chart.js';
export { buildMorrisChart } from './morris-chart.js';
export { buildSobolChart } from './sobol-chart.js';
export { buildRegionalChart } from './regional-chart.js';
export { buildPosteriorMarginalsChart, buildPosteriorPairsChart, type PosteriorChartInput } from './posterior-chart.js';
export { buildEnsembleEffectChart, type EnsembleEffectRecord } from './ensemble-effect-chart.js';
export { writeChartFiles } from './write-chart-files.js';
export { buildAllocationFrontChart, buildRegretHeatmap, type AllocationFrontRecord, type RegretCellRecord } from './allocation-charts.js';

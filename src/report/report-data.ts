// The records the report reads: plain rows the CLI derives from run outputs and statistics.
// The report never sees the world or the model (dependency rule), so indicator, lever and
// parameter names arrive as strings and are only translated for display.
import type { AllocationFrontRecord, RegretCellRecord } from './allocation-charts.js';
import type { SummaryBlock } from './executive-summary.js';

/** Per-quarter indicator totals over all regions, summarised over replications. */
export interface TrajectoryRecord {
  scenario: string;
  /** camelCase indicator name, e.g. `commercializations`. */
  indicator: string;
  quarter: number;
  mean: number;
  /** 5th and 95th percentiles over replications: the 90% band of outcomes. */
  p5: number;
  p95: number;
  /** 95% confidence interval of the mean. */
  ciLow: number;
  ciHigh: number;
  /** Running totals up to this quarter (a flow), not the quarter's own value. */
  cumulative?: boolean;
}

/** A span of quarters in which a scenario's programme is funded (both ends inclusive). */
export interface FundingPeriod {
  scenario: string;
  startQuarter: number;
  endQuarter: number;
}

/** A paired comparison (common random numbers) of one indicator between two scenarios. */
export interface ComparisonRecord {
  baseline: string;
  variant: string;
  indicator: string;
  /** Mean of (variant − baseline) over paired replications. */
  meanDiff: number;
  /** 95% confidence interval of `meanDiff`. */
  ciLow: number;
  ciHigh: number;
  /** `meanDiff` relative to the baseline mean (0.1 = +10%); null when the baseline mean is 0. */
  relativeChange: number | null;
  /** p-value adjusted for multiple comparisons. */
  pAdjusted: number;
  /** Set for a comparison within one region (comparison-by-region.csv); absent for totals over all regions. */
  region?: string;
  /** Baseline mean, to state the CI relative to it; absent in older callers (then derived when it can be). */
  baselineMean?: number;
}

/** Cumulative outcomes of one replication, to set against what it cost the public purse. */
export interface CostEffectivenessRecord {
  scenario: string;
  replication: number;
  publicSpendJpyM: number;
  commercializations: number;
  revenueJpyM: number;
}

/** End-of-run degree distribution: mean number of agents with this degree over replications. */
export interface DegreeRecord {
  scenario: string;
  degree: number;
  meanCount: number;
}

/** A connector hub (high betweenness) at the end of a run. */
export interface HubRecord {
  scenario: string;
  /** 1 = highest betweenness. */
  rank: number;
  /** Agent kind name: university, publicInstitute, sme, coreFirm, bank, coordinator. */
  kind: string;
  region: string;
  degree: number;
  betweenness: number;
  /** Burt's constraint: low = spans structural holes. */
  constraint: number;
}

/** A swept value: a number, or the text of a boolean or categorical value ('true', 'national'). */
export type SweepValue = number | string;

/** One indicator at one point of a parameter sweep. */
export interface SweepRecord {
  runId: string;
  /** Swept parameter path → value at this point (the same keys on every row). */
  parameters: Record<string, SweepValue>;
  indicator: string;
  mean: number;
  ciLow: number;
  ciHigh: number;
}

export type SensitivityMethod = 'morris' | 'sobol';

/** A sensitivity index of one parameter for one indicator. */
export interface SensitivityRecord {
  method: SensitivityMethod;
  indicator: string;
  parameter: string;
  /** Morris: mean absolute elementary effect and its standard deviation. */
  muStar?: number;
  sigma?: number;
  /** Sobol: first-order and total indices with their confidence intervals. */
  s1?: number;
  s1Low?: number;
  s1High?: number;
  st?: number;
  stLow?: number;
  stHigh?: number;
}

/** One indicator of one scenario over its replications: the run total of a flow, the final value of a stock. */
export interface IndicatorTotal {
  indicator: string;
  mean: number;
  /** 95% confidence interval of the mean. */
  ciLow: number;
  ciHigh: number;
}

/** A scenario as the executive summary presents it. */
export interface ScenarioRecord {
  /** The scenario's `name` (its run folder), the key of every other record. */
  name: string;
  /** Display names from the scenario file; the name when absent. */
  labelEn?: string;
  labelJa?: string;
  description: string;
  horizonQuarters: number;
  /** Fiscal year of the first simulated quarter, when the scenario gives it (axes then show fiscal years). */
  startFiscalYear?: number;
  totals: readonly IndicatorTotal[];
}

/** A setting of the resolved scenarios whose value differs between the baseline and a variant. */
export interface ScenarioDifference {
  variant: string;
  /** Dotted path, regions keyed by id: `regions.tokachi.talentSupply`. */
  path: string;
  /** JSON text of the value; absent when the scenario has no such setting. */
  baselineValue?: string;
  variantValue?: string;
}

/** Display names of a region (its id when absent). */
export interface RegionName {
  id: string;
  nameEn?: string;
  nameJa?: string;
}

/** An indicator per region (end of run or cumulative, as the caller decides). */
export interface RegionalRecord {
  scenario: string;
  region: string;
  indicator: string;
  mean: number;
}

/** What a committee member needs to know about the run behind the charts. */
export interface ManifestSummary {
  scenarios: string[];
  masterSeed: number | string;
  replications: number;
  /** clustersim version that produced the run. */
  version: string;
  /** Free text, e.g. the committee or meeting the report is for. */
  generatedFor?: string;
}

/** A box of a PRIM peeling trajectory (scenario discovery). */
export interface DiscoveryBoxRecord {
  box: number;
  phase: 'initial' | 'peel' | 'paste';
  coverage: number;
  density: number;
  mass: number;
  restrictedCount: number;
  /** Restricted dimensions' names, comma-separated. */
  restricted: string;
}

/** One dimension's limit in one box, as a share of its sampled range (categorical: share of categories kept). */
export interface DiscoveryLimitRecord {
  box: number;
  dimension: string;
  lower: number;
  upper: number;
  restricted: boolean;
  /** The limit in the dimension's own values: `[lo, hi]` or `{a, b}`. */
  limits: string;
  /** The larger quasi-p-value of its restricted sides; null when not restricted. */
  quasiP: number | null;
}

/** Scenario discovery: the condition, every box of the trajectory and every box's limits. */
export interface DiscoveryRecords {
  condition: string;
  /** The box shown first: the chosen box after pasting. */
  selectedBox: number;
  /** The peeled box the density threshold (or index) chose. */
  chosenBox: number;
  boxes: readonly DiscoveryBoxRecord[];
  limits: readonly DiscoveryLimitRecord[];
}

/** Everything a report can show; charts whose records are absent or empty are skipped. */
export interface ReportData {
  manifest: ManifestSummary;
  trajectories?: readonly TrajectoryRecord[];
  fundingPeriods?: readonly FundingPeriod[];
  comparisons?: readonly ComparisonRecord[];
  /** The same comparisons per region (records with `region`). */
  regionalComparisons?: readonly ComparisonRecord[];
  costEffectiveness?: readonly CostEffectivenessRecord[];
  degreeDistribution?: readonly DegreeRecord[];
  hubs?: readonly HubRecord[];
  sweep?: readonly SweepRecord[];
  sensitivity?: readonly SensitivityRecord[];
  regional?: readonly RegionalRecord[];
  /** The scenarios in report order, the baseline first: the executive summary's rows and labels. */
  scenarios?: readonly ScenarioRecord[];
  differences?: readonly ScenarioDifference[];
  regionNames?: readonly RegionName[];
  /** Scenario discovery (PRIM) of `discover`. */
  discovery?: DiscoveryRecords;
  /** A budget allocation's Pareto front and its regret across an ensemble (allocation-charts.ts). */
  allocationFront?: readonly AllocationFrontRecord[];
  regretCells?: readonly RegretCellRecord[];
  /** Tables an experiment adds to the executive summary after its own blocks (an allocation's front and regret). */
  extraBlocks?: readonly SummaryBlock[];
}

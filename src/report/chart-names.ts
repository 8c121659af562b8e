// The report's charts by file name (charts/NAME.vl.json|svg|png), in the order the report shows them.

export const ChartName = {
  Trajectories: 'trajectories',
  ComparisonForest: 'comparison-forest',
  CostEffectiveness: 'cost-effectiveness',
  DegreeDistribution: 'degree-distribution',
  NetworkHubs: 'network-hubs',
  Sweep: 'sweep',
  SensitivityMorris: 'sensitivity-morris',
  SensitivitySobol: 'sensitivity-sobol',
  RegionalBreakdown: 'regional-breakdown',
  RegionalComparison: 'regional-comparison',
  ScenarioDiscovery: 'scenario-discovery',
  AllocationFront: 'allocation-front',
  RegretHeatmap: 'regret-heatmap',
} as const;
export type ChartName = (typeof ChartName)[keyof typeof ChartName];

export const CHART_NAMES: readonly ChartName[] = Object.values(ChartName);

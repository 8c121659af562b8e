// The clustersim library API: everything the CLI does is available from TypeScript (convention 8).
// The experiments (run, compare, sweep, sensitivity, calibrate) take a typed spec, write their run
// folders and return records; the lower layers are here for those who build their own.
export { run, type RunSpec } from './experiments/run.js';
export { compare, compareRunFolders, type CompareSpec, type CompareResult, type ComparisonResult } from './experiments/compare.js';
export { sweep, type SweepSpec } from './experiments/sweep.js';
export { sensitivity, type SensitivitySpec } from './experiments/sensitivity.js';
export { discover, type DiscoverResult, type DiscoverSpec } from './experiments/discover.js';
export { calibrate, DEFAULT_MAX_EVALUATIONS, type CalibrateSpec, type CalibrateResult } from './experiments/calibrate.js';
export { calibrateEnsemble, type EnsembleCalibrateSpec, type EnsembleCalibrateResult, type TargetFit } from './experiments/calibrate-ensemble.js';
export { screenParameters, type ScreenSpec, type ScreenResult } from './experiments/screen-parameters.js';
export { robustCompare, type RobustCompareSpec, type RobustCompareResult, type RobustVerdict } from './experiments/robust-compare.js';
export { mergeDesign, type DesignBase, type DesignResult } from './experiments/design-run.js';
export { buildDesign, DEFAULT_INDICATORS, DEFAULT_SAMPLES, DEFAULT_TRAJECTORIES, type DesignSpec } from './experiments/design-spec.js';
export { reportRuns, type ReportRunsOptions } from './experiments/report-runs.js';
export { writeSlurmJobs, submitSlurmJobs, type SlurmSpec } from './experiments/slurm-jobs.js';
export { shippedSupportFamilies, supportVerdicts, VERDICT_INDICATORS, type SupportFamily, type SupportVerdict, type Verdict } from './experiments/support-verdicts.js';
export type { DesignOptions, ExperimentOptions, RunExperimentOptions, ScenarioSource } from './experiments/experiment-options.js';
export * as runFolder from './io/run-folder.js';
export { RandomStream, replicationSeed, streamSeed } from './rng/index.js';
export { loadScenario, readScenarioDocument, validateScenario, type LoadedScenario } from './scenario/load-scenario.js';
export { scenarioSchema, type Scenario, type ScenarioInput } from './scenario/schema.js';
export { scenarioJsonSchema } from './scenario/json-schema.js';
export { getPath, setPath } from './scenario/scenario-path.js';
export { createWorld } from './model/create-world.js';
export { INDICATORS, INDICATOR_NAMES, type IndicatorName } from './model/indicators.js';
export { step, SCHEDULE } from './engine/schedule.js';
export { newWorld, runWorld, simulateReplication, type ReplicationResult } from './engine/simulate.js';
export { SUMMARY_COLUMNS } from './engine/run-summary.js';
export { runScenarios, RunInterrupted, type RunOptions, type RunResult } from './montecarlo/run-experiment.js';
export { mergeShards } from './montecarlo/merge-shards.js';
export { parseShard, type Shard } from './montecarlo/shard.js';
export type { PrecisionTarget } from './montecarlo/precision-target.js';
export type { PointResult } from './results/design-tables.js';
export type { ComparisonRow } from './results/compare-runs.js';
export type { SensitivityRow } from './results/sensitivity-table.js';
export { writeReport, LANGS, type Lang, type ReportData } from './report/index.js';
export { InputError } from './messages.js';
export { VERSION } from './version.js';

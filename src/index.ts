// The clustersim library API: everything the CLI does is available from TypeScript (convention 8).
export { RandomStream, replicationSeed, streamSeed } from './rng/index.js';
export { loadScenario, readScenarioDocument, validateScenario, type LoadedScenario } from './scenario/load-scenario.js';
export { scenarioSchema, type Scenario, type ScenarioInput } from './scenario/schema.js';
export { scenarioJsonSchema } from './scenario/json-schema.js';
export { createWorld } from './model/create-world.js';
export { INDICATORS, INDICATOR_NAMES, type IndicatorName } from './model/indicators.js';
export { step, SCHEDULE } from './engine/schedule.js';
export { newWorld, runWorld, simulateReplication, type ReplicationResult } from './engine/simulate.js';
export { SUMMARY_COLUMNS } from './engine/run-summary.js';
export { runScenarios, RunInterrupted, type RunOptions, type RunResult } from './montecarlo/run-experiment.js';
export { mergeShards } from './montecarlo/merge-shards.js';
export { parseShard, type Shard } from './montecarlo/shard.js';
export { InputError } from './messages.js';
export { VERSION } from './version.js';

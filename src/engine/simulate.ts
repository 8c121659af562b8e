// One replication, start to end: create the world from the scenario and the replication's seed,
// step it through the horizon, and collect indicator records. Headless: no I/O here.
import { createWorld } from '../model/create-world.js';
import { INDICATOR_COUNT } from '../model/indicators.js';
import type { World } from '../model/world.js';
import { compileFundingSchedule } from '../policy/funding-schedule.js';
import { replicationSeed } from '../rng/index.js';
import type { Scenario } from '../scenario/schema.js';
import { networkDiagnostics, type NetworkDiagnostics } from './network-diagnostics.js';
import { step } from './schedule.js';
import { summarizeReplication } from './run-summary.js';

export interface ReplicationResult {
  replication: number;
  /** The replication's derived seed (16 hex digits). */
  seed: string;
  /** Flows summed over the horizon, stocks at the end, then the policy ratios: SUMMARY_COLUMNS. */
  summary: Float64Array;
  /** quarter × (regions + 1) × indicator; row `regions` of each quarter is the total. */
  timeseries: Float64Array;
  network: NetworkDiagnostics;
}

/**
 * A fresh world for one replication (16 hex digits of seed): the engine compiles the programme's
 * funding schedule from the policy and hands it to the model, which does not import policy code.
 */
export function newWorld(scenario: Scenario, seed: string): World {
  return createWorld(scenario, seed, compileFundingSchedule(scenario, scenario.horizonQuarters));
}

/** Steps a fresh world through the horizon, handing each quarter's indicators to `onQuarter`. */
export function runWorld(scenario: Scenario, seed: string, onQuarter?: (world: World) => void): World {
  const world = newWorld(scenario, seed);
  for (let q = 0; q < scenario.horizonQuarters; q++) {
    step(world);
    onQuarter?.(world);
  }
  return world;
}

/** A replication's summary values alone: what a design point keeps (see `simulateSummary`). */
export interface ReplicationSummary {
  replication: number;
  seed: string;
  summary: Float64Array;
}

/** `atEnd` sees the world after the last quarter, before the network diagnostics (the bench measures its tables). */
export function simulateReplication(scenario: Scenario, replication: number, masterSeed: number, atEnd?: (world: World) => void): ReplicationResult {
  const { world, seed, summary, timeseries } = runAndSummarize(scenario, replication, masterSeed);
  atEnd?.(world);
  return { replication, seed, summary, timeseries, network: networkDiagnostics(world) };
}

/**
 * The same replication as `simulateReplication`, summary only: no end-of-run network diagnostics
 * (betweenness is a tenth of a replication, and no summary value reads it). The diagnostics come
 * after the last quarter and draw from their own stream, so the summary is the same to the bit.
 */
export function simulateSummary(scenario: Scenario, replication: number, masterSeed: number): ReplicationSummary {
  const { seed, summary } = runAndSummarize(scenario, replication, masterSeed);
  return { replication, seed, summary };
}

/** A replication's summary and per-quarter indicators: what the policy lab's workers keep. */
export type ReplicationTrajectory = Omit<ReplicationResult, 'network'>;

/**
 * The same replication as `simulateReplication` without the end-of-run network diagnostics (a third
 * of a baseline replication): summary and time series are the same to the bit, as in `simulateSummary`.
 */
export function simulateTrajectory(scenario: Scenario, replication: number, masterSeed: number): ReplicationTrajectory {
  const { seed, summary, timeseries } = runAndSummarize(scenario, replication, masterSeed);
  return { replication, seed, summary, timeseries };
}

/** Runs the replication, keeping each quarter's indicators, and sums up the horizon. */
function runAndSummarize(scenario: Scenario, replication: number, masterSeed: number): { world: World; seed: string; summary: Float64Array; timeseries: Float64Array } {
  const seed = replicationSeed(masterSeed, replication);
  const rows = scenario.regions.length + 1;
  const quarters = scenario.horizonQuarters;
  const timeseries = new Float64Array(quarters * rows * INDICATOR_COUNT);
  const totals = new Float64Array(quarters * INDICATOR_COUNT);
  const totalOffset = (rows - 1) * INDICATOR_COUNT;
  const world = runWorld(scenario, seed, (w) => {
    const q = w.quarter - 1;
    timeseries.set(w.quarterIndicators, q * rows * INDICATOR_COUNT);
    totals.set(w.quarterIndicators.subarray(totalOffset, totalOffset + INDICATOR_COUNT), q * INDICATOR_COUNT);
  });
  return { world, seed, summary: summarizeReplication(totals, quarters, scenario), timeseries };
}

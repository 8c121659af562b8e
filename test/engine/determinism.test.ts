// Determinism of the engine: the same seed gives byte-identical summaries, time series and network
// diagnostics, whatever ran before or alongside in the same thread (working buffers belong to each
// world, none to a module) and however often the candidate index is rebuilt; different seeds give
// different runs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { step } from '../../src/engine/schedule.js';
import { newWorld, runWorld, simulateReplication, type ReplicationResult } from '../../src/engine/simulate.js';
import { RegionIndex } from '../../src/model/region-index.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema.js';

const baseline = loadScenario('scenarios/baseline.yaml').scenario;
const SEEDS = [1, 2, 3];

/** The baseline with every region's agents scaled: a differently sized world in between runs. */
function scaled(scenario: Scenario, factor: number): Scenario {
  return {
    ...scenario,
    horizonQuarters: 12,
    regions: scenario.regions.map((region) => ({
      ...region,
      agents: { ...region.agents, smes: Math.round(region.agents.smes * factor) },
    })),
  };
}

function bytes(values: Float64Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

function expectIdentical(a: ReplicationResult, b: ReplicationResult): void {
  expect(a.seed).toBe(b.seed);
  expect(Buffer.compare(bytes(a.summary), bytes(b.summary))).toBe(0);
  expect(Buffer.compare(bytes(a.timeseries), bytes(b.timeseries))).toBe(0);
  expect(JSON.stringify(a.network)).toBe(JSON.stringify(b.network));
}

describe('determinism', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('same seed, identical summary, time series and network, whatever ran before', () => {
    const first = SEEDS.map((seed) => simulateReplication(baseline, 0, seed));
    // Other seeds and a larger world in between exercise the buffers reused across runs.
    simulateReplication(scaled(baseline, 3), 5, 99);
    const again = [...SEEDS].reverse().map((seed) => simulateReplication(baseline, 0, seed)).reverse();
    for (let i = 0; i < SEEDS.length; i++) expectIdentical(first[i], again[i]);
  });

  it('worlds stepped in turn, quarter by quarter, in one thread, run as each would alone', () => {
    const small = scaled(baseline, 1);
    const large = scaled(baseline, 3);
    const seeds = ['00000000000000b1', '00000000000000b2'];
    const interleaved = [newWorld(small, seeds[0]), newWorld(large, seeds[1])];
    const series = interleaved.map(() => [] as Float64Array[]);
    for (let q = 0; q < small.horizonQuarters; q++) {
      interleaved.forEach((world, i) => {
        step(world);
        series[i].push(world.quarterIndicators.slice());
      });
    }
    [small, large].forEach((scenario, i) => {
      const alone: Float64Array[] = [];
      runWorld(scenario, seeds[i], (world) => alone.push(world.quarterIndicators.slice()));
      expect(alone.length).toBe(series[i].length);
      for (let q = 0; q < alone.length; q++) expect(Buffer.compare(bytes(alone[q]), bytes(series[i][q]))).toBe(0);
    });
  });

  it('different seeds (and replications) give different runs', () => {
    const runs = [...SEEDS.map((seed) => simulateReplication(baseline, 0, seed)), simulateReplication(baseline, 1, SEEDS[0])];
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        expect(runs[i].seed).not.toBe(runs[j].seed);
        expect(Buffer.compare(bytes(runs[i].timeseries), bytes(runs[j].timeseries))).not.toBe(0);
        expect(Buffer.compare(bytes(runs[i].summary), bytes(runs[j].summary))).not.toBe(0);
      }
    }
  });

  it('refreshing the candidate index only on births and exits changes nothing', () => {
    const refreshed = simulateReplication(baseline, 0, SEEDS[0]);
    // Rebuilding every time, as before the optimisation, must give the same bytes.
    vi.spyOn(RegionIndex.prototype, 'refresh').mockImplementation(function (this: RegionIndex, agents) {
      this.rebuild(agents);
    });
    expectIdentical(simulateReplication(baseline, 0, SEEDS[0]), refreshed);
  });
});

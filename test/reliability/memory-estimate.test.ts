// The memory estimate behind the resource guard: bytes per agent from the agent table's
// columns, linear in agents, per replication held at once, and above what a run really uses.
import { describe, expect, it } from 'vitest';
import { checkMemory } from '../../src/cli/memory-guard.js';
import { InputError } from '../../src/messages.js';
import { AgentTable } from '../../src/model/agent-table.js';
import { FIELD_COUNT } from '../../src/model/vocabulary.js';
import { simulateReplication } from '../../src/engine/simulate.js';
import { loadScenario, validateScenario } from '../../src/scenario/load-scenario.js';
import { AGENT_BYTES, estimateMemory, initialAgents, LINK_BYTES } from '../../src/scenario/memory-estimate.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { scenarioFixture } from '../helpers/fixtures.js';

const withSmes = (smes: number, regions = 1): Scenario =>
  validateScenario({
    name: 'm',
    horizonQuarters: 8,
    regions: Array.from({ length: regions }, (_, i) => ({ id: `r${i}`, fields: { food: 1 }, agents: { smes } })),
  }, 'm.yaml');

describe('the memory estimate', () => {
  it('measures bytes per agent from the agent table columns', () => {
    const table = new AgentTable(100);
    // Each array once: an alias (a bank's lendableJpyM) is the same array as its column (cashJpyM).
    const columns = [...new Set(Object.values(table).filter(ArrayBuffer.isView) as ArrayBufferView[])];
    expect(AGENT_BYTES).toBe(columns.reduce((sum, c) => sum + c.byteLength, 0) / 100);
    // The field profile alone is FIELD_COUNT floats.
    expect(AGENT_BYTES).toBeGreaterThan(FIELD_COUNT * 4);
    // Link columns (a, b, type, strength, cross-region) plus the pair index.
    expect(LINK_BYTES).toBeGreaterThan(14);
  });

  it('grows linearly with agents and with replications held at once', () => {
    const small = estimateMemory(withSmes(10_000), 1);
    const large = estimateMemory(withSmes(1_000_000), 1);
    expect(large.agents).toBe(initialAgents(withSmes(1_000_000)));
    // Linear: equal steps in agents add memory in proportion (the fixed part, the indicator
    // outputs, cancels; it grew with the budget and instrument columns, so a plain ratio no longer
    // matched the agents' ratio to the nearest unit).
    const mid = estimateMemory(withSmes(500_000), 1);
    expect((large.perReplicationMb - mid.perReplicationMb) / (mid.perReplicationMb - small.perReplicationMb))
      .toBeCloseTo((large.agents - mid.agents) / (mid.agents - small.agents), 1);
    const four = estimateMemory(withSmes(1_000_000), 4);
    expect(four.totalMb - large.totalMb).toBeGreaterThan(3 * large.perReplicationMb);
  });

  it('is above what a replication really uses (measured on 100,000 agents)', () => {
    const scenario = withSmes(50_000, 2);
    // The run is synchronous: compare resident memory before and after it (V8 rarely returns
    // memory to the system that soon) and the rise of the process's peak.
    const before = process.memoryUsage().rss;
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    simulateReplication(scenario, 0, 1);
    const grown = Math.max(process.memoryUsage().rss - before, process.resourceUsage().maxRSS * 1024 - peakBefore);
    const usedMb = grown / 2 ** 20;
    expect(usedMb).toBeGreaterThan(10);
    expect(estimateMemory(scenario, 1).perReplicationMb).toBeGreaterThan(usedMb);
  }, 60_000);

  it('the guard refuses what does not fit the budget and passes what does', () => {
    const baseline = loadScenario(scenarioFixture('../../../scenarios/baseline.yaml'));
    expect(() => checkMemory([baseline], { workers: 2, maxMemoryMb: 10_000 })).not.toThrow();
    expect(() => checkMemory([baseline], { workers: 2, maxMemoryMb: 50 })).toThrow(InputError);
    // One replication: one world in memory, whatever the number of workers.
    const one = estimateMemory(baseline.scenario, 1).totalMb;
    expect(() => checkMemory([baseline], { workers: 8, replications: 1, maxMemoryMb: one + 1 })).not.toThrow();
  });
});

describe('memory estimate with an initial network', () => {
  it('counts the data agents on top of the generated ones', () => {
    const { scenario } = loadScenario(new URL('../../scenarios/cases/data-network.yaml', import.meta.url).pathname);
    const generated = scenario.regions.reduce((sum, r) => sum + Object.values(r.agents).reduce((a, b) => a + b, 0), 0);
    expect(initialAgents(scenario)).toBe(generated + 58);
  });
});

describe('the memory estimate of an initial network from data', () => {
  // Measured with /usr/bin/time on `run` of a scenario reading 100,000 agents and 450,000 links from
  // CSV (17 MB) and 20 generated agents: peak RSS 583 MB in-process (-w 1), 1,103 MB with -w 2. The
  // estimate left the rows out (169 MB and 299 MB).
  const network = (agents: number, edges: number): Scenario => {
    const scenario = withSmes(10, 2);
    return {
      ...scenario,
      initialNetwork: {
        agents: Array.from({ length: agents }, (_, i) => ({ id: `a${i}`, kind: 'sme' as const, region: `r${i % 2}` })),
        edges: Array.from({ length: edges }, (_, i) => ({ source: `a${i % agents}`, target: `a${(i * 7 + 1) % agents}`, kind: 'industryIndustry' as const, weight: 0.5 })),
      },
    };
  };

  it('counts the rows and their links, and stays a little above the measured peaks', () => {
    const scenario = network(100_000, 450_000);
    const inProcess = estimateMemory(scenario, 1).totalMb;
    const twoWorkers = estimateMemory(scenario, 2).totalMb;
    expect(inProcess).toBeGreaterThan(583);
    expect(inProcess).toBeLessThan(583 * 1.25);
    expect(twoWorkers).toBeGreaterThan(1103);
    expect(twoWorkers).toBeLessThan(1103 * 1.25);
    // Rows cost memory on their own: links from data beyond the agents' count the same.
    expect(estimateMemory(network(100_000, 900_000), 1).totalMb).toBeGreaterThan(inProcess + 100);
  });
});

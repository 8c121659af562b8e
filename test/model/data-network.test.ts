// Initialisation from data (src/model/data-network.ts): the data's agents exist with their kinds,
// regions and fields, after the generated agents and in the order of the rows; at quarter 0 the
// data's links exist with their kinds and weights and are the data agents' only links; the same seed
// gives the same run, and a scenario without data is initialised as before.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorld, simulateReplication } from '../../src/engine/simulate.js';
import { AGENT_KIND_NAMES, FIELDS, LINK_TYPE_NAMES } from '../../src/model/vocabulary.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { NetworkAgent, NetworkEdge, Scenario } from '../../src/scenario/schema.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const scenario = loadScenario(join(REPO_ROOT, 'scenarios/cases/data-network.yaml')).scenario;
const network = scenario.initialNetwork!;
const agents = network.agents as NetworkAgent[];
const edges = network.edges as NetworkEdge[];
const generated = scenario.regions.reduce((sum, region) => sum + Object.values(region.agents).reduce((a, b) => a + b, 0) - region.agents.programmeCoordinators, 0);
const SEED = '00000000000000c3';

describe('createWorld with an initial network from data', () => {
  const world = newWorld(scenario, SEED);
  const regionIds = scenario.regions.map((r) => r.id);
  const indexOf = new Map(agents.map((agent, row) => [agent.id, generated + row]));

  it('adds the data agents after the generated ones, with their kinds, regions and fields', () => {
    expect(agents.length).toBeGreaterThanOrEqual(50);
    expect(world.agents.count).toBe(generated + agents.length);
    expect(world.ledger.agentsInitial).toBe(world.agents.count);
    agents.forEach((agent, row) => {
      const id = generated + row;
      expect(AGENT_KIND_NAMES[world.agents.kind[id]], agent.id).toBe(agent.kind);
      expect(regionIds[world.agents.region[id]], agent.id).toBe(agent.region);
      expect(world.agents.alive[id]).toBe(1);
      if (agent.field) expect(FIELDS[world.agents.mainField[id]], agent.id).toBe(agent.field);
    });
    expect(agents.some((a) => a.field === undefined)).toBe(true);
  });

  it('has every link of the data at quarter 0, with its kind and weight, and no other link of a data agent', () => {
    expect(edges.length).toBeGreaterThanOrEqual(100);
    for (const edge of edges) {
      const link = world.links.find(indexOf.get(edge.source)!, indexOf.get(edge.target)!);
      expect(link, `${edge.source}-${edge.target}`).toBeGreaterThanOrEqual(0);
      expect(LINK_TYPE_NAMES[world.links.type[link]]).toBe(edge.kind);
      expect(world.links.strength[link]).toBeCloseTo(edge.weight, 6);
      const crossRegion = agents.find((a) => a.id === edge.source)!.region !== agents.find((a) => a.id === edge.target)!.region;
      expect(world.links.crossRegion[link]).toBe(crossRegion ? 1 : 0);
    }
    const degree = new Map<string, number>();
    for (const edge of edges) for (const id of [edge.source, edge.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    for (const agent of agents) expect(world.agents.degree[indexOf.get(agent.id)!], agent.id).toBe(degree.get(agent.id) ?? 0);
    // Generated agents start linked only among themselves.
    for (let link = 0; link < world.links.count; link++) {
      expect(world.links.a[link] >= generated).toBe(world.links.b[link] >= generated);
    }
  });

  it('is deterministic: the same seed gives the same world and the same run, another seed another run', () => {
    const again = newWorld(scenario, SEED);
    expect(Array.from(again.agents.cashJpyM.subarray(0, again.agents.count))).toEqual(Array.from(world.agents.cashJpyM.subarray(0, world.agents.count)));
    expect(Array.from(again.links.strength.subarray(0, again.links.count))).toEqual(Array.from(world.links.strength.subarray(0, world.links.count)));
    const short: Scenario = { ...scenario, horizonQuarters: 12 };
    const a = simulateReplication(short, 0, 7);
    const b = simulateReplication(structuredClone(short), 0, 7);
    expect(Array.from(b.summary)).toEqual(Array.from(a.summary));
    expect(Array.from(b.timeseries)).toEqual(Array.from(a.timeseries));
    expect(Array.from(simulateReplication(short, 1, 7).summary)).not.toEqual(Array.from(a.summary));
  });

  it('leaves the generated part of the world as it is without the data', () => {
    const { initialNetwork: _, ...withoutData } = scenario;
    const plain = newWorld(withoutData as Scenario, SEED);
    expect(plain.agents.count).toBe(generated);
    expect(Array.from(world.agents.cashJpyM.subarray(0, generated))).toEqual(Array.from(plain.agents.cashJpyM.subarray(0, generated)));
    expect(Array.from(world.agents.profile.subarray(0, generated * FIELDS.length))).toEqual(Array.from(plain.agents.profile.subarray(0, generated * FIELDS.length)));
  });

  it('refuses network files the loader did not read', () => {
    const unread = { ...scenario, initialNetwork: { agents: 'agents.csv', edges: 'edges.csv' } } as Scenario;
    expect(() => newWorld(unread, SEED)).toThrow(/loadScenario/);
  });
});

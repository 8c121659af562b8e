// Components and local clustering against plain definitions on random graphs with hubs, leaves,
// isolated agents and dead agents still linked: the optimised versions must agree exactly.
import { describe, expect, it } from 'vitest';
import { labelComponents, localClustering, NetworkScratch } from '../../src/model/network-metrics.js';
import { AgentKind, LinkType } from '../../src/model/vocabulary.js';
import { RandomStream } from '../../src/rng/index.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { World } from '../../src/model/world.js';
import { emptyWorldOf } from '../helpers/tiny-world.js';

const scenario = loadScenario('scenarios/baseline.yaml').scenario;

function randomWorld(seed: string, agents: number): World {
  const rng = new RandomStream(seed);
  const world = emptyWorldOf(scenario, '0123456789abcdef');
  for (let i = 0; i < agents; i++) world.agents.add(AgentKind.Sme, 0);
  const hubs = Math.max(2, Math.floor(agents / 12));
  // Hubs densely linked among themselves (busy neighbour pairs), clients of one to three hubs,
  // small cliques and pairs among the others, some agents left alone.
  for (let i = 0; i < hubs * 3; i++) {
    const x = rng.int(hubs);
    const y = rng.int(hubs);
    if (x !== y) world.links.connect(x, y, LinkType.IndustryIndustry, 1);
  }
  for (let v = hubs; v < agents; v++) {
    const u = rng.uniform();
    if (u < 0.5) {
      for (let k = 0, links = 1 + rng.int(3); k < links; k++) world.links.connect(v, rng.int(hubs), LinkType.Finance, 1);
    } else if (u < 0.8) {
      for (let k = 1; k <= 3 && v + k < agents; k++) if (rng.uniform() < 0.6) world.links.connect(v, v + k, LinkType.IndustryIndustry, 1);
    }
  }
  for (let v = 0; v < agents; v++) if (rng.uniform() < 0.1) world.agents.retire(v);
  world.links.adjacency();
  return world;
}

function neighbours(world: World, v: number): number[] {
  const { adjStart, adjTarget } = world.links;
  return Array.from(adjTarget.subarray(adjStart[v], adjStart[v + 1]));
}

describe('labelComponents', () => {
  it('labels each component by its smallest id and finds the largest by alive agents', () => {
    // One scratch for every trial: worlds of growing size reuse (and grow) the same arrays.
    const scratch = new NetworkScratch();
    for (let trial = 0; trial < 20; trial++) {
      const world = randomWorld(`components-${trial}`, 15 + trial * 11);
      const n = world.agents.count;
      const { alive } = world.agents;
      const expected = new Int32Array(n).fill(-2);
      const aliveIn = new Map<number, number>();
      for (let root = 0; root < n; root++) {
        if (expected[root] !== -2) continue;
        const stack = [root];
        expected[root] = root;
        while (stack.length > 0) {
          const v = stack.pop()!;
          aliveIn.set(root, (aliveIn.get(root) ?? 0) + alive[v]);
          for (const w of neighbours(world, v)) {
            if (expected[w] === -2) {
              expected[w] = root;
              stack.push(w);
            }
          }
        }
      }
      let largest = -1;
      for (const [root, size] of aliveIn) if (size > (aliveIn.get(largest) ?? 0)) largest = root;
      for (let v = 0; v < n; v++) if (!alive[v]) expected[v] = -1;
      const labels = new Int32Array(n);
      expect(labelComponents(world, labels, scratch)).toBe(largest);
      expect(Array.from(labels)).toEqual(Array.from(expected));
    }
  });

  it('breaks a tie in alive size for the lower label, even when a higher one reaches the size first', () => {
    // {0, 6, 7} and {1, 2, 3} have three alive agents each; {1, 2, 3} is complete first in id
    // order. {4, 5} has three members but one dead, so two alive.
    const world = emptyWorldOf(scenario, '0123456789abcdef');
    for (let i = 0; i < 9; i++) world.agents.add(AgentKind.Sme, 0);
    for (const [x, y] of [[1, 2], [2, 3], [0, 7], [6, 7], [4, 5], [5, 8]]) world.links.connect(x, y, LinkType.IndustryIndustry, 1);
    world.agents.retire(8);
    const labels = new Int32Array(9);
    expect(labelComponents(world, labels, new NetworkScratch())).toBe(0);
    expect(Array.from(labels)).toEqual([0, 1, 1, 1, 4, 4, 0, 0, -1]);
    world.agents.retire(6);
    expect(labelComponents(world, labels, new NetworkScratch())).toBe(1);
  });
});

describe('localClustering', () => {
  it('is the share of linked neighbour pairs, to the last bit, and leaves the marks clear', () => {
    const scratch = new NetworkScratch();
    for (let trial = 0; trial < 20; trial++) {
      const world = randomWorld(`clustering-${trial}`, 15 + trial * 11);
      const n = world.agents.count;
      const mark = new Uint8Array(n);
      for (let v = 0; v < n; v++) {
        const row = neighbours(world, v);
        let closed = 0;
        for (let i = 0; i < row.length; i++) for (let j = 0; j < i; j++) if (world.links.find(row[i], row[j]) >= 0) closed++;
        const expected = row.length < 2 ? 0 : closed / ((row.length * (row.length - 1)) / 2);
        expect(Object.is(localClustering(world, v, mark, scratch), expected)).toBe(true);
      }
      expect(mark.every((m) => m === 0)).toBe(true);
    }
  });
});

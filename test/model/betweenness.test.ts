// Betweenness against a plain textbook Brandes (push form, every node a source) on random graphs
// with many leaves, isolated pairs and stars: the optimised search (leaves counted, not searched;
// dependencies pulled) must give the same values.
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/model/network-metrics.js';
import { AgentKind, LinkType } from '../../src/model/vocabulary.js';
import { RandomStream } from '../../src/rng/index.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { World } from '../../src/model/world.js';
import { emptyWorldOf } from '../helpers/tiny-world.js';

const scenario = loadScenario('scenarios/baseline.yaml').scenario;

function reference(world: World): Float64Array {
  const { links } = world;
  links.adjacency();
  const n = world.agents.count;
  const c = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    if (links.adjStart[s + 1] === links.adjStart[s]) continue;
    const sigma = new Float64Array(n);
    const dist = new Int32Array(n).fill(-1);
    const delta = new Float64Array(n);
    const order: number[] = [];
    const queue = [s];
    sigma[s] = 1;
    dist[s] = 0;
    while (queue.length > 0) {
      const v = queue.shift()!;
      order.push(v);
      for (let k = links.adjStart[v]; k < links.adjStart[v + 1]; k++) {
        const w = links.adjTarget[k];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push(w);
        }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const w = order[i];
      for (let k = links.adjStart[w]; k < links.adjStart[w + 1]; k++) {
        const v = links.adjTarget[k];
        if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      if (w !== s) c[w] += delta[w];
    }
  }
  for (let v = 0; v < n; v++) c[v] /= 2;
  return c;
}

function randomWorld(seed: string, agents: number): World {
  const rng = new RandomStream(seed);
  const world = emptyWorldOf(scenario, '0123456789abcdef');
  for (let i = 0; i < agents; i++) world.agents.add(AgentKind.Sme, 0);
  const hubs = Math.max(2, Math.floor(agents / 10));
  // A sparse core among hubs, leaves hanging off hubs, some isolated pairs and a few loose nodes.
  for (let i = 0; i < hubs * 2; i++) {
    const x = rng.int(hubs);
    const y = rng.int(hubs);
    if (x !== y) world.links.connect(x, y, LinkType.IndustryIndustry, 1);
  }
  for (let v = hubs; v < agents; v++) {
    const u = rng.uniform();
    if (u < 0.6) world.links.connect(v, rng.int(hubs), LinkType.Finance, 1);
    else if (u < 0.8 && v + 1 < agents) world.links.connect(v, v + 1, LinkType.IndustryIndustry, 1);
    else if (u < 0.9) {
      world.links.connect(v, rng.int(hubs), LinkType.Finance, 1);
      world.links.connect(v, rng.int(hubs), LinkType.Finance, 1);
    }
  }
  return world;
}

describe('betweenness', () => {
  it('equals textbook Brandes when every node is a source', () => {
    for (let trial = 0; trial < 25; trial++) {
      const world = randomWorld(`graph-${trial}`, 20 + trial * 7);
      const expected = reference(world);
      const actual = betweenness(world, Number.MAX_SAFE_INTEGER, new RandomStream('unused'));
      for (let v = 0; v < world.agents.count; v++) {
        expect(Math.abs(actual[v] - expected[v])).toBeLessThanOrEqual(1e-9 * Math.max(1, expected[v]));
      }
    }
  });
});

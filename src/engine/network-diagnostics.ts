// End-of-run network diagnostics (MODEL.md §7): degree distribution, connector hubs (top
// betweenness) and their structural holes (Burt's constraint).
import { betweenness, burtConstraint, strengthTotals } from '../model/network-metrics.js';
import type { World } from '../model/world.js';

/**
 * Betweenness is exact up to this many linked agents and estimated from this many sampled
 * sources above it: enough to rank the top hubs, and it keeps diagnostics near-linear.
 */
export const BETWEENNESS_SOURCES = 64;
export const HUBS_REPORTED = 20;

export interface HubRow {
  rank: number;
  agent: number;
  kind: number;
  region: number;
  degree: number;
  betweenness: number;
  constraint: number;
}

export interface NetworkDiagnostics {
  /** degreeCounts[d] = alive agents with degree d. */
  degreeCounts: number[];
  hubs: HubRow[];
}

export function networkDiagnostics(world: World): NetworkDiagnostics {
  const { agents } = world;
  const degreeCounts: number[] = [];
  for (let v = 0; v < agents.count; v++) {
    if (!agents.alive[v]) continue;
    const d = agents.degree[v];
    while (degreeCounts.length <= d) degreeCounts.push(0);
    degreeCounts[d]++;
  }
  const centrality = betweenness(world, BETWEENNESS_SOURCES, world.streams.indicators);
  const ranked: number[] = [];
  for (let v = 0; v < agents.count; v++) if (agents.alive[v] && agents.degree[v] > 0) ranked.push(v);
  ranked.sort((x, y) => centrality[y] - centrality[x] || x - y);
  const totals = strengthTotals(world);
  const hubs = ranked.slice(0, HUBS_REPORTED).map((agent, i) => ({
    rank: i + 1,
    agent,
    kind: agents.kind[agent],
    region: agents.region[agent],
    degree: agents.degree[agent],
    betweenness: centrality[agent],
    constraint: burtConstraint(world, agent, totals),
  }));
  return { degreeCounts, hubs };
}

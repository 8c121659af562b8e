// End-of-run network diagnostics (MODEL.md §7): degree distribution, patents per applicant, connector
// hubs (top betweenness) and their structural holes (Burt's constraint).
import { betweenness, burtConstraint, strengthTotals } from '../model/network-metrics.js';
import type { World } from '../model/world.js';

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
  /** patentCounts[k] = applicants (agents, alive or gone, that applied at least once) with k patent applications over the run. */
  patentCounts: number[];
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
  const patentCounts: number[] = [];
  for (let v = 0; v < agents.count; v++) {
    const k = agents.patents[v];
    if (k <= 0) continue;
    while (patentCounts.length <= k) patentCounts.push(0);
    patentCounts[k]++;
  }
  // Exact up to model.observation.betweennessSources linked agents, estimated from that many sampled
  // sources above it (64 by default: enough to rank the top hubs, and near-linear).
  const centrality = betweenness(world, world.params.observation.betweennessSources, world.streams.indicators);
  const ranked = topHubs(world, centrality, HUBS_REPORTED);
  const totals = strengthTotals(world);
  const scratch = new Float64Array(agents.count).fill(NaN);
  const hubs = ranked.map((agent, i) => ({
    rank: i + 1,
    agent,
    kind: agents.kind[agent],
    region: agents.region[agent],
    degree: agents.degree[agent],
    betweenness: centrality[agent],
    constraint: burtConstraint(world, agent, totals, scratch),
  }));
  return { degreeCounts, patentCounts, hubs };
}

/**
 * The `count` linked alive agents of highest betweenness (ties: lower id first), best first.
 * Kept by insertion into a short list: the full sort of every agent it replaces cost more than
 * the diagnostics themselves.
 */
function topHubs(world: World, centrality: Float64Array, count: number): number[] {
  const { agents } = world;
  const top: number[] = [];
  if (count <= 0) return top;
  for (let v = 0; v < agents.count; v++) {
    if (!agents.alive[v] || agents.degree[v] <= 0) continue;
    const score = centrality[v];
    // Ids ascend, so an agent never outranks a kept one of equal score.
    if (top.length === count) {
      if (score <= centrality[top[count - 1]]) continue;
      top.pop();
    }
    let i = top.length;
    top.push(v);
    while (i > 0 && centrality[top[i - 1]] < score) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = v;
  }
  return top;
}

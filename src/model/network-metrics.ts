// Network measures over the link store: components, local clustering, betweenness, constraint.
// Per-quarter measures are linear or sampled; exact betweenness is for the end of a run only.
import type { RandomStream } from '../rng/index.js';
import type { World } from './world.js';

/** Component label of every agent (union–find over links); dead agents get -1. */
export function componentLabels(world: World): Int32Array {
  const { agents, links } = world;
  const n = agents.count;
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  };
  for (let id = 0; id < links.count; id++) {
    const ra = find(links.a[id]);
    const rb = find(links.b[id]);
    if (ra !== rb) parent[ra < rb ? rb : ra] = ra < rb ? ra : rb;
  }
  for (let v = 0; v < n; v++) parent[v] = agents.alive[v] ? find(v) : -1;
  return parent;
}

/** Watts–Strogatz local clustering of v: share of its neighbour pairs that are linked. */
export function localClustering(world: World, v: number, mark: Uint8Array): number {
  const { links } = world;
  const { adjStart, adjTarget } = links;
  const start = adjStart[v];
  const degree = adjStart[v + 1] - start;
  if (degree < 2) return 0;
  // Mark v's neighbours, then count marked neighbours of each neighbour: every closed pair twice.
  let closed = 0;
  for (let i = 0; i < degree; i++) mark[adjTarget[start + i]] = 1;
  for (let i = 0; i < degree; i++) {
    const u = adjTarget[start + i];
    for (let k = adjStart[u]; k < adjStart[u + 1]; k++) closed += mark[adjTarget[k]];
  }
  for (let i = 0; i < degree; i++) mark[adjTarget[start + i]] = 0;
  closed /= 2;
  return closed / ((degree * (degree - 1)) / 2);
}

/**
 * Betweenness centrality by Brandes' algorithm (unweighted, undirected). With `sources` < nodes,
 * sources are sampled and the result scaled up (Brandes & Pich 2007), which keeps it near-linear.
 */
export function betweenness(world: World, sources: number, rng: RandomStream): Float64Array {
  const { agents, links } = world;
  links.adjacency();
  const { adjStart, adjTarget } = links;
  const n = agents.count;
  const centrality = new Float64Array(n);
  const alive: number[] = [];
  for (let v = 0; v < n; v++) if (agents.alive[v] && adjStart[v + 1] > adjStart[v]) alive.push(v);
  let chosen = alive;
  if (sources < alive.length) {
    chosen = alive.slice();
    rng.shuffle(chosen);
    chosen = chosen.slice(0, sources);
  }
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const s of chosen) {
    for (const v of alive) {
      sigma[v] = 0;
      dist[v] = -1;
      delta[v] = 0;
    }
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      stack[top++] = v;
      for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
        const w = adjTarget[k];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    while (top > 0) {
      const w = stack[--top];
      for (let k = adjStart[w]; k < adjStart[w + 1]; k++) {
        const v = adjTarget[k];
        if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      if (w !== s) centrality[w] += delta[w];
    }
  }
  // Undirected: each pair was counted from both ends.
  const scale = chosen.length > 0 ? alive.length / chosen.length / 2 : 0;
  for (let v = 0; v < n; v++) centrality[v] *= scale;
  return centrality;
}

/** Sum of link strengths of every agent: the denominators of Burt's proportional tie strengths. */
export function strengthTotals(world: World): Float64Array {
  const { links } = world;
  const totals = new Float64Array(world.agents.count);
  for (let id = 0; id < links.count; id++) {
    totals[links.a[id]] += links.strength[id];
    totals[links.b[id]] += links.strength[id];
  }
  return totals;
}

/**
 * Burt's constraint of v (structural holes: low constraint = brokerage), on link strengths:
 * sum over contacts j of (p_vj + sum over shared contacts q of p_vq * p_qj)^2.
 */
export function burtConstraint(world: World, v: number, totals: Float64Array): number {
  const { links } = world;
  const { adjStart, adjTarget, adjLink } = links;
  let constraint = 0;
  for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
    const j = adjTarget[k];
    let c = links.strength[adjLink[k]] / totals[v];
    for (let m = adjStart[v]; m < adjStart[v + 1]; m++) {
      const q = adjTarget[m];
      if (q === j) continue;
      const qj = links.find(q, j);
      if (qj >= 0) c += (links.strength[adjLink[m]] / totals[v]) * (links.strength[qj] / totals[q]);
    }
    constraint += c * c;
  }
  return constraint;
}

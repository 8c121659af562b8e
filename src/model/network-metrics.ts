// Network measures over the link store: components, local clustering, betweenness, constraint.
// Per-quarter measures are linear or sampled; exact betweenness is for the end of a run only.
import type { RandomStream } from '../rng/index.js';
import type { World } from './world.js';

/** Breadth-first queue shared by the component search (grown as needed, never shrunk). */
let bfsQueue = new Int32Array(0);

/**
 * Components, breadth-first over the adjacency rows: `labels[v]` becomes the smallest agent id of
 * v's component (dead agents take part while still linked), or -1 for a dead agent. Returns the
 * label of the largest component by alive agents (ties: the lower label), or -1 if none is alive.
 */
export function labelComponents(world: World, labels: Int32Array): number {
  const { agents, links } = world;
  links.adjacency();
  const { adjStart, adjTarget } = links;
  const { alive } = agents;
  const n = agents.count;
  if (bfsQueue.length < n) bfsQueue = new Int32Array(Math.max(n, bfsQueue.length * 2));
  const queue = bfsQueue;
  labels.fill(-1, 0, n);
  let largest = -1;
  let largestSize = 0;
  // Seeds in ascending id order, so each component is labelled by its smallest id.
  for (let root = 0; root < n; root++) {
    if (labels[root] >= 0) continue;
    labels[root] = root;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    let size = 0;
    while (head < tail) {
      const v = queue[head++];
      if (alive[v]) size++;
      for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
        const w = adjTarget[k];
        if (labels[w] < 0) {
          labels[w] = root;
          queue[tail++] = w;
        }
      }
    }
    if (size > largestSize) {
      largestSize = size;
      largest = root;
    }
  }
  for (let v = 0; v < n; v++) if (!alive[v]) labels[v] = -1;
  return largest;
}

/** Component label of every agent (see `labelComponents`); pass `labels` to reuse a buffer. */
export function componentLabels(world: World, labels?: Int32Array): Int32Array {
  const n = world.agents.count;
  const out = labels && labels.length >= n ? labels : new Int32Array(n);
  labelComponents(world, out);
  return out;
}

/** A neighbour this many times busier than v is checked by pair lookups, not by a scan of its row. */
const HUB_RATIO = 4;

/**
 * Watts–Strogatz local clustering of v: share of its neighbour pairs that are linked.
 * `mark` (length >= agents, all zero) is returned all zero.
 */
export function localClustering(world: World, v: number, mark: Uint8Array): number {
  const { links } = world;
  links.adjacency();
  const { adjStart, adjTarget } = links;
  const start = adjStart[v];
  const degree = adjStart[v + 1] - start;
  if (degree < 2) return 0;
  // Count, for each neighbour u, the other neighbours of v that u is linked to: every closed pair
  // twice. Usually by scanning u's row against marks; but an SME's neighbours are often a bank or a
  // core firm with hundreds of links, and then asking the pair index about v's few neighbours is
  // far cheaper. Both give the same integer count.
  let closed = 0;
  for (let i = 0; i < degree; i++) mark[adjTarget[start + i]] = 1;
  for (let i = 0; i < degree; i++) {
    const u = adjTarget[start + i];
    if (adjStart[u + 1] - adjStart[u] > HUB_RATIO * degree) {
      for (let k = 0; k < degree; k++) {
        const w = adjTarget[start + k];
        if (w !== u && links.find(u, w) >= 0) closed++;
      }
    } else {
      for (let k = adjStart[u]; k < adjStart[u + 1]; k++) closed += mark[adjTarget[k]];
    }
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
  const dist = new Int32Array(n).fill(-1);
  /** (1 + delta[w]) / sigma[w] of each finished node w: its share handed to each predecessor. */
  const share = new Float64Array(n);
  // Leaves (one link; nearly half the linked agents, SMEs with only their bank) lie on no shortest
  // path, and each adds exactly 1 to its neighbour's dependency. So they are left out of the
  // searches and counted per neighbour instead, which spares a good part of every search.
  const leaf = new Uint8Array(n);
  const leafNeighbours = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (adjStart[v + 1] - adjStart[v] !== 1) continue;
    leaf[v] = 1;
    leafNeighbours[adjTarget[adjStart[v]]]++;
  }
  // Breadth-first order; read backwards it is the order of non-increasing distance Brandes needs.
  const queue = new Int32Array(n);
  for (const s of chosen) {
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      const next = dist[v] + 1;
      const sigmaV = sigma[v];
      for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
        const w = adjTarget[k];
        if (leaf[w]) continue;
        if (dist[w] < 0) {
          dist[w] = next;
          queue[tail++] = w;
        }
        if (dist[w] === next) sigma[w] += sigmaV;
      }
    }
    // A leaf source is no successor of its neighbour: that neighbour has one leaf fewer below it.
    const sourceParent = leaf[s] ? adjTarget[adjStart[s]] : -1;
    // Dependencies pulled from the successors, delta[v] = sigma[v] * sum of their shares: the
    // same sum as Brandes' push form, with one division per node instead of one per edge.
    for (let top = tail - 1; top >= 0; top--) {
      const v = queue[top];
      const next = dist[v] + 1;
      let sum = 0;
      for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
        const w = adjTarget[k];
        if (dist[w] === next) sum += share[w];
      }
      const delta = sigma[v] * sum + leafNeighbours[v] - (v === sourceParent ? 1 : 0);
      share[v] = (1 + delta) / sigma[v];
      if (v !== s) centrality[v] += delta;
    }
    // Only the source's component was touched: reset just that, not every node.
    for (let i = 0; i < tail; i++) {
      const v = queue[i];
      sigma[v] = 0;
      dist[v] = -1;
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
 * Walks the contacts' own rows instead of testing every pair of contacts: O(sum of their degrees),
 * not O(degree^2) pair lookups. `scratch` (length >= agents, all NaN) is returned all NaN.
 */
export function burtConstraint(world: World, v: number, totals: Float64Array, scratch?: Float64Array): number {
  const { links } = world;
  const { adjStart, adjTarget, adjLink, strength } = links;
  const start = adjStart[v];
  const end = adjStart[v + 1];
  const sum = scratch ?? new Float64Array(world.agents.count).fill(NaN);
  // sum[j] starts at p_vj (NaN marks "not a contact") and gathers the indirect terms in contact
  // order, the same additions in the same order as the pairwise definition.
  for (let k = start; k < end; k++) sum[adjTarget[k]] = strength[adjLink[k]] / totals[v];
  for (let m = start; m < end; m++) {
    const q = adjTarget[m];
    const pvq = strength[adjLink[m]] / totals[v];
    for (let k = adjStart[q]; k < adjStart[q + 1]; k++) {
      const j = adjTarget[k];
      if (j !== v && !Number.isNaN(sum[j])) sum[j] += pvq * (strength[adjLink[k]] / totals[q]);
    }
  }
  let constraint = 0;
  for (let k = start; k < end; k++) {
    const j = adjTarget[k];
    constraint += sum[j] * sum[j];
    sum[j] = NaN;
  }
  return constraint;
}

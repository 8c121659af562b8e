// Network measures over the link store: components, local clustering, betweenness, constraint.
// Per-quarter measures are linear or sampled; exact betweenness is for the end of a run only.
import type { RandomStream } from '../rng/index.js';
import type { World } from './world.js';

/**
 * Working arrays of the per-quarter measures, owned by the caller (the indicators phase keeps one
 * per world) and grown as needed; nothing in them is read before it is written.
 */
export class NetworkScratch {
  /** Parents while linking, and alive agents per component root (the component search). */
  componentParent = new Int32Array(0);
  componentSize = new Int32Array(0);
  /** The busy, and the modest, neighbours of the agent being measured (local clustering). */
  hubs = new Int32Array(64);
  modest = new Int32Array(64);
}

/**
 * Components: `labels[v]` becomes the smallest agent id of v's component (dead agents take part
 * while still linked), or -1 for a dead agent. Returns the label of the largest component by alive
 * agents (ties: the lower label), or -1 if none is alive.
 * Union–find over the link columns, each component's root its smallest id: links are read in
 * storage order, and the adjacency rows (rebuilt after the quarter's removals) are not needed.
 */
export function labelComponents(world: World, labels: Int32Array, scratch: NetworkScratch): number {
  const { agents, links } = world;
  const { alive } = agents;
  const { a, b } = links;
  const n = agents.count;
  if (scratch.componentParent.length < n) {
    scratch.componentParent = new Int32Array(Math.max(n, scratch.componentParent.length * 2));
    scratch.componentSize = new Int32Array(scratch.componentParent.length);
  }
  // parent[v] <= v, a root is its own parent.
  const parent = scratch.componentParent;
  const size = scratch.componentSize;
  for (let v = 0; v < n; v++) parent[v] = v;
  for (let id = 0; id < links.count; id++) {
    // Roots of both ends. Most are within two steps: taken unconditionally, the loop for longer
    // paths is rarely entered, where a loop step by step mispredicts on every length. The loop
    // halves the path it walks (without it, roots joined by id can grow chains, and a chain read
    // from its far end made the search quadratic); each end then points at its root.
    const xFrom = a[id];
    let x = parent[parent[xFrom]];
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    parent[xFrom] = x;
    const yFrom = b[id];
    let y = parent[parent[yFrom]];
    while (parent[y] !== y) y = parent[y] = parent[parent[y]];
    parent[yFrom] = y;
    // The larger root goes under the smaller (nothing changes when they are one), branch-free:
    // which end has the smaller root is as good as random.
    const below = (x - y) & ((x - y) >> 31); // x - y if x < y, else 0
    parent[x - below] = y + below;
  }
  // One pass in ascending ids: a parent (a smaller id) already points at its root, and a root is
  // met, and its count started, before the rest of its component. The largest component is the
  // first to reach the greatest count, or a lower label reaching it later.
  let largest = -1;
  let largestSize = 0;
  for (let v = 0; v < n; v++) {
    const root = parent[parent[v]];
    parent[v] = root;
    const isAlive = alive[v];
    labels[v] = (root + 1) * isAlive - 1;
    size[v] = 0;
    const rootSize = (size[root] += isAlive);
    if (rootSize > largestSize || (rootSize === largestSize && root < largest)) {
      largestSize = rootSize;
      largest = root;
    }
  }
  return largest;
}

/** A neighbour this many times busier than v is checked by pair lookups, not by a scan of its row. */
const HUB_RATIO = 4;
/** A row up to this long is scanned for a pair rather than looked up in the pair index. */
const SHORT_ROW = 8;

/**
 * Watts–Strogatz local clustering of v: share of its neighbour pairs that are linked.
 * `mark` (length >= agents, all zero) is returned all zero.
 */
export function localClustering(world: World, v: number, mark: Uint8Array, scratch: NetworkScratch): number {
  const { links } = world;
  links.adjacency();
  const { adjStart, adjTarget } = links;
  const start = adjStart[v];
  const degree = adjStart[v + 1] - start;
  if (degree < 2) return 0;
  if (degree === 2) return linked(world, adjTarget[start], adjTarget[start + 1]) ? 1 : 0;
  // Linked pairs among v's neighbours. A neighbour of modest degree scans its row against marks
  // (1 for such neighbours, 2 for busy ones); but an SME's neighbours are often a bank or a core
  // firm with hundreds of links, and those "hubs" are checked against each other by pair lookups,
  // each pair once. Scans count a pair of modest neighbours twice and a modest–busy pair once.
  if (scratch.hubs.length < degree) {
    scratch.hubs = new Int32Array(Math.max(degree, scratch.hubs.length * 2));
    scratch.modest = new Int32Array(scratch.hubs.length);
  }
  const { hubs, modest } = scratch;
  const busy = HUB_RATIO * degree;
  let hubCount = 0;
  let modestCount = 0;
  for (let i = 0; i < degree; i++) {
    const u = adjTarget[start + i];
    const uDegree = adjStart[u + 1] - adjStart[u];
    if (uDegree > busy) {
      mark[u] = 2;
      hubs[hubCount++] = u;
      continue;
    }
    // A neighbour linked to v alone (a bank's client with no other link) is in no pair: left
    // unmarked, its row is not scanned. Branch-free: the two kinds come in no order.
    const isModest = (1 - uDegree) >>> 31; // uDegree > 1
    mark[u] = isModest;
    modest[modestCount] = u;
    modestCount += isModest;
  }
  let twiceModest = 0;
  let modestBusy = 0;
  for (let i = 0; i < modestCount; i++) {
    const u = modest[i];
    for (let k = adjStart[u], end = adjStart[u + 1]; k < end; k++) {
      const m = mark[adjTarget[k]];
      twiceModest += m & 1;
      modestBusy += m >> 1;
    }
  }
  let busyPairs = 0;
  for (let i = 1; i < hubCount; i++) {
    for (let j = 0; j < i; j++) if (links.find(hubs[i], hubs[j]) >= 0) busyPairs++;
  }
  for (let i = 0; i < modestCount; i++) mark[modest[i]] = 0;
  for (let i = 0; i < hubCount; i++) mark[hubs[i]] = 0;
  const closed = twiceModest / 2 + modestBusy + busyPairs;
  return closed / ((degree * (degree - 1)) / 2);
}

/**
 * Whether x and y are linked: by a scan of the shorter row when it is short (most agents sampled
 * for clustering have two links, and their clustering is just this), else by a pair lookup.
 */
function linked(world: World, x: number, y: number): boolean {
  const { adjStart, adjTarget } = world.links;
  const xDegree = adjStart[x + 1] - adjStart[x];
  const yDegree = adjStart[y + 1] - adjStart[y];
  const row = xDegree <= yDegree ? x : y;
  const other = x + y - row;
  if (Math.min(xDegree, yDegree) > SHORT_ROW) return world.links.find(x, y) >= 0;
  for (let k = adjStart[row]; k < adjStart[row + 1]; k++) if (adjTarget[k] === other) return true;
  return false;
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
  // Leaves (one link; nearly half the linked agents, SMEs with only their bank) lie on no shortest
  // path, and each adds exactly 1 to its neighbour's dependency. So the searches run on the core
  // (agents of two links or more) alone, in compressed rows of its own: a bank's row there lists
  // its few linked partners instead of hundreds of leaf clients, and the search's columns are a
  // fraction of the agents' (what made it cache-bound at national scale). Rows keep the order of
  // the adjacency rows, so the searches add the same numbers in the same order as over all agents.
  const core = coreGraph(world);
  const { id, start, target, leafNeighbours } = core;
  const m = id.length;
  /** Distance from the source (-1: not reached) and shortest paths from it, of each core node. */
  const dist = new Int32Array(m).fill(-1);
  const sigma = new Float64Array(m);
  /** (1 + delta[w]) / sigma[w] of each finished node w: its share handed to each predecessor. */
  const share = new Float64Array(m);
  // Breadth-first order; read backwards it is the order of non-increasing distance Brandes needs.
  const queue = new Int32Array(m + 1); // one spare slot: an entry is written past the tail
  // Successors of the i-th node of the queue: successors[successorEnd[i - 1] .. successorEnd[i]),
  // recorded by the forward search in row order, so the dependencies are summed over them alone.
  const successors = new Int32Array(target.length);
  const successorEnd = new Int32Array(m);
  /** Dependency of the i-th node of the queue in the current search. */
  const dependency = new Float64Array(m);
  // Leaf sources hanging off the same agent (a bank's clients) make the same search: it runs once
  // and its dependencies are added again for the others, kept until their last use.
  const searchOf = (s: number) => {
    const leafSource = adjStart[s + 1] - adjStart[s] === 1;
    const root = core.of[leafSource ? adjTarget[adjStart[s]] : s];
    return root < 0 ? -1 : 2 * root + (leafSource ? 1 : 0);
  };
  const usesLeft = new Map<number, number>();
  for (const s of chosen) {
    const search = searchOf(s);
    if (search >= 0) usesLeft.set(search, (usesLeft.get(search) ?? 0) + 1);
  }
  const kept = new Map<number, { nodes: Int32Array; dependencies: Float64Array }>();
  for (const s of chosen) {
    const search = searchOf(s);
    if (search < 0) continue;
    const left = usesLeft.get(search)! - 1;
    usesLeft.set(search, left);
    const earlier = kept.get(search);
    if (earlier) {
      for (let i = 0; i < earlier.nodes.length; i++) centrality[id[earlier.nodes[i]]] += earlier.dependencies[i];
      if (left === 0) kept.delete(search);
      continue;
    }
    // A leaf source searches from its neighbour, one step nearer to everything: distances shift by
    // one, path counts do not; that neighbour has one leaf fewer below it, and is no source itself.
    // Two leaves linked only to each other lie on no path between others: nothing to add.
    const leafSource = (search & 1) === 1;
    const root = search >> 1;
    dist[root] = 0;
    sigma[root] = 1;
    let head = 0;
    let tail = 0;
    let found = 0;
    queue[tail++] = root;
    while (head < tail) {
      const v = queue[head];
      const next = dist[v] + 1;
      const sigmaV = sigma[v];
      // Branch-free: whether w is new, or on the next level, is as good as random, and a
      // mispredicted branch per entry was most of the search. Writes for an entry that is neither
      // leave everything as it was (dist unchanged, sigma plus 0, slots past tail and found).
      for (let k = start[v], end = start[v + 1]; k < end; k++) {
        const w = target[k];
        const distance = dist[w];
        const fresh = distance >>> 31; // unreached: distance -1
        const onLevel = fresh | (((distance ^ next) - 1) >>> 31); // or distance === next
        dist[w] = distance + fresh * (next + 1);
        queue[tail] = w;
        tail += fresh;
        sigma[w] += onLevel * sigmaV;
        successors[found] = w;
        found += onLevel;
      }
      successorEnd[head++] = found;
    }
    // Dependencies pulled from the successors, delta[v] = sigma[v] * sum of their shares: the
    // same sum as Brandes' push form, with one division per node instead of one per edge. Each
    // node is reset as it is finished (only the source's component was touched).
    let to = found;
    for (let top = tail - 1; top > 0; top--) {
      const v = queue[top];
      const from = successorEnd[top - 1];
      let sum = 0;
      for (let k = from; k < to; k++) sum += share[successors[k]];
      to = from;
      const sigmaV = sigma[v];
      const delta = sigmaV * sum + leafNeighbours[v];
      share[v] = (1 + delta) / sigmaV;
      centrality[id[v]] += delta;
      dependency[top] = delta;
      dist[v] = -1;
      sigma[v] = 0;
    }
    // The root, at the head of the queue: from a leaf source it has one leaf below it fewer;
    // from a non-leaf source it is that source, and gains nothing.
    let sum = 0;
    for (let k = 0; k < to; k++) sum += share[successors[k]];
    const gain = leafSource ? sigma[root] * sum + leafNeighbours[root] - 1 : 0;
    centrality[id[root]] += gain;
    dependency[0] = gain;
    dist[root] = -1;
    sigma[root] = 0;
    if (left > 0) kept.set(search, { nodes: queue.slice(0, tail), dependencies: dependency.slice(0, tail) });
  }
  // Undirected: each pair was counted from both ends.
  const scale = chosen.length > 0 ? alive.length / chosen.length / 2 : 0;
  for (let v = 0; v < n; v++) centrality[v] *= scale;
  return centrality;
}

interface CoreGraph {
  /** Agent id of each core node. */
  id: Int32Array;
  /** Core node of each agent, or -1 for an agent with fewer than two links. */
  of: Int32Array;
  /** Rows: the core neighbours of core node v are target[start[v] .. start[v+1]), in adjacency-row order. */
  start: Int32Array;
  target: Int32Array;
  /** Leaves linked to each core node. */
  leafNeighbours: Int32Array;
}

/**
 * The agents with two links or more, and the links among them, as compressed rows. Core nodes are
 * numbered in breadth-first order (component by component, from the lowest agent id), so a
 * search's neighbours sit near each other in its columns; rows keep their order.
 */
function coreGraph(world: World): CoreGraph {
  const { adjStart, adjTarget } = world.links;
  const n = world.agents.count;
  const UNSEEN = -2;
  const of = new Int32Array(n);
  let m = 0;
  let slots = 0;
  for (let v = 0; v < n; v++) {
    const degree = adjStart[v + 1] - adjStart[v];
    if (degree >= 2) {
      of[v] = UNSEEN;
      m++;
      slots += degree;
    } else of[v] = -1;
  }
  // Numbering: id doubles as the breadth-first queue.
  const id = new Int32Array(m);
  let numbered = 0;
  for (let root = 0; root < n; root++) {
    if (of[root] !== UNSEEN) continue;
    let head = numbered;
    of[root] = numbered;
    id[numbered++] = root;
    while (head < numbered) {
      const v = id[head++];
      for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
        const w = adjTarget[k];
        if (of[w] === UNSEEN) {
          of[w] = numbered;
          id[numbered++] = w;
        }
      }
    }
  }
  const start = new Int32Array(m + 1);
  const target = new Int32Array(slots);
  const leafNeighbours = new Int32Array(m);
  let slot = 0;
  for (let c = 0; c < m; c++) {
    const v = id[c];
    start[c] = slot;
    let leaves = 0;
    for (let k = adjStart[v]; k < adjStart[v + 1]; k++) {
      const w = of[adjTarget[k]];
      if (w >= 0) target[slot++] = w;
      else leaves++;
    }
    leafNeighbours[c] = leaves;
  }
  start[m] = slot;
  return { id, of, start, target: target.subarray(0, slot), leafNeighbours };
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

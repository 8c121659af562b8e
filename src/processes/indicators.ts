// Phase 9, indicators: the stocks of MODEL.md §7 for this quarter, per region and in total.
// (Flows — patents, papers, spend, revenue… — were tallied by the processes as they happened.)
import { I, INDICATOR_COUNT } from '../model/indicators.js';
import { componentLabels, localClustering } from '../model/network-metrics.js';
import type { World } from '../model/world.js';
import { AgentKind, LinkType, ProjectStatus } from '../model/vocabulary.js';

/** Nodes per region whose local clustering is measured each quarter (all of them when fewer). */
export const CLUSTERING_SAMPLE_PER_REGION = 64;

const STOCK_COLUMNS = [
  I.participatingInstitutions, I.linksTotal, I.linksCrossRegion, I.linksAcademiaIndustry, I.meanDegree, I.clustering,
  I.largestComponentShare, I.activeProjects, I.stalledProjects, I.unusedSeeds, I.activeCoordinators, I.smesAlive,
];

/**
 * Working buffers kept from quarter to quarter (and run to run in the same thread): this phase
 * runs every quarter, and allocating them each time was a visible share of a run. Every buffer is
 * fully rewritten before it is read; `mark` is left all zero by `localClustering`.
 */
class Scratch {
  agents = 0;
  labels = new Int32Array(0);
  componentSize = new Int32Array(0);
  participating = new Uint8Array(0);
  mark = new Uint8Array(0);
  /** Agents eligible for the clustering sample, grouped by region in id order. */
  eligible = new Int32Array(0);
  eligibleStart = new Int32Array(0);
  eligibleCursor = new Int32Array(0);
  aliveCount = new Float64Array(0);
  degreeSum = new Float64Array(0);
  inLargest = new Float64Array(0);

  ensure(agents: number, regions: number): void {
    if (this.agents < agents) {
      const n = Math.max(agents, this.agents * 2);
      this.agents = n;
      this.labels = new Int32Array(n);
      this.componentSize = new Int32Array(n);
      this.participating = new Uint8Array(n);
      this.mark = new Uint8Array(n);
      this.eligible = new Int32Array(n);
    }
    if (this.aliveCount.length < regions + 1) {
      this.eligibleStart = new Int32Array(regions + 1);
      this.eligibleCursor = new Int32Array(regions + 1);
      this.aliveCount = new Float64Array(regions + 1);
      this.degreeSum = new Float64Array(regions + 1);
      this.inLargest = new Float64Array(regions + 1);
    }
  }
}

const scratch = new Scratch();

export function indicatorsPhase(world: World): void {
  const { agents, links, projects, seeds, quarterIndicators: out } = world;
  const R = world.regionCount;
  const total = R * INDICATOR_COUNT;
  const n = agents.count;
  scratch.ensure(n, R);
  for (let r = 0; r <= R; r++) {
    for (const column of STOCK_COLUMNS) out[r * INDICATOR_COUNT + column] = 0;
  }

  // Projects, and the institutions taking part in them (marked, counted in the agent pass).
  const participating = scratch.participating;
  participating.fill(0, 0, n);
  for (let id = 0; id < projects.count; id++) {
    const column = projects.status[id] === ProjectStatus.Active ? I.activeProjects : I.stalledProjects;
    out[projects.region[id] * INDICATOR_COUNT + column]++;
    out[total + column]++;
    participating[projects.lead[id]] = 1;
    participating[projects.university[id]] = 1;
    for (let k = 0; k < projects.partnerCount[id]; k++) participating[projects.partner(id, k)] = 1;
  }

  // Agents: SMEs alive, active coordinators, participants, degree sums for the mean degree.
  const { aliveCount, degreeSum } = scratch;
  aliveCount.fill(0, 0, R + 1);
  degreeSum.fill(0, 0, R + 1);
  const { alive, region, kind, degree } = agents;
  for (let v = 0; v < n; v++) {
    if (!alive[v]) continue;
    const r = region[v];
    const row = r * INDICATOR_COUNT;
    aliveCount[r]++;
    degreeSum[r] += degree[v];
    if (kind[v] === AgentKind.Sme) {
      out[row + I.smesAlive]++;
      out[total + I.smesAlive]++;
    } else if (kind[v] === AgentKind.Coordinator) {
      out[row + I.activeCoordinators]++;
      out[total + I.activeCoordinators]++;
    }
    if (participating[v]) {
      out[row + I.participatingInstitutions]++;
      out[total + I.participatingInstitutions]++;
    }
  }
  for (let r = 0; r < R; r++) {
    aliveCount[R] += aliveCount[r];
    degreeSum[R] += degreeSum[r];
  }
  for (let r = 0; r <= R; r++) out[r * INDICATOR_COUNT + I.meanDegree] = aliveCount[r] > 0 ? degreeSum[r] / aliveCount[r] : 0;

  // Links: a region counts every link touching it; the total counts each link once.
  for (let id = 0; id < links.count; id++) {
    const ra = region[links.a[id]];
    const rb = region[links.b[id]];
    const cross = links.crossRegion[id] === 1;
    const academic = links.type[id] === LinkType.AcademiaIndustry;
    countLink(out, ra, cross, academic);
    if (rb !== ra) countLink(out, rb, cross, academic);
    countLink(out, R, cross, academic);
  }

  for (let s = 0; s < seeds.count; s++) {
    out[region[seeds.origin[s]] * INDICATOR_COUNT + I.unusedSeeds]++;
    out[total + I.unusedSeeds]++;
  }

  largestComponent(world);
  clustering(world);
}

function countLink(out: Float64Array, r: number, cross: boolean, academic: boolean): void {
  const row = r * INDICATOR_COUNT;
  out[row + I.linksTotal]++;
  if (cross) out[row + I.linksCrossRegion]++;
  if (academic) out[row + I.linksAcademiaIndustry]++;
}

/** Share of alive agents in the largest component (exact; ties go to the lowest labelled one). */
function largestComponent(world: World): void {
  const { agents, quarterIndicators: out } = world;
  const R = world.regionCount;
  const n = agents.count;
  const labels = componentLabels(world, scratch.labels);
  const size = scratch.componentSize;
  size.fill(0, 0, n);
  let largest = -1;
  for (let v = 0; v < n; v++) {
    const root = labels[v];
    if (root < 0) continue;
    size[root]++;
    if (largest < 0 || size[root] > size[largest] || (size[root] === size[largest] && root < largest)) largest = root;
  }
  const { inLargest, aliveCount } = scratch;
  inLargest.fill(0, 0, R + 1);
  if (largest >= 0) for (let v = 0; v < n; v++) if (labels[v] === largest) inLargest[agents.region[v]]++;
  for (let r = 0; r < R; r++) inLargest[R] += inLargest[r];
  for (let r = 0; r <= R; r++) out[r * INDICATOR_COUNT + I.largestComponentShare] = aliveCount[r] > 0 ? inLargest[r] / aliveCount[r] : 0;
}

/** Mean local clustering, sampled per region; the total weights regions by their eligible agents. */
function clustering(world: World): void {
  const { agents, links, quarterIndicators: out } = world;
  const rng = world.streams.indicators;
  const R = world.regionCount;
  const n = agents.count;
  links.adjacency();

  // Agents of degree >= 2 grouped by region (a counting sort, id order kept within a region).
  const { eligible, eligibleStart: start, eligibleCursor: cursor, mark } = scratch;
  start.fill(0, 0, R + 1);
  for (let v = 0; v < n; v++) if (agents.alive[v] && agents.degree[v] >= 2) start[agents.region[v] + 1]++;
  for (let r = 0; r < R; r++) start[r + 1] += start[r];
  cursor.set(start.subarray(0, R));
  for (let v = 0; v < n; v++) if (agents.alive[v] && agents.degree[v] >= 2) eligible[cursor[agents.region[v]]++] = v;

  let weighted = 0;
  let eligibleTotal = 0;
  for (let r = 0; r < R; r++) {
    const first = start[r];
    const count = start[r + 1] - first;
    const sample = Math.min(count, CLUSTERING_SAMPLE_PER_REGION);
    // Partial Fisher–Yates: the first `sample` entries become a uniform sample.
    for (let i = 0; i < sample && sample < count; i++) {
      const j = first + i + rng.int(count - i);
      const tmp = eligible[first + i];
      eligible[first + i] = eligible[j];
      eligible[j] = tmp;
    }
    let sum = 0;
    for (let i = 0; i < sample; i++) sum += localClustering(world, eligible[first + i], mark);
    const mean = sample > 0 ? sum / sample : 0;
    out[r * INDICATOR_COUNT + I.clustering] = mean;
    weighted += mean * count;
    eligibleTotal += count;
  }
  out[R * INDICATOR_COUNT + I.clustering] = eligibleTotal > 0 ? weighted / eligibleTotal : 0;
}

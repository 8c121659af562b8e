// Phase 9, indicators: the stocks of MODEL.md §7 for this quarter, per region and in total.
// (Flows — patents, papers, spend, revenue… — were tallied by the processes as they happened.)
import { I, INDICATOR_COUNT } from '../model/indicators.js';
import { componentLabels, localClustering } from '../model/network-metrics.js';
import type { World } from '../model/world.js';
import { AgentKind, LinkType, ProjectStatus } from '../model/vocabulary.js';

/** Nodes per region whose local clustering is measured each quarter (all of them when fewer). */
export const CLUSTERING_SAMPLE_PER_REGION = 64;

export function indicatorsPhase(world: World): void {
  const { agents, links, projects, seeds, quarterIndicators: out } = world;
  const R = world.regionCount;
  const totalRow = R * INDICATOR_COUNT;
  const set = (region: number, column: number, value: number) => {
    out[region * INDICATOR_COUNT + column] = value;
  };
  const add = (region: number, column: number, value = 1) => {
    out[region * INDICATOR_COUNT + column] += value;
    out[totalRow + column] += value;
  };
  for (let r = 0; r <= R; r++) {
    for (const column of STOCK_COLUMNS) out[r * INDICATOR_COUNT + column] = 0;
  }

  // Agents: SMEs alive, active coordinators, degree sums for the mean degree.
  const aliveCount = new Float64Array(R + 1);
  const degreeSum = new Float64Array(R + 1);
  for (let v = 0; v < agents.count; v++) {
    if (!agents.alive[v]) continue;
    const r = agents.region[v];
    aliveCount[r]++;
    degreeSum[r] += agents.degree[v];
    if (agents.kind[v] === AgentKind.Sme) add(r, I.smesAlive);
    else if (agents.kind[v] === AgentKind.Coordinator) add(r, I.activeCoordinators);
  }
  for (let r = 0; r < R; r++) {
    aliveCount[R] += aliveCount[r];
    degreeSum[R] += degreeSum[r];
  }
  for (let r = 0; r <= R; r++) set(r, I.meanDegree, aliveCount[r] > 0 ? degreeSum[r] / aliveCount[r] : 0);

  // Links: a region counts every link touching it; the total counts each link once.
  for (let id = 0; id < links.count; id++) {
    const ra = agents.region[links.a[id]];
    const rb = agents.region[links.b[id]];
    const cross = links.crossRegion[id] === 1;
    const academic = links.type[id] === LinkType.AcademiaIndustry;
    countLink(out, ra, cross, academic);
    if (rb !== ra) countLink(out, rb, cross, academic);
    countLink(out, R, cross, academic);
  }

  // Projects and the institutions taking part in them.
  const participating = new Uint8Array(agents.count);
  for (let id = 0; id < projects.count; id++) {
    add(projects.region[id], projects.status[id] === ProjectStatus.Active ? I.activeProjects : I.stalledProjects);
    participating[projects.lead[id]] = 1;
    participating[projects.university[id]] = 1;
    for (let k = 0; k < projects.partnerCount[id]; k++) participating[projects.partner(id, k)] = 1;
  }
  for (let v = 0; v < agents.count; v++) if (participating[v] && agents.alive[v]) add(agents.region[v], I.participatingInstitutions);
  for (let s = 0; s < seeds.count; s++) add(agents.region[seeds.origin[s]], I.unusedSeeds);

  networkStructure(world, aliveCount);
}

const STOCK_COLUMNS = [
  I.participatingInstitutions, I.linksTotal, I.linksCrossRegion, I.linksAcademiaIndustry, I.meanDegree, I.clustering,
  I.largestComponentShare, I.activeProjects, I.stalledProjects, I.unusedSeeds, I.activeCoordinators, I.smesAlive,
];

function countLink(out: Float64Array, r: number, cross: boolean, academic: boolean): void {
  const row = r * INDICATOR_COUNT;
  out[row + I.linksTotal]++;
  if (cross) out[row + I.linksCrossRegion]++;
  if (academic) out[row + I.linksAcademiaIndustry]++;
}

/** Largest component share (exact) and mean local clustering (sampled per region). */
function networkStructure(world: World, aliveCount: Float64Array): void {
  const { agents, links, quarterIndicators: out } = world;
  const rng = world.streams.indicators;
  const R = world.regionCount;
  const n = agents.count;

  const labels = componentLabels(world);
  const size = new Int32Array(n);
  let largest = -1;
  for (let v = 0; v < n; v++) {
    const root = labels[v];
    if (root < 0) continue;
    size[root]++;
    if (largest < 0 || size[root] > size[largest] || (size[root] === size[largest] && root < largest)) largest = root;
  }
  const inLargest = new Float64Array(R + 1);
  for (let v = 0; v < n; v++) if (largest >= 0 && labels[v] === largest) inLargest[agents.region[v]]++;
  for (let r = 0; r < R; r++) inLargest[R] += inLargest[r];
  for (let r = 0; r <= R; r++) out[r * INDICATOR_COUNT + I.largestComponentShare] = aliveCount[r] > 0 ? inLargest[r] / aliveCount[r] : 0;

  links.adjacency();
  const eligible: number[][] = Array.from({ length: R }, () => []);
  for (let v = 0; v < n; v++) if (agents.alive[v] && agents.degree[v] >= 2) eligible[agents.region[v]].push(v);
  const mark = new Uint8Array(n);
  let weighted = 0;
  let eligibleTotal = 0;
  for (let r = 0; r < R; r++) {
    const nodes = eligible[r];
    const sample = Math.min(nodes.length, CLUSTERING_SAMPLE_PER_REGION);
    // Partial Fisher–Yates: the first `sample` entries become a uniform sample.
    for (let i = 0; i < sample && sample < nodes.length; i++) {
      const j = i + rng.int(nodes.length - i);
      const tmp = nodes[i];
      nodes[i] = nodes[j];
      nodes[j] = tmp;
    }
    let sum = 0;
    for (let i = 0; i < sample; i++) sum += localClustering(world, nodes[i], mark);
    const mean = sample > 0 ? sum / sample : 0;
    out[r * INDICATOR_COUNT + I.clustering] = mean;
    weighted += mean * nodes.length;
    eligibleTotal += nodes.length;
  }
  out[R * INDICATOR_COUNT + I.clustering] = eligibleTotal > 0 ? weighted / eligibleTotal : 0;
}

// Phase 9, indicators: the stocks of MODEL.md §7 for this quarter, per region and in total.
// (Flows — patents, papers, spend, revenue… — were tallied by the processes as they happened.)
import { I, INDICATOR_COUNT } from '../model/indicators.js';
import { labelComponents, localClustering, NetworkScratch } from '../model/network-metrics.js';
import type { World } from '../model/world.js';
import { AgentKind, ProjectStatus } from '../model/vocabulary.js';
import { scratchSlot } from '../model/workspace.js';

const STOCK_COLUMNS = [
  I.participatingInstitutions, I.linksTotal, I.linksCrossRegion, I.linksAcademiaIndustry, I.meanDegree, I.clustering,
  I.largestComponentShare, I.activeProjects, I.stalledProjects, I.unusedSeeds, I.activeCoordinators, I.smesAlive,
  I.researchersEmployed, I.participatingSmes, I.programmeInstitutions, I.programmePeople,
];

/** Last quarter an agent took part in a programme project: never yet. */
const NEVER = -1_000_000;

/** Counts kept per region while scanning, as integers: columns of `IndicatorScratch.counts`. */
const Count = {
  Alive: 0, DegreeSum: 1, Smes: 2, Coordinators: 3, Participating: 4, Eligible: 5,
  Links: 6, LinksCross: 7, LinksAcademic: 8, InLargest: 9, Active: 10, Stalled: 11, Seeds: 12, ParticipatingSmes: 13,
  ProgrammeInstitutions: 14, ProgrammeCoordinators: 15,
} as const;
const COUNTS = 16;

/**
 * Working buffers kept from quarter to quarter in the world's workspace: this phase runs every
 * quarter, and allocating them each time was a visible share of a run. Every buffer is rewritten
 * before it is read; `mark` is left all zero by `localClustering`.
 */
class IndicatorScratch {
  agents = 0;
  labels = new Int32Array(0);
  participating = new Uint8Array(0);
  /** Per agent, the last quarter it took part in a programme project (NEVER before): kept across quarters. */
  lastInProgramme = new Int32Array(0);
  mark = new Uint8Array(0);
  /** Agents eligible for the clustering sample in id order, and then grouped by region in id order. */
  candidates = new Int32Array(0);
  candidateCount = 0;
  eligible = new Int32Array(0);
  eligibleCursor = new Int32Array(0);
  /** counts[region * COUNTS + Count.x]; integer counters, cheaper than float read-modify-writes. */
  counts = new Int32Array(0);
  /** The network measures' own working arrays. */
  readonly network = new NetworkScratch();

  ensure(agents: number, regions: number): void {
    if (this.agents < agents) {
      const n = Math.max(agents, this.agents * 2);
      this.agents = n;
      this.labels = new Int32Array(n);
      const last = new Int32Array(n).fill(NEVER);
      last.set(this.lastInProgramme);
      this.lastInProgramme = last;
      this.participating = new Uint8Array(n);
      this.mark = new Uint8Array(n);
      this.candidates = new Int32Array(n);
      this.eligible = new Int32Array(n);
    }
    if (this.eligibleCursor.length < regions + 1) {
      this.eligibleCursor = new Int32Array(regions + 1);
      this.counts = new Int32Array((regions + 1) * COUNTS);
    }
  }
}

const INDICATOR_SCRATCH = scratchSlot('indicators', () => new IndicatorScratch());

export function indicatorsPhase(world: World): void {
  const scratch = world.workspace.of(INDICATOR_SCRATCH);
  const { agents, links, projects, seeds } = world;
  const R = world.regionCount;
  const n = agents.count;
  scratch.ensure(n, R);
  const { counts, participating } = scratch;
  counts.fill(0, 0, (R + 1) * COUNTS);

  // Projects, and the institutions taking part in them (marked here, counted in the agent pass);
  // in a programme project (a public share, in a region the programme funds this quarter) they and
  // its coordinator are also marked as programme participants this quarter.
  participating.fill(0, 0, n);
  const { lastInProgramme } = scratch;
  const quarter = world.quarter;
  const budgetAtStart = world.regions.budgetAtStartJpyM;
  for (let id = 0; id < projects.count; id++) {
    counts[projects.region[id] * COUNTS + (projects.status[id] === ProjectStatus.Active ? Count.Active : Count.Stalled)]++;
    participating[projects.lead[id]] = 1;
    participating[projects.university[id]] = 1;
    for (let k = 0; k < projects.partnerCount[id]; k++) participating[projects.partner(id, k)] = 1;
    if (!(projects.publicShare[id] > 0 && budgetAtStart[projects.region[id]] > 0)) continue;
    lastInProgramme[projects.lead[id]] = quarter;
    lastInProgramme[projects.university[id]] = quarter;
    for (let k = 0; k < projects.partnerCount[id]; k++) lastInProgramme[projects.partner(id, k)] = quarter;
    const coordinator = projects.coordinator[id];
    if (coordinator >= 0) lastInProgramme[coordinator] = quarter;
  }
  // A bank lending to a firm in a programme project this quarter takes part in the programme too.
  const { loans } = world;
  for (let l = 0; l < loans.count; l++) {
    if (lastInProgramme[loans.borrower[l]] === quarter) lastInProgramme[loans.bank[l]] = quarter;
  }
  // In the window: last taken part at or after this quarter - window + 1 (branch-free below).
  const windowStart = quarter - world.params.observation.participationWindowQuarters + 1;

  // Agents: alive, degree sums (mean degree), SMEs, coordinators, participants, members of the
  // largest component, and the clustering candidates (degree >= 2), listed in id order.
  const labels = scratch.labels;
  const largest = labelComponents(world, labels, scratch.network);
  const { alive, region, kind, degree } = agents;
  const { candidates } = scratch;
  let candidateCount = 0;
  // Branch-free tallies (x === y as ((x ^ y) - 1) >>> 31 for x, y >= 0; an alive agent's label
  // and then `largest` are >= 0): kinds, membership and degree alternate in no order.
  for (let v = 0; v < n; v++) {
    if (!alive[v]) continue;
    const row = region[v] * COUNTS;
    const d = degree[v];
    const k = kind[v];
    const eligible = (1 - d) >>> 31; // degree >= 2
    counts[row + Count.Alive]++;
    counts[row + Count.DegreeSum] += d;
    counts[row + Count.Smes] += ((k ^ AgentKind.Sme) - 1) >>> 31;
    counts[row + Count.Coordinators] += ((k ^ AgentKind.Coordinator) - 1) >>> 31;
    counts[row + Count.Participating] += participating[v];
    counts[row + Count.ParticipatingSmes] += participating[v] & (((k ^ AgentKind.Sme) - 1) >>> 31);
    const inProgramme = ((lastInProgramme[v] - windowStart) >>> 31) ^ 1; // last >= windowStart
    const isCoordinator = ((k ^ AgentKind.Coordinator) - 1) >>> 31;
    counts[row + Count.ProgrammeCoordinators] += inProgramme & isCoordinator;
    counts[row + Count.ProgrammeInstitutions] += inProgramme & (isCoordinator ^ 1);
    counts[row + Count.InLargest] += ((labels[v] ^ largest) - 1) >>> 31;
    counts[row + Count.Eligible] += eligible;
    candidates[candidateCount] = v;
    candidateCount += eligible;
  }
  scratch.candidateCount = candidateCount;

  for (let s = 0; s < seeds.count; s++) counts[region[seeds.origin[s]] * COUNTS + Count.Seeds]++;

  // Totals over regions; links come from the store's tally (a region counts every link touching
  // it, the total counts each link once).
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < COUNTS; c++) counts[R * COUNTS + c] += counts[r * COUNTS + c];
    counts[r * COUNTS + Count.Links] = links.byRegion.touching(r);
    counts[r * COUNTS + Count.LinksCross] = links.byRegion.crossTouching(r);
    counts[r * COUNTS + Count.LinksAcademic] = links.byRegion.academicTouching(r);
  }
  counts[R * COUNTS + Count.Links] = links.count;
  counts[R * COUNTS + Count.LinksCross] = links.byRegion.crossTotal;
  counts[R * COUNTS + Count.LinksAcademic] = links.byRegion.academicTotal;
  writeStocks(world, scratch);
  // Sample 0: the measure is skipped and clustering stays 0 (writeStocks cleared it).
  if (world.params.observation.clusteringSamplePerRegion > 0) clustering(world, scratch);
}

/** Copies the counts into this quarter's indicator rows (flows, tallied earlier, stay as they are). */
function writeStocks(world: World, scratch: IndicatorScratch): void {
  const out = world.quarterIndicators;
  const { counts } = scratch;
  for (let r = 0; r <= world.regionCount; r++) {
    const row = r * INDICATOR_COUNT;
    const c = r * COUNTS;
    for (const column of STOCK_COLUMNS) out[row + column] = 0;
    const aliveCount = counts[c + Count.Alive];
    out[row + I.smesAlive] = counts[c + Count.Smes];
    out[row + I.activeCoordinators] = counts[c + Count.Coordinators];
    out[row + I.participatingInstitutions] = counts[c + Count.Participating];
    out[row + I.participatingSmes] = counts[c + Count.ParticipatingSmes];
    out[row + I.programmeInstitutions] = counts[c + Count.ProgrammeInstitutions];
    // People: the employed researchers are added in budgetRows, once that row is written.
    out[row + I.programmePeople] = counts[c + Count.ProgrammeCoordinators]
      + world.params.observation.staffPerParticipatingInstitution * counts[c + Count.ProgrammeInstitutions];
    out[row + I.meanDegree] = aliveCount > 0 ? counts[c + Count.DegreeSum] / aliveCount : 0;
    out[row + I.linksTotal] = counts[c + Count.Links];
    out[row + I.linksCrossRegion] = counts[c + Count.LinksCross];
    out[row + I.linksAcademiaIndustry] = counts[c + Count.LinksAcademic];
    out[row + I.activeProjects] = counts[c + Count.Active];
    out[row + I.stalledProjects] = counts[c + Count.Stalled];
    out[row + I.unusedSeeds] = counts[c + Count.Seeds];
    out[row + I.largestComponentShare] = aliveCount > 0 ? counts[c + Count.InLargest] / aliveCount : 0;
  }
  budgetRows(world);
}

/** The programme's stock of employed researchers, and its budget left unspent this quarter (absorption). */
function budgetRows(world: World): void {
  const out = world.quarterIndicators;
  const R = world.regionCount;
  const total = R * INDICATOR_COUNT;
  for (let r = 0; r < R; r++) {
    const row = r * INDICATOR_COUNT;
    out[row + I.researchersEmployed] = world.regions.researchersEmployed[r];
    out[total + I.researchersEmployed] += world.regions.researchersEmployed[r];
    out[row + I.programmePeople] += world.regions.researchersEmployed[r];
    out[total + I.programmePeople] += world.regions.researchersEmployed[r];
  }
  for (let r = 0; r <= R; r++) {
    const row = r * INDICATOR_COUNT;
    out[row + I.budgetUnspentJpyM] = out[row + I.budgetAvailableJpyM] - out[row + I.budgetSpentJpyM];
  }
}

/**
 * Mean local clustering, sampled per region (model.observation.clusteringSamplePerRegion agents of
 * two links or more, all of them when fewer); the total weights regions by their eligible agents.
 */
function clustering(world: World, scratch: IndicatorScratch): void {
  const { agents, links, quarterIndicators: out } = world;
  const rng = world.streams.indicators;
  const R = world.regionCount;
  links.adjacency();
  const { candidates, candidateCount, eligible, eligibleCursor: cursor, mark, counts, network } = scratch;
  const samplePerRegion = world.params.observation.clusteringSamplePerRegion;

  // Agents of degree >= 2 grouped by region (a counting sort: id order kept within a region).
  let offset = 0;
  for (let r = 0; r < R; r++) {
    cursor[r] = offset;
    offset += counts[r * COUNTS + Count.Eligible];
  }
  const { region } = agents;
  for (let i = 0; i < candidateCount; i++) {
    const v = candidates[i];
    eligible[cursor[region[v]]++] = v;
  }

  let weighted = 0;
  let eligibleTotal = 0;
  let first = 0;
  for (let r = 0; r < R; r++) {
    const count = counts[r * COUNTS + Count.Eligible];
    const sample = Math.min(count, samplePerRegion);
    // Partial Fisher–Yates: the first `sample` entries become a uniform sample.
    for (let i = 0; i < sample && sample < count; i++) {
      const j = first + i + rng.int(count - i);
      const tmp = eligible[first + i];
      eligible[first + i] = eligible[j];
      eligible[j] = tmp;
    }
    let sum = 0;
    for (let i = 0; i < sample; i++) sum += localClustering(world, eligible[first + i], mark, network);
    const mean = sample > 0 ? sum / sample : 0;
    out[r * INDICATOR_COUNT + I.clustering] = mean;
    weighted += mean * count;
    eligibleTotal += count;
    first += count;
  }
  out[R * INDICATOR_COUNT + I.clustering] = eligibleTotal > 0 ? weighted / eligibleTotal : 0;
}

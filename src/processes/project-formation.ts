// Phase 4, project formation: a university–firm link plus an unused seed that fits the firm's
// needs becomes a project when the firm is willing (the product's expected margin from the model's
// own market against its share of the expected cost, project-economics.ts; cash; risk tolerance). Public money pays a share (set by the policy levers) while the
// region's budget — or its core institution's fund — has room; otherwise the firm must pay it all.
// Seed money may lower the firm's first-stage cost. Core firms ask first, pull seeds across
// regions and bring suppliers. Needs pull comes first: core firms' open needs search for seeds
// (needs-pull.ts); then seeds push: firms take the best fitting seed of the academics they know.
import { Account, budgetOf, cashOf } from '../model/accounts.js';
import { judgedSuccessChance, projectNetValueJpyM, remainingChance } from '../model/project-economics.js';
import { grown } from '../model/growable.js';
import { transfer } from '../model/money.js';
import type { World } from '../model/world.js';
import { AgentKind, isAcademic, isFirm, LinkType, ProjectOrigin, ProjectStatus, Stage } from '../model/vocabulary.js';
import { scratchSlot } from '../model/workspace.js';
import { supplierJoinProbability } from '../policy/core-firm-support.js';
import { fundAvailableJpyM } from '../policy/core-institution.js';
import { seedGrantJpyM } from '../policy/matching-funds.js';
import { projectPublicShare } from '../policy/public-share.js';
import { marketReach } from '../policy/wide-area.js';
import { closeNeed, coreFirmsWithNeeds, CoreFirmList, postNeeds, pullSeed } from './needs-pull.js';
import { tallyFormationByOrigin } from './project-origin.js';
import { firmChannelReach } from './sales-channels.js';

export function projectFormationPhase(world: World): void {
  const rng = world.streams.formation;
  const { agents, links, seeds, projects, derived } = world;
  const p = world.params.projects;
  const joinProbability = supplierJoinProbability(world.policy, p.supplierJoinProbability);

  // Public money already committed this quarter by live projects, per region.
  const committed = new Float64Array(world.regionCount);
  for (let id = 0; id < projects.count; id++) {
    if (projects.status[id] === ProjectStatus.Active) committed[projects.region[id]] += projects.publicShare[id] * derived.costByStage[projects.stage[id]];
  }

  // Unused seeds grouped by their university, so a firm scans only its partners' seeds.
  const scratch = world.workspace.of(FORMATION_SCRATCH);
  const held = groupSeeds(world, scratch.held);

  // Needs pull first (needs-pull.ts): core firms with an open need search linked and nearby
  // academics' seeds for it and lead the project; a met need closes.
  links.adjacency();
  postNeeds(world);
  const pulling = coreFirmsWithNeeds(world, scratch.pulling);
  rng.shuffle(pulling.ids, pulling.count);
  for (let i = 0; i < pulling.count; i++) {
    const core = pulling.ids[i];
    if (agents.projectsLed[core] >= p.maxActiveProjectsCoreFirm) continue;
    const seed = pullSeed(world, core, held);
    if (seed >= 0 && formProject(world, core, seed, ProjectOrigin.NeedsPull, committed, joinProbability)) closeNeed(world, core);
  }

  links.adjacency();
  // Only firms that could take a seed now are shuffled and asked. Any other firm would do nothing
  // wherever it came in the order (seeds are only ever taken during this phase), so leaving it out
  // keeps the distribution of every outcome and saves two draws per firm and quarter.
  const candidates = candidateFirms(world, held, scratch);
  // Core firms ask first: a large firm's standing research ties put its request on the
  // lab's desk before an SME's. Why: in one shuffled queue, SMEs that a subsidy or a coordinator
  // made ready took the best seeds first, so every lever that helped SMEs cut core firms'
  // projects and with them most of the revenue (issue 4). Each group is shuffled.
  const { core, coreCount, smes, smeCount } = candidates;
  rng.shuffle(core, coreCount);
  rng.shuffle(smes, smeCount);
  for (let i = 0; i < coreCount + smeCount; i++) {
    const firm = i < coreCount ? core[i] : smes[i - coreCount];
    if (!rng.bernoulli(agents.riskTolerance[firm])) continue;
    // Seeds are only taken in this loop, never added: the best found for the candidate is still the
    // best (and the first of equals) unless another firm took it since.
    let bestSeed = held.best[firm];
    if (seeds.taken[bestSeed]) bestSeed = bestSeedFor(world, firm, held);
    if (bestSeed < 0) continue;
    formProject(world, firm, bestSeed, ProjectOrigin.SeedsPush, committed, joinProbability);
  }
  seeds.compact(world.params.research.seedLifetimeQuarters);
}

/**
 * `firm` takes `bestSeed` as a project of `origin` if it is willing (the one economics) and can
 * afford its share; public money pays its share while the region's budget (or fund) has room beside
 * `committed`. True when the project formed.
 */
export function formProject(world: World, firm: number, bestSeed: number, origin: number, committed: Float64Array, joinProbability: number): boolean {
  const rng = world.streams.formation;
  const { agents, links, seeds, projects, derived } = world;
  const p = world.params.projects;
  const firstCost = derived.costByStage[0];
  const isCore = agents.kind[firm] === AgentKind.CoreFirm;
  const region = agents.region[firm];
  const quality = seeds.quality[bestSeed];
  const fusion = seeds.field[bestSeed] !== agents.mainField[firm];
  const publicShare = projectPublicShare(world, firm);
  const room = world.regions.budgetJpyM[region] + fundAvailableJpyM(world, region) - committed[region];
  const funded = publicShare > 0 && publicShare * firstCost <= room;
  // Seed money 呼び水 comes from the budget on top of the first quarter's public share.
  const offered = funded ? seedGrantJpyM(world.policy, agents.kind[firm]) : 0;
  const grant = offered > 0 && offered + publicShare * firstCost <= world.regions.budgetJpyM[region] - committed[region] ? offered : 0;
  const firmShare = funded ? 1 - publicShare : 1;
  // The one economics: the product's expected margin at the reach the firm can get, against its
  // share of the expected cost; seed money counts against that cost (it lowers the firm's risk).
  const judged = judgedSuccessChance(agents.absorptive[firm], quality, p.judgedChanceFloor, derived.judgedChanceSlope);
  const net = projectNetValueJpyM(world, remainingChance(world, judged, Stage.JointResearch), Stage.JointResearch, firmShare, quality, fusion, region, marketReach(world, firmChannelReach(world, firm)));
  if (net + grant <= 0) return false;
  const affordable = isCore
    ? agents.cashJpyM[firm] * world.params.finance.coreFirmRdBudgetShare + grant >= firmShare * firstCost * p.cashReserveQuarters
    : agents.cashJpyM[firm] + grant >= firmShare * firstCost * p.cashReserveQuarters;
  if (!affordable) return false;

  const university = seeds.origin[bestSeed];
  seeds.taken[bestSeed] = 1;
  const project = projects.add(seeds.field[bestSeed], quality, university, firm, region, publicShare);
  projects.fusion[project] = fusion ? 1 : 0;
  projects.crossRegion[project] = agents.region[university] !== region ? 1 : 0;
  projects.coordinator[project] = coordinatorOf(world, firm, university);
  projects.origin[project] = origin;
  // A need's search may find a seed at a university the core firm had no tie to: now it has one.
  if (links.find(firm, university) < 0) links.connect(firm, university, LinkType.AcademiaIndustry, world.params.meeting.newLinkStrength);
  agents.projectsLed[firm]++;
  if (funded) committed[region] += publicShare * firstCost;
  if (grant > 0) {
    transfer(world, budgetOf(region), cashOf(firm), grant, Account.SeedMoney);
    projects.seedGrantJpyM[project] = grant;
  }
  if (isCore) {
    // A core firm brings its supplier SMEs into the project (the rows of this phase: a needs-pull
    // search adds only academic ties, never supplier ones).
    const { adjStart, adjTarget } = links;
    for (let k = adjStart[firm]; k < adjStart[firm + 1]; k++) {
      const partner = adjTarget[k];
      if (agents.kind[partner] !== AgentKind.Sme || !agents.alive[partner]) continue;
      if (rng.bernoulli(joinProbability) && !projects.addPartner(project, partner)) break;
    }
  }
  tallyFormationByOrigin(world, project);
  return true;
}

/**
 * Unused seeds grouped by the academic holding them: holder h's seeds are
 * order[from[h] .. to[h]) in seed order, valid only where stamp[h] === token (other agents hold
 * none). Kept from quarter to quarter: only the holders' entries are written, so a quarter costs
 * O(seeds), not O(agents) — a national world has a million agents and a few thousand seeds.
 */
export class HeldSeeds {
  token = 0;
  stamp = new Int32Array(0);
  from = new Int32Array(0);
  to = new Int32Array(0);
  order = new Int32Array(0);
  /** Holders in order of their first seed. */
  holders = new Int32Array(0);
  holderCount = 0;
  /** Best-fitting seed of each candidate firm when the candidates were listed. */
  best = new Int32Array(0);
}

function groupSeeds(world: World, held: HeldSeeds): HeldSeeds {
  const { seeds } = world;
  const n = world.agents.count;
  if (held.stamp.length < n) {
    const size = Math.max(n, held.stamp.length * 2);
    held.stamp = new Int32Array(size);
    held.from = new Int32Array(size);
    held.to = new Int32Array(size);
    held.best = new Int32Array(size);
    held.token = 0;
  }
  if (held.order.length < seeds.count) {
    held.order = new Int32Array(Math.max(seeds.count, held.order.length * 2));
    held.holders = new Int32Array(held.order.length);
  }
  const token = ++held.token;
  const { stamp, from, to, order, holders } = held;
  let holderCount = 0;
  // Seeds per holder (counted in `to`), then each holder's rows in order of first seed, then the
  // seeds placed in seed order (`to` runs from the row start to its end).
  for (let s = 0; s < seeds.count; s++) {
    const h = seeds.origin[s];
    if (stamp[h] !== token) {
      stamp[h] = token;
      to[h] = 0;
      holders[holderCount++] = h;
    }
    to[h]++;
  }
  let offset = 0;
  for (let i = 0; i < holderCount; i++) {
    const h = holders[i];
    from[h] = offset;
    offset += to[h];
    to[h] = from[h];
  }
  for (let s = 0; s < seeds.count; s++) order[to[seeds.origin[s]]++] = s;
  held.holderCount = holderCount;
  return held;
}

/** Candidate firms of the quarter, core firms and SMEs apart, each listed in id order then shuffled in place (buffers reused). */
class Candidates {
  core = new Int32Array(16);
  coreCount = 0;
  smes = new Int32Array(256);
  smeCount = 0;

  add(firm: number, isCore: boolean): void {
    if (isCore) {
      if (this.coreCount === this.core.length) this.core = grown(this.core, 2 * this.core.length);
      this.core[this.coreCount++] = firm;
    } else {
      if (this.smeCount === this.smes.length) this.smes = grown(this.smes, 2 * this.smes.length);
      this.smes[this.smeCount++] = firm;
    }
  }
}

/** This phase's working buffers, kept in the world from quarter to quarter (grown as needed). */
class FormationScratch {
  readonly held = new HeldSeeds();
  /**
   * Partners of seed holders as a bitset over agent ids (left all zero): reading its words in order
   * gives each partner once, in id order, without sorting the partner lists (a firm linked to
   * several holders appears in each), which was this phase's largest cost.
   */
  partnerBits = new Uint32Array(64);
  /** Ids read back from the bitset, ascending. */
  partners = new Int32Array(256);
  readonly candidates = new Candidates();
  readonly pulling = new CoreFirmList();
}

const FORMATION_SCRATCH = scratchSlot('projectFormation', () => new FormationScratch());

/**
 * Firms that may lead a project and have a fitting unused seed among their academic partners, core
 * firms and SMEs apart, each in id order. Found from the seeds' side: the few universities holding seeds list their partners.
 */
function candidateFirms(world: World, held: HeldSeeds, scratch: FormationScratch): Candidates {
  const { agents, links } = world;
  const { adjStart, adjTarget, adjLink } = links;
  const p = world.params.projects;
  const { holders, holderCount } = held;
  const words = (agents.count + 31) >>> 5;
  if (scratch.partnerBits.length < words) scratch.partnerBits = new Uint32Array(Math.max(words, scratch.partnerBits.length * 2));
  const bits = scratch.partnerBits;
  let firstWord = words;
  let lastWord = -1;
  let marked = 0;
  for (let i = 0; i < holderCount; i++) {
    const academic = holders[i];
    if (!isAcademic(agents.kind[academic])) continue;
    for (let k = adjStart[academic]; k < adjStart[academic + 1]; k++) {
      if (links.type[adjLink[k]] !== LinkType.AcademiaIndustry) continue;
      const partner = adjTarget[k];
      const word = partner >>> 5;
      bits[word] |= 1 << (partner & 31);
      if (word < firstWord) firstWord = word;
      if (word > lastWord) lastWord = word;
      marked++;
    }
  }
  if (scratch.partners.length < marked) scratch.partners = new Int32Array(Math.max(marked, scratch.partners.length * 2));
  const partnerIds = scratch.partners;
  let found = 0;
  for (let word = firstWord; word <= lastWord; word++) {
    let w = bits[word];
    if (w === 0) continue;
    bits[word] = 0;
    while (w !== 0) {
      const low = w & -w;
      partnerIds[found++] = (word << 5) + 31 - Math.clz32(low);
      w ^= low;
    }
  }
  const partners = partnerIds.subarray(0, found);
  const firms = scratch.candidates;
  firms.coreCount = 0;
  firms.smeCount = 0;
  for (let i = 0; i < partners.length; i++) {
    const firm = partners[i];
    const kind = agents.kind[firm];
    if (!agents.alive[firm] || !isFirm(kind)) continue;
    const maxLed = kind === AgentKind.CoreFirm ? p.maxActiveProjectsCoreFirm : p.maxActiveProjectsSme;
    if (agents.projectsLed[firm] >= maxLed) continue;
    const best = bestSeedFor(world, firm, held);
    if (best < 0) continue;
    held.best[firm] = best;
    firms.add(firm, kind === AgentKind.CoreFirm);
  }
  return firms;
}

/** The best-fitting unused seed among the firm's academic partners, in any region; -1 if none. */
function bestSeedFor(world: World, firm: number, held: HeldSeeds): number {
  const { agents, links, seeds } = world;
  const { adjStart, adjTarget, adjLink } = links;
  const { stamp, token, from, to, order } = held;
  const fitMin = world.params.projects.seedFitMin;
  let bestSeed = -1;
  let bestScore = 0;
  for (let k = adjStart[firm]; k < adjStart[firm + 1]; k++) {
    const academic = adjTarget[k];
    if (stamp[academic] !== token || links.type[adjLink[k]] !== LinkType.AcademiaIndustry || !isAcademic(agents.kind[academic])) continue;
    for (let j = from[academic]; j < to[academic]; j++) {
      const s = order[j];
      if (seeds.taken[s]) continue;
      const fit = agents.fieldFit(firm, seeds.field[s]);
      if (fit < fitMin) continue;
      const score = fit * seeds.quality[s];
      if (score > bestScore) {
        bestScore = score;
        bestSeed = s;
      }
    }
  }
  return bestSeed;
}

/** A coordinator linked to the firm, else to the university, else none (-1). */
function coordinatorOf(world: World, firm: number, university: number): number {
  const { agents, links } = world;
  for (const agent of [firm, university]) {
    for (let k = links.adjStart[agent]; k < links.adjStart[agent + 1]; k++) {
      const c = links.adjTarget[k];
      if (agents.kind[c] === AgentKind.Coordinator && agents.alive[c]) return c;
    }
  }
  return -1;
}

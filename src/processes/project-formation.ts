// Phase 4, project formation: a university–firm link plus an unused seed that fits the firm's
// needs becomes a project when the firm is willing (expected value against its share of cost,
// cash and risk tolerance). Public money pays a share (set by the policy levers) while the
// region's budget — or its core institution's fund — has room; otherwise the firm must pay it all.
// Seed money may lower the firm's first-stage cost. Core firms ask first, pull seeds across
// regions and bring suppliers.
import { I } from '../model/indicators.js';
import { judgedSuccessChance, REACH_VALUE } from '../model/project-economics.js';
import { tally } from '../model/tally.js';
import type { World } from '../model/world.js';
import { AgentKind, isAcademic, isFirm, LinkType, ProjectStatus } from '../model/vocabulary.js';
import { supplierJoinProbability } from '../policy/core-firm-support.js';
import { fundAvailableJpyM } from '../policy/core-institution.js';
import { seedGrantJpyM } from '../policy/matching-funds.js';
import { projectPublicShare } from '../policy/public-share.js';
import { marketReach } from '../policy/wide-area.js';

export function projectFormationPhase(world: World): void {
  const rng = world.streams.formation;
  const { agents, links, seeds, projects, derived, ledger } = world;
  const p = world.params.projects;
  const firstCost = derived.costByStage[0];
  const joinProbability = supplierJoinProbability(world.policy, p.supplierJoinProbability);

  // Public money already committed this quarter by live projects, per region.
  const committed = new Float64Array(world.regionCount);
  for (let id = 0; id < projects.count; id++) {
    if (projects.status[id] === ProjectStatus.Active) committed[projects.region[id]] += projects.publicShare[id] * derived.costByStage[projects.stage[id]];
  }

  // Unused seeds grouped by their university (compressed rows), so a firm scans only its partners' seeds.
  const n = agents.count;
  const seedStart = new Int32Array(n + 1);
  for (let s = 0; s < seeds.count; s++) seedStart[seeds.origin[s] + 1]++;
  for (let v = 0; v < n; v++) seedStart[v + 1] += seedStart[v];
  const seedOrder = new Int32Array(seeds.count);
  const fill = seedStart.slice(0, n);
  for (let s = 0; s < seeds.count; s++) seedOrder[fill[seeds.origin[s]]++] = s;

  links.adjacency();
  const { adjStart, adjTarget } = links;
  // Only firms that could take a seed now are shuffled and asked. Any other firm would do nothing
  // wherever it came in the order (seeds are only ever taken during this phase), so leaving it out
  // keeps the distribution of every outcome and saves two draws per firm and quarter.
  const candidates = candidateFirms(world, seedStart, seedOrder);
  // Core firms ask first (needs pull): a large firm's standing research ties put its request on the
  // lab's desk before an SME's. Why: in one shuffled queue, SMEs that a subsidy or a coordinator
  // made ready took the best seeds first, so every lever that helped SMEs cut core firms'
  // projects and with them most of the revenue (issue 4). Each group is shuffled.
  const isCoreFirm = (firm: number) => agents.kind[firm] === AgentKind.CoreFirm;
  const firms = [...rng.shuffle(candidates.filter(isCoreFirm)), ...rng.shuffle(candidates.filter((f) => !isCoreFirm(f)))];
  for (const firm of firms) {
    const isCore = agents.kind[firm] === AgentKind.CoreFirm;
    if (!rng.bernoulli(agents.riskTolerance[firm])) continue;
    const bestSeed = bestSeedFor(world, firm, seedStart, seedOrder);
    if (bestSeed < 0) continue;

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
    const value = p.productValueJpyM * quality * REACH_VALUE[marketReach(world, agents.reach[firm])] *
      (fusion ? 1 + world.params.progress.fusionValueBonus : 1) * judgedSuccessChance(agents.absorptive[firm], quality);
    if (value <= firmShare * derived.expectedProjectCostJpyM - grant) continue;
    const affordable = isCore
      ? agents.cashJpyM[firm] * world.params.finance.coreFirmRdBudgetShare + grant >= firmShare * firstCost * p.cashReserveQuarters
      : agents.cashJpyM[firm] + grant >= firmShare * firstCost * p.cashReserveQuarters;
    if (!affordable) continue;

    const university = seeds.origin[bestSeed];
    seeds.taken[bestSeed] = 1;
    const project = projects.add(seeds.field[bestSeed], quality, university, firm, region, publicShare);
    projects.fusion[project] = fusion ? 1 : 0;
    projects.crossRegion[project] = agents.region[university] !== region ? 1 : 0;
    projects.coordinator[project] = coordinatorOf(world, firm, university);
    agents.projectsLed[firm]++;
    if (funded) committed[region] += publicShare * firstCost;
    if (grant > 0) {
      world.regions.budgetJpyM[region] -= grant;
      agents.cashJpyM[firm] += grant;
      ledger.seedGrantsJpyM += grant;
      tally(world, region, I.publicSpendJpyM, grant);
    }
    if (isCore) {
      // Needs pull: a core firm brings its supplier SMEs into the project.
      for (let k = adjStart[firm]; k < adjStart[firm + 1]; k++) {
        const partner = adjTarget[k];
        if (agents.kind[partner] !== AgentKind.Sme || !agents.alive[partner]) continue;
        if (rng.bernoulli(joinProbability) && !projects.addPartner(project, partner)) break;
      }
    }
  }
  seeds.compact(world.params.research.seedLifetimeQuarters);
}

/** Partners of seed holders, reused from quarter to quarter (grown as needed). */
let partnerScratch = new Int32Array(256);

/**
 * Firms that may lead a project and have a fitting unused seed among their academic partners, in
 * id order. Found from the seeds' side: the few universities holding seeds list their partners.
 */
function candidateFirms(world: World, seedStart: Int32Array, seedOrder: Int32Array): number[] {
  const { agents, links, seeds } = world;
  const { adjStart, adjTarget, adjLink } = links;
  const p = world.params.projects;
  // Partners gathered in a typed array: its native numeric sort is far cheaper than sorting a
  // plain array through a comparator, which was the largest cost of this phase.
  let bound = 0;
  for (let j = 0; j < seeds.count; j++) {
    const academic = seeds.origin[seedOrder[j]];
    if (j === seedStart[academic]) bound += adjStart[academic + 1] - adjStart[academic];
  }
  if (partnerScratch.length < bound) partnerScratch = new Int32Array(Math.max(bound, partnerScratch.length * 2));
  let found = 0;
  for (let j = 0; j < seeds.count; j++) {
    const academic = seeds.origin[seedOrder[j]];
    if (j !== seedStart[academic] || !isAcademic(agents.kind[academic])) continue; // each holder once
    for (let k = adjStart[academic]; k < adjStart[academic + 1]; k++) {
      if (links.type[adjLink[k]] === LinkType.AcademiaIndustry) partnerScratch[found++] = adjTarget[k];
    }
  }
  const partners = partnerScratch.subarray(0, found).sort();
  const firms: number[] = [];
  for (let i = 0; i < partners.length; i++) {
    const firm = partners[i];
    if (i > 0 && partners[i - 1] === firm) continue;
    const kind = agents.kind[firm];
    if (!agents.alive[firm] || !isFirm(kind)) continue;
    const maxLed = kind === AgentKind.CoreFirm ? p.maxActiveProjectsCoreFirm : p.maxActiveProjectsSme;
    if (agents.projectsLed[firm] < maxLed && bestSeedFor(world, firm, seedStart, seedOrder) >= 0) firms.push(firm);
  }
  return firms;
}

/** The best-fitting unused seed among the firm's academic partners, in any region; -1 if none. */
function bestSeedFor(world: World, firm: number, seedStart: Int32Array, seedOrder: Int32Array): number {
  const { agents, links, seeds } = world;
  const { adjStart, adjTarget, adjLink } = links;
  const fitMin = world.params.projects.seedFitMin;
  let bestSeed = -1;
  let bestScore = 0;
  for (let k = adjStart[firm]; k < adjStart[firm + 1]; k++) {
    const academic = adjTarget[k];
    if (links.type[adjLink[k]] !== LinkType.AcademiaIndustry || !isAcademic(agents.kind[academic])) continue;
    for (let j = seedStart[academic]; j < seedStart[academic + 1]; j++) {
      const s = seedOrder[j];
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

// Phase 5, project progress: each quarter the lead firm of every live project decides from the one
// economics (project-economics.ts) whether to go on — the remaining expected value against its own
// share of the remaining expected cost at the public share available now — and abandons it if not
// (the funding cliff: when public money stops the firm's share jumps). Going on, it pays the quarter
// (public share from the region's budget or its core institution's fund, the rest from loan credit,
// then cash) or, short of money, stalls; stalled too long it is abandoned. An abandoned project
// damages the university–firm link and returns its seed. Funded, it may advance — faster with a
// coordinator, a project manager, more of the firm's own money in (commitment), or, in the last
// stage, an experienced business lead — or fail: the valley of death is the prototype stage. A
// completed prototype counts 試作品 (and an entrepreneur may found a start-up on it); reaching the
// market counts a product 商品化 and launches it. Each is a commercialisation 事業化 (with start-ups).
import { Account, budgetOf, cashOf, fundOf, OUTSIDE } from '../model/accounts.js';
import { I } from '../model/indicators.js';
import { clamp } from '../model/math.js';
import { transfer } from '../model/money.js';
import { judgedSuccessChance, productBaseRevenueJpyM, projectNetValueJpyM, remainingChance, unspentSeedGrantJpyM } from '../model/project-economics.js';
import type { World } from '../model/world.js';
import { tally } from '../model/tally.js';
import { recordSuccess } from '../model/reputation.js';
import { AgentKind, BusinessLead, LinkType, ProjectStatus, PublicSource, Stage } from '../model/vocabulary.js';
import { businessLeadAdvanceFactor, extendExternalStay, reachWithBusinessLead } from '../policy/business-lead.js';
import { fundAvailableJpyM } from '../policy/core-institution.js';
import { assignProjectManagers, managerAdvanceFactor } from '../policy/project-manager.js';
import { listOnSalesPlatform } from '../policy/sales-platform.js';
import { marketReach } from '../policy/wide-area.js';
import { countPatent } from './research.js';
import { entrepreneurOf, foundStartup, NOBODY } from './startup-founding.js';
import { tallyLaunchByOrigin } from './project-origin.js';
import { bestChannel, channelReach, takeChannel } from './sales-channels.js';

export function projectProgressPhase(world: World): void {
  const rng = world.streams.progress;
  const { projects } = world;
  // Sales channels (trading partners) are read from the rows as they stand at the start of the phase.
  world.links.adjacency();
  assignProjectManagers(world);
  const order = new Int32Array(projects.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  rng.shuffle(order);
  for (const id of order) {
    const source = publicSource(world, id);
    const ownShare = ownShareOf(world, id, source);
    if (!worthGoingOn(world, id, expectedOwnShare(world, id, source))) {
      // The lead firm walks away: what is left to earn no longer covers what is left to pay.
      abandon(world, id);
    } else if (payQuarter(world, id, source)) {
      projects.status[id] = ProjectStatus.Active;
      projects.stalledQuarters[id] = 0;
      advance(world, id, ownShare);
    } else {
      // Still worth it, but the firm cannot pay this quarter: it pauses.
      projects.status[id] = ProjectStatus.Stalled;
      if (++projects.stalledQuarters[id] >= world.params.progress.stallAbandonQuarters) abandon(world, id);
    }
  }
  listOnSalesPlatform(world);
  projects.compact();
}

/** The lead firm's share of this quarter's cost: all of it when no public money is available now. */
function ownShareOf(world: World, id: number, source: number): number {
  return source === PublicSource.None ? 1 : 1 - world.projects.publicShare[id];
}

/**
 * The share of the remaining cost the lead firm expects to pay: the project's own share while public
 * money pays now or the programme funds the region this quarter (a budget that ran short this quarter
 * is not the end of the programme), all of it once the programme has stopped funding the region (a
 * gap, or its end: 金の切れ目). Firms decide with it, banks appraise with it.
 */
function expectedOwnShare(world: World, id: number, source: number): number {
  const { projects } = world;
  if (source !== PublicSource.None || world.regions.budgetAtStartJpyM[projects.region[id]] > 0) return 1 - projects.publicShare[id];
  return 1;
}

/** The share of the remaining cost a project's lead firm expects to pay now (banks appraise with it). */
export function ownShareNow(world: World, id: number): number {
  return expectedOwnShare(world, id, publicSource(world, id));
}

/** The budget pays first; a core institution's fund pays what the budget cannot; else no public money this quarter. */
function publicSource(world: World, id: number): number {
  const { projects } = world;
  const region = projects.region[id];
  const wantedPublic = projects.publicShare[id] * world.derived.costByStage[projects.stage[id]];
  if (!(wantedPublic > 0)) return PublicSource.None;
  if (world.regions.budgetJpyM[region] >= wantedPublic) return PublicSource.Budget;
  return fundAvailableJpyM(world, region) >= wantedPublic ? PublicSource.Fund : PublicSource.None;
}

/**
 * The lead firm's quarterly decision (only the lead pays; partners do not): go on while the
 * product's remaining expected value covers its expected share of the remaining expected cost
 * (expectedOwnShare), seed money not yet spent counting against that cost. What it has spent does
 * not count.
 */
function worthGoingOn(world: World, id: number, ownShare: number): boolean {
  const { agents, projects } = world;
  const lead = projects.lead[id];
  const judged = judgedSuccessChance(agents.absorptive[lead], projects.seedQuality[id], world.params.projects.judgedChanceFloor, world.derived.judgedChanceSlope);
  const stage = projects.stage[id];
  const net = projectNetValueJpyM(world, remainingChance(world, judged, stage), stage, ownShare, projects.seedQuality[id], projects.fusion[id] === 1, agents.region[lead], expectedReach(world, id));
  return net + unspentSeedGrantJpyM(world, id) >= 0;
}

/** Pays this quarter's cost if the money is there; charges nothing otherwise. */
function payQuarter(world: World, id: number, source: number): boolean {
  const { agents, projects, regions, ledger } = world;
  const lead = projects.lead[id];
  const region = projects.region[id];
  const cost = world.derived.costByStage[projects.stage[id]];
  const publicPart = source === PublicSource.None ? 0 : projects.publicShare[id] * cost;
  const privatePart = cost - publicPart;
  const fromCredit = Math.min(agents.creditJpyM[lead], privatePart);
  const fromCash = privatePart - fromCredit;
  const spendable = agents.kind[lead] === AgentKind.CoreFirm
    ? agents.cashJpyM[lead] * world.params.finance.coreFirmRdBudgetShare
    : agents.cashJpyM[lead];
  if (fromCash > spendable) return false;
  payFromMargins(world, lead, region, fromCash);
  if (publicPart > 0) transfer(world, source === PublicSource.Fund ? fundOf(region) : budgetOf(region), OUTSIDE, publicPart, Account.Projects);
  agents.creditJpyM[lead] -= fromCredit;
  agents.cashJpyM[lead] -= fromCash;
  ledger.projectPublicJpyM += publicPart;
  ledger.loanSpendJpyM += fromCredit;
  ledger.privateSpendJpyM += fromCash;
  projects.publicJpyM[id] += publicPart;
  projects.loanJpyM[id] += fromCredit;
  projects.privateJpyM[id] += fromCash;
  tally(world, region, I.privateSpendJpyM, privatePart);
  return true;
}

/**
 * Of the cash a firm puts into its project, the part its own product margins earned (what is left
 * of them: never more than its cash) counts as R&D paid from revenue — the self-sustaining share
 * that outlasts public money (好循環).
 */
function payFromMargins(world: World, firm: number, region: number, fromCashJpyM: number): void {
  const { agents } = world;
  const fromMargins = Math.min(fromCashJpyM, agents.marginPotJpyM[firm], agents.cashJpyM[firm]);
  if (!(fromMargins > 0)) return;
  agents.marginPotJpyM[firm] -= fromMargins;
  tally(world, region, I.rdFromMarginsJpyM, fromMargins);
}

/**
 * Commitment: a firm that pays a share `own` of the quarter itself works harder on the project —
 * the advance chance is multiplied by 1 + effortBoostMax × own / (own + effortHalfShare), which
 * rises from 1 (all public) towards 1 + effortBoostMax (all its own money).
 */
export function effortFactor(world: World, own: number): number {
  const p = world.params.progress;
  return own > 0 ? 1 + (p.effortBoostMax * own) / (own + p.effortHalfShare) : 1;
}

function advance(world: World, id: number, ownShare: number): void {
  const rng = world.streams.progress;
  const { agents, projects, derived } = world;
  const p = world.params.progress;
  const stage = projects.stage[id];
  const lead = projects.lead[id];
  const absorptive = agents.absorptive[lead];
  const quality = projects.seedQuality[id];
  const coordinator = projects.coordinator[id];
  if (coordinator >= 0 && !agents.alive[coordinator]) projects.coordinator[id] = -1;

  if (stage === Stage.Prototype && rng.bernoulli(p.prototypePatentProbability)) {
    countPatent(world, lead, rng.bernoulli(world.params.research.overseasPatentShare));
  }
  let advanceChance = derived.advanceByStage[stage] * (p.advanceShapeOffset + absorptive) * (p.advanceShapeOffset + quality);
  if (projects.coordinator[id] >= 0) advanceChance *= 1 + p.coordinatorBoost;
  advanceChance *= managerAdvanceFactor(world, id);
  advanceChance *= effortFactor(world, ownShare);
  advanceChance *= businessLeadAdvanceFactor(world, id, stage);
  // A public institute supporting the lead SME this quarter (institute-support.ts): testing and technical help.
  if (agents.supportedQuarter[lead] === world.quarter) advanceChance *= 1 + world.params.institutes.advanceBoost;
  if (projects.fusion[id]) advanceChance *= 1 - p.fusionPenalty;
  const failChance = derived.failByStage[stage] * (p.failShapeOffset - absorptive) * (p.failShapeOffset - quality);
  const u = rng.uniform();
  projects.quartersInStage[id]++;
  if (u < failChance) {
    end(world, id, ProjectStatus.Failed);
    tally(world, projects.region[id], I.failedProjects);
  } else if (u < failChance + advanceChance) {
    projects.stage[id] = stage + 1;
    projects.quartersInStage[id] = 0;
    // A completed prototype and a launch are the records that attract meetings (reputation.ts).
    if (stage + 1 >= Stage.Commercialization) recordSuccess(world, id);
    if (stage + 1 === Stage.Commercialization) prototypeCompleted(world, id);
    else if (stage + 1 === Stage.Market) launch(world, id);
  }
}

/** A commercialisation 事業化 of `kind` (prototypes, products, startups) in `region`: the part and the Knowledge Cluster total. */
function countCommercialization(world: World, region: number, kind: number): void {
  tally(world, region, kind);
  tally(world, region, I.commercializations);
  world.regions.commercializations[region]++;
}

/**
 * The prototype is complete 試作品: a commercialisation, a milestone for the project's external
 * coordinator (career path), and an opening for an entrepreneur of the university's region, who may
 * found a start-up to take an SME's prototype to market; the SME stays in as a partner.
 */
function prototypeCompleted(world: World, id: number): void {
  const { agents, projects, links } = world;
  const p = world.params;
  countCommercialization(world, projects.region[id], I.prototypes);
  extendExternalStay(world, id);
  const lead = projects.lead[id];
  const region = agents.region[projects.university[id]];
  if (agents.kind[lead] !== AgentKind.Sme || projects.startupLed[id] === 1 || projects.partnerCount[id] >= projects.maxPartners) return;
  const founder = entrepreneurOf(world, region);
  if (founder === NOBODY || !world.streams.venture.bernoulli(p.progress.startupProbability)) return;
  const startup = foundStartup(world, {
    region, university: projects.university[id], seedField: projects.seedField[id], seedQuality: projects.seedQuality[id], fusion: projects.fusion[id] === 1,
    stage: Stage.Commercialization, firmsReach: channelReach(world, id, projects.lead[id]), ownShare: ownShareNow(world, id),
  });
  if (startup < 0) return;
  projects.addPartner(id, lead);
  links.connect(startup, lead, LinkType.IndustryIndustry, p.progress.startupLeadLinkStrength);
  agents.projectsLed[lead] = clamp(agents.projectsLed[lead] - 1, 0, 65535);
  agents.projectsLed[startup]++;
  projects.lead[id] = startup;
  projects.region[id] = region;
  projects.businessLead[id] = founder;
  projects.startupLed[id] = 1;
  // Seed money was earmarked for the firm that received it: the start-up has none to spend or return.
  projects.seedGrantJpyM[id] = 0;
}

/** The project reaches the market 商品化: a commercialisation and a product of the lead firm. */
function launch(world: World, id: number): void {
  const rng = world.streams.progress;
  const { agents, projects } = world;
  const p = world.params;
  const owner = projects.lead[id];
  countCommercialization(world, projects.region[id], I.products);
  extendExternalStay(world, id);
  const baseRevenue = productBaseRevenueJpyM(world, projects.seedQuality[id], projects.fusion[id] === 1, agents.region[owner]);
  const lifetime = Math.max(p.market.productLifetimeMinQuarters, Math.round(rng.normal(p.market.productLifetimeQuarters, p.market.productLifetimeQuarters * p.market.productLifetimeSdShare)));
  const channel = bestChannel(world, id, owner);
  const reach = reachWithBusinessLead(world, agents.reach[channel < 0 ? owner : channel], projects.businessLead[id]);
  takeChannel(world, channel);
  world.products.add(owner, baseRevenue, reach, lifetime, channel);
  tallyLaunchByOrigin(world, id, reach, channel);
  end(world, id, ProjectStatus.Done);
}

/**
 * The reach firms count on when they value the project: the lead's own, or its best sales channel's
 * with room now (sales-channels.ts); with a sales platform at least national (a listing is expected).
 */
export function expectedReach(world: World, id: number): number {
  return marketReach(world, productReach(world, id, world.projects.lead[id]));
}

/** A product of `owner` sells as far as its best sales channel with room reaches, further with an experienced business lead. */
function productReach(world: World, id: number, owner: number): number {
  return reachWithBusinessLead(world, channelReach(world, id, owner), world.projects.businessLead[id]);
}

/** Stalled too long: the project is dropped and the partnership weakens (金の切れ目が縁の切れ目). */
function abandon(world: World, id: number): void {
  const { projects, links } = world;
  const link = links.find(projects.university[id], projects.lead[id]);
  if (link >= 0) links.strength[link] *= 1 - world.params.progress.abandonLinkDamage;
  end(world, id, ProjectStatus.Abandoned);
  returnSeed(world, id);
  refundSeedMoney(world, id);
  tally(world, projects.region[id], I.abandonedProjects);
}

/** Earmarked seed money the firm has not put into the project goes back (out of the model, to the programme's treasury). */
function refundSeedMoney(world: World, id: number): void {
  const lead = world.projects.lead[id];
  const refund = Math.min(unspentSeedGrantJpyM(world, id), world.agents.cashJpyM[lead]);
  if (refund > 0) transfer(world, cashOf(lead), OUTSIDE, refund, Account.SeedMoneyRefund);
}

/**
 * An abandoned project's seed goes back to its university, unused again, with a fresh lifetime:
 * the project stopped for want of money, not because the research failed, so another firm may take
 * it up (a failed project's seed is spent).
 */
export function returnSeed(world: World, id: number): void {
  const { projects } = world;
  world.seeds.add(projects.university[id], projects.seedField[id], projects.seedQuality[id], false);
}

function end(world: World, id: number, status: number): void {
  world.projects.status[id] = status;
  const lead = world.projects.lead[id];
  world.agents.projectsLed[lead] = clamp(world.agents.projectsLed[lead] - 1, 0, 65535);
}

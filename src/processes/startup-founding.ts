// Phase 4b, start-ups 大学発ベンチャー: an entrepreneur of the region (local, from its talent supply,
// or external talent the programme brought in) founds a new SME on a promising seed — or, in project
// progress, on an SME's just-completed prototype — before any product exists. The founder values the
// venture with the one economics (project-economics.ts) and must raise the start-up's expected own
// cost to market: founder money first, then a programme grant, then venture money (venture-fund.ts).
// The start-up then runs the project as its lead firm, its founder as the business lead.
import { Account, budgetOf, cashOf } from '../model/accounts.js';
import { addSme } from '../model/agent-factory.js';
import { I } from '../model/indicators.js';
import { canPay, transfer } from '../model/money.js';
import { judgedSuccessChance, projectNetValueJpyM, remainingChance, remainingCostJpyM } from '../model/project-economics.js';
import { tally } from '../model/tally.js';
import type { World } from '../model/world.js';
import { AgentKind, BusinessLead, LinkType, Reach, Stage } from '../model/vocabulary.js';
import { scratchSlot } from '../model/workspace.js';
import { reachWithBusinessLead } from '../policy/business-lead.js';
import { publicShareForKind } from '../policy/public-share.js';
import { fundWouldInvest, invest, type VentureCase } from '../policy/venture-fund.js';
import { marketReach } from '../policy/wide-area.js';

/** A venture an entrepreneur considers: the project the start-up would run, from `stage` on. */
export interface Venture {
  region: number;
  university: number;
  seedField: number;
  seedQuality: number;
  fusion: boolean;
  stage: number;
  /** Reach of the firms that would sell the product, before the business lead's gain. */
  firmsReach: number;
  /** Share of the remaining cost the start-up would pay. */
  ownShare: number;
}

/** Best unused seed per region (by quality), kept in the world from quarter to quarter. */
class FoundingScratch {
  best = new Int32Array(0);
}

const FOUNDING_SCRATCH = scratchSlot('startupFounding', () => new FoundingScratch());

/** Each region's entrepreneurs look at its best unused seed; one founding per whole entrepreneur while the best is worth it. */
export function startupFoundingPhase(world: World): void {
  const { regions, seeds, agents } = world;
  const scratch = world.workspace.of(FOUNDING_SCRATCH);
  let anyone = false;
  for (let r = 0; r < world.regionCount; r++) if (entrepreneurOf(world, r) !== NOBODY) anyone = true;
  if (!anyone || seeds.count === 0) return;
  if (scratch.best.length < world.regionCount) scratch.best = new Int32Array(world.regionCount);
  const best = scratch.best;
  bestSeeds(world, best, -1);
  const share = publicShareForKind(world, AgentKind.Sme);
  const firstCost = world.derived.costByStage[Stage.JointResearch];
  let founded = 0;
  for (let r = 0; r < world.regionCount; r++) {
    while (best[r] >= 0 && entrepreneurOf(world, r) !== NOBODY) {
      const seed = best[r];
      const funded = share > 0 && regions.budgetJpyM[r] >= share * firstCost;
      const university = seeds.origin[seed];
      const venture: Venture = {
        region: r, university, seedField: seeds.field[seed], seedQuality: seeds.quality[seed], fusion: false,
        stage: Stage.JointResearch, firmsReach: Reach.Local, ownShare: funded ? 1 - share : 1,
      };
      const lead = entrepreneurOf(world, r);
      const startup = foundStartup(world, venture);
      if (startup < 0) break;
      seeds.taken[seed] = 1;
      const project = world.projects.add(venture.seedField, venture.seedQuality, university, startup, r, share);
      world.projects.crossRegion[project] = agents.region[university] !== r ? 1 : 0;
      world.projects.businessLead[project] = lead;
      world.projects.startupLed[project] = 1;
      agents.projectsLed[startup]++;
      founded++;
      bestSeeds(world, best, r);
    }
  }
  // Taken seeds leave the table, as after formation (nothing has aged since).
  if (founded > 0) seeds.compact(world.params.research.seedLifetimeQuarters);
}

/** Best untaken seed of academics in each region (or only in region `only` when ≥ 0); -1 where none. */
function bestSeeds(world: World, best: Int32Array, only: number): void {
  const { seeds, agents } = world;
  if (only < 0) best.fill(-1, 0, world.regionCount);
  else best[only] = -1;
  for (let s = 0; s < seeds.count; s++) {
    if (seeds.taken[s]) continue;
    const r = agents.region[seeds.origin[s]];
    if (only >= 0 && r !== only) continue;
    if (best[r] < 0 || seeds.quality[s] > seeds.quality[best[r]]) best[r] = s;
  }
}

/**
 * `count` local entrepreneurs arrive in `region` (the policy phase draws how many): each has
 * new-business experience with probability equal to the region's talent supply — where talent is
 * scarce, few founders have run a business or sold nationally (drawn from the venture stream).
 */
export function localEntrepreneurArrivals(world: World, region: number, count: number): void {
  const talent = world.scenario.regions[region].talentSupply;
  for (let i = 0; i < count; i++) {
    if (world.streams.venture.bernoulli(talent)) world.regions.experiencedEntrepreneurs[region]++;
    else world.regions.entrepreneurs[region]++;
  }
}

/**
 * The founder the region would send, as the business lead it gives the start-up: external talent
 * first (the programme brought them in to found), then an experienced local, then a novice (no
 * experienced business lead); -1 when nobody is available.
 */
export function entrepreneurOf(world: World, region: number): number {
  const { regions } = world;
  if (regions.externalEntrepreneurs[region] >= 1) return BusinessLead.External;
  if (regions.experiencedEntrepreneurs[region] >= 1) return BusinessLead.Local;
  return regions.entrepreneurs[region] >= 1 ? BusinessLead.None : NOBODY;
}

/** No entrepreneur available. */
export const NOBODY = -1;

/**
 * The region's entrepreneur founds a start-up on `venture` if it is worth it and financed: its net
 * value to the founders (the one valuation at the start-up's judged chance, the reach its firms and
 * its business lead give it, and its cost share), counting a programme grant against the cost, is
 * positive, and the money raised covers its expected own cost to market (a start-up has no other
 * business to pay from): founder money, then the grant, then venture money if the fund invests.
 * Returns the new SME, or -1 (the entrepreneur waits).
 */
export function foundStartup(world: World, v: Venture): number {
  const { agents, regions, ledger, links } = world;
  const p = world.params;
  const lead = entrepreneurOf(world, v.region);
  if (lead === NOBODY) return -1;
  const reach = marketReach(world, reachWithBusinessLead(world, v.firmsReach, lead));
  const judged = judgedSuccessChance(p.progress.startupAbsorptiveFloor, v.seedQuality, p.projects.judgedChanceFloor, world.derived.judgedChanceSlope);
  const chance = remainingChance(world, judged, v.stage);
  const founderJpyM = p.finance.startupInitialCashJpyM;
  const needJpyM = v.ownShare * remainingCostJpyM(world, chance, v.stage);
  const budget = budgetOf(v.region);
  const offered = Math.min(world.policy.ventures.startupGrantJpyM, Math.max(0, needJpyM - founderJpyM));
  const grantJpyM = offered > 0 && canPay(world, budget, offered) ? offered : 0;
  const net = projectNetValueJpyM(world, chance, v.stage, v.ownShare, v.seedQuality, v.fusion, v.region, reach);
  if (net + grantJpyM <= 0) return -1;
  const lackingJpyM = needJpyM - founderJpyM - grantJpyM;
  const appraised: VentureCase = { region: v.region, stage: v.stage, chance, ownShare: v.ownShare, seedQuality: v.seedQuality, fusion: v.fusion, reach };
  const ventureJpyM = lackingJpyM > 0 ? lackingJpyM : 0;
  if (ventureJpyM > 0 && !fundWouldInvest(world, appraised, ventureJpyM)) return -1;

  if (lead === BusinessLead.External) regions.externalEntrepreneurs[v.region] -= 1;
  else if (lead === BusinessLead.Local) regions.experiencedEntrepreneurs[v.region] -= 1;
  else regions.entrepreneurs[v.region] -= 1;
  const startup = addSme(world, v.region, world.streams.venture, founderJpyM, v.seedField);
  agents.absorptive[startup] = Math.max(agents.absorptive[startup], p.progress.startupAbsorptiveFloor);
  ledger.founderCapitalJpyM += founderJpyM;
  ledger.births++;
  if (grantJpyM > 0) transfer(world, budget, cashOf(startup), grantJpyM, Account.StartupGrant);
  if (ventureJpyM > 0) invest(world, v.region, startup, ventureJpyM);
  links.connect(startup, v.university, LinkType.AcademiaIndustry, p.progress.startupUniversityLinkStrength);
  tally(world, v.region, I.startups);
  tally(world, v.region, I.commercializations);
  regions.commercializations[v.region]++;
  return startup;
}

// One economics for firms, banks and the market: what a product earns (the revenue a launch sets and
// the market pays), what a project is worth to its lead firm (that revenue's kept margin, discounted,
// times the judged chance of reaching the market) and what its remaining stages cost the firm.
import { Reach, Stage } from './vocabulary.js';
import type { World } from './world.js';

/**
 * Judged chance that a project reaches the market from the start, from the lead firm's absorptive
 * capacity and the seed's quality: `floor` is projects.judgedChanceFloor, `slope` derived.judgedChanceSlope (1 − floor).
 */
export function judgedSuccessChance(absorptive: number, seedQuality: number, floor: number, slope: number): number {
  return (floor + slope * absorptive) * (floor + slope * seedQuality);
}

/**
 * The judged chance of reaching the market from `stage` on: the chance from the start, p, spread
 * over the stages in proportion to the base hazards' risk (derived.remainingRiskShareByStage), so it
 * rises as the project passes its risky stages (p at joint research, 1 at the market).
 */
export function remainingChance(world: World, judgedFromStart: number, stage: number): number {
  return judgedFromStart ** world.derived.remainingRiskShareByStage[stage];
}

/** A product's base revenue per quarter at local reach, million yen: what a launch sets (market.productRevenueJpyMPerQuarter × quality × fusion bonus × market access). */
export function productBaseRevenueJpyM(world: World, seedQuality: number, fusion: boolean, region: number): number {
  const quality = seedQuality * (fusion ? 1 + world.params.progress.fusionValueBonus : 1);
  return world.params.market.productRevenueJpyMPerQuarter * quality * world.scenario.regions[region].marketAccess;
}

/** Revenue multiplier of a market reach: 1 local, market.nationalReachMultiplier, market.globalReachMultiplier. */
export function reachRevenueMultiplier(world: World, reach: number): number {
  const m = world.params.market;
  return reach === Reach.Local ? 1 : reach === Reach.National ? m.nationalReachMultiplier : m.globalReachMultiplier;
}

/** Share of revenue the owner keeps: market.profitMargin, less a core institution's revenue share (never below 0). */
export function keptRevenueShare(world: World): number {
  const margin = world.params.market.profitMargin;
  const institution = world.policy.coreInstitution;
  return institution.enabled ? Math.max(0, margin - institution.revenueShare) : margin;
}

/**
 * What a product launched now is worth to its owner, million yen: the margin it keeps each quarter
 * (base revenue × reach multiplier × kept share) over its expected discounted lifetime, counting
 * the launch quarter's sales undiscounted (a product sells in the quarter it launches).
 */
export function productValueJpyM(world: World, seedQuality: number, fusion: boolean, region: number, reach: number): number {
  return productBaseRevenueJpyM(world, seedQuality, fusion, region) * reachRevenueMultiplier(world, reach) * keptRevenueShare(world) * world.derived.productLifetimeAnnuity;
}

/**
 * Expected discounted cost of the project's stages from `stage` to the market, million yen, all of
 * it (multiply by the payer's share): each stage's expected discounted cost, weighted by the chance
 * of reaching it (the chance `chance` of reaching the market from `stage`, spread over the stages as
 * in remainingChance) and discounted to its expected start.
 */
export function remainingCostJpyM(world: World, chance: number, stage: number): number {
  const d = world.derived;
  const share = d.remainingRiskShareByStage;
  let cost = 0;
  let discount = 1;
  for (let s = stage; s < Stage.Market; s++) {
    // No risk left from `stage` on (zero fail hazards): every later stage is reached.
    const reached = s === stage || share[stage] === 0 ? 1 : chance ** ((share[stage] - share[s]) / share[stage]);
    cost += reached * discount * d.stageDiscountedCostByStage[s];
    discount *= d.stageEndDiscountByStage[s];
  }
  return cost;
}

/**
 * Expected value of the project's product from `stage`, million yen: the chance `chance` of reaching
 * the market from there × the product's value discounted to its expected launch (the last stage's
 * final quarter).
 */
export function expectedProductValueJpyM(world: World, chance: number, stage: number, seedQuality: number, fusion: boolean, region: number, reach: number): number {
  const d = world.derived;
  let discount = 1;
  for (let s = stage; s < Stage.Market; s++) discount *= d.stageEndDiscountByStage[s];
  if (stage < Stage.Market) discount /= d.discountFactor;
  return chance * discount * productValueJpyM(world, seedQuality, fusion, region, reach);
}

/**
 * The net expected value of going on with a project from `stage` for a firm paying `ownShare` of
 * its cost, million yen: the product's expected value less that share of the remaining expected
 * cost, at `chance` of reaching the market from `stage` (firms: remainingChance of their judged
 * chance; banks: their noisy estimate of it). Sunk cost does not enter. Firms decide with it at
 * formation and every quarter after; banks appraise with it.
 */
export function projectNetValueJpyM(world: World, chance: number, stage: number, ownShare: number, seedQuality: number, fusion: boolean, region: number, reach: number): number {
  return expectedProductValueJpyM(world, chance, stage, seedQuality, fusion, region, reach) - ownShare * remainingCostJpyM(world, chance, stage);
}

/**
 * Seed money 呼び水 is earmarked for its project: the lead firm counts the part it has not yet spent
 * on the project (the grant less the cash the firm has paid into it) against its remaining own cost —
 * at formation all of it, which is how seed money lowers the first-stage risk the firm bears. A firm
 * that abandons the project returns that part (project-progress.ts), so counting it is honest.
 */
export function unspentSeedGrantJpyM(world: World, project: number): number {
  const { projects } = world;
  return Math.max(0, projects.seedGrantJpyM[project] - projects.privateJpyM[project]);
}

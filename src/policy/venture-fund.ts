// Regional venture funds 認定VC (scarce in regions): each region's fund holds money raised before the
// run and invests in a start-up what its founders and any programme grant cannot cover, when its
// appraisal — the one valuation (project-economics.ts) at its noisy estimate of the chance — clears
// its return requirement. Invested money moves from the fund to the start-up's cash.
import { Account, cashOf, ventureFundOf } from '../model/accounts.js';
import { canPay, transfer } from '../model/money.js';
import { projectNetValueJpyM } from '../model/project-economics.js';
import type { World } from '../model/world.js';
import { clamp01 } from '../model/math.js';

/** Quarter 0: every region's venture fund receives its money (from outside the model, booked in the ledger). */
export function openVentureFunds(world: World): void {
  const money = world.policy.ventures.fundPerRegionJpyM;
  for (let r = 0; r < world.regionCount; r++) {
    world.regions.ventureFundJpyM[r] += money;
    world.ledger.ventureCapitalJpyM += money;
  }
}

/** A venture as a fund appraises it: the project it would run, valued from `stage` at the founders' cost share. */
export interface VentureCase {
  region: number;
  stage: number;
  /** The founders' judged chance of reaching the market from `stage`. */
  chance: number;
  ownShare: number;
  seedQuality: number;
  fusion: boolean;
  reach: number;
}

/**
 * Whether the region's fund would put `amountJpyM` into the venture: the venture's net value at the
 * fund's estimate of its chance (the founders' chance plus appraisal noise) must be at least
 * policy.ventures.returnRequirement × the amount, and the fund must hold the amount.
 */
export function fundWouldInvest(world: World, venture: VentureCase, amountJpyM: number): boolean {
  const v = world.policy.ventures;
  if (!(amountJpyM > 0) || !canPay(world, ventureFundOf(venture.region), amountJpyM)) return false;
  const estimate = clamp01(venture.chance + world.streams.venture.normal(0, v.appraisalNoiseSd));
  const appraised = projectNetValueJpyM(world, estimate, venture.stage, venture.ownShare, venture.seedQuality, venture.fusion, venture.region, venture.reach);
  return appraised >= v.returnRequirement * amountJpyM;
}

/** Pays the investment from the region's fund into the start-up's cash. */
export function invest(world: World, region: number, startup: number, amountJpyM: number): void {
  transfer(world, ventureFundOf(region), cashOf(startup), amountJpyM, Account.VentureInvestment);
}

// A regional core institution 中核機関 (like Kitakyushu's FAIS): its fund takes in the region's unspent
// programme budget and a share of product revenue, tops up projects' public share when the budget
// falls short, and keeps programme coordinators employed when the budget cannot pay them. Every flow
// moves through the money primitive, so money stays conserved.
import { Account, budgetOf, cashOf, fundOf, OUTSIDE } from '../model/accounts.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';

function enabled(world: World): boolean {
  return world.policy.coreInstitution.enabled;
}

/** Start of a quarter: what the region left unspent last quarter goes into the fund instead of lapsing. */
export function poolUnspentBudget(world: World, region: number): void {
  const left = world.regions.budgetJpyM[region];
  if (!enabled(world) || !(left > 0)) return;
  transfer(world, budgetOf(region), fundOf(region), left, Account.Pool);
}

/** Money the fund could put into projects now, million yen (0 without an institution). */
export function fundAvailableJpyM(world: World, region: number): number {
  return enabled(world) ? world.regions.fundJpyM[region] : 0;
}

/** Pays a programme coordinator's quarter from the fund when the budget cannot; false if it cannot either. */
export function fundKeepsCoordinator(world: World, region: number): boolean {
  const cost = world.policy.coreInstitution.coordinatorCostJpyMPerQuarter;
  if (!enabled(world) || !canPay(world, fundOf(region), cost)) return false;
  transfer(world, fundOf(region), OUTSIDE, cost, Account.Coordinators);
  return true;
}

/**
 * The selling firm pays a share of its revenue into its region's fund, never more than the margin it
 * kept (so paying cannot make it insolvent). Returns the fee, million yen.
 */
export function payRevenueShare(world: World, owner: number, revenueJpyM: number, keptJpyM: number): number {
  if (!enabled(world)) return 0;
  const fee = Math.min(revenueJpyM * world.policy.coreInstitution.revenueShare, keptJpyM);
  transfer(world, cashOf(owner), fundOf(world.agents.region[owner]), fee, Account.RevenueShare);
  return fee;
}

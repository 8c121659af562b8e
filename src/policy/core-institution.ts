// A regional core institution 中核機関 (like Kitakyushu's FAIS): its fund takes in the region's unspent
// programme budget and a share of product revenue, tops up projects' public share when the budget
// falls short, and keeps programme coordinators employed once programme money stops. Every flow is
// booked in the ledger, so money stays conserved.
import type { World } from '../model/world.js';

function enabled(world: World): boolean {
  return world.policy.coreInstitution.enabled;
}

/** Start of a quarter: what the region left unspent last quarter goes into the fund instead of lapsing. */
export function poolUnspentBudget(world: World, region: number): void {
  const left = world.regions.budgetJpyM[region];
  if (!enabled(world) || !(left > 0)) return;
  world.regions.fundJpyM[region] += left;
  world.ledger.fundPooledJpyM += left;
}

/** Money the fund could put into projects now, million yen (0 without an institution). */
export function fundAvailableJpyM(world: World, region: number): number {
  return enabled(world) ? world.regions.fundJpyM[region] : 0;
}

/** Pays `amountJpyM` of a project's public share from the fund, if it holds that much. */
export function fundProjectShare(world: World, region: number, amountJpyM: number): boolean {
  if (!enabled(world) || world.regions.fundJpyM[region] < amountJpyM) return false;
  world.regions.fundJpyM[region] -= amountJpyM;
  world.regions.fundToProjectsJpyM[region] += amountJpyM;
  world.ledger.fundToProjectsJpyM += amountJpyM;
  return true;
}

/** Pays a programme coordinator's quarter from the fund once programme money has stopped; false if it cannot. */
export function fundKeepsCoordinator(world: World, region: number): boolean {
  const cost = world.policy.coreInstitution.coordinatorCostJpyMPerQuarter;
  if (!enabled(world) || world.regions.fundJpyM[region] < cost) return false;
  world.regions.fundJpyM[region] -= cost;
  world.ledger.fundToCoordinatorsJpyM += cost;
  return true;
}

/**
 * The selling firm pays a share of its revenue into its region's fund, never more than the margin it
 * kept (so paying cannot make it insolvent). Returns the fee, million yen.
 */
export function payRevenueShare(world: World, owner: number, revenueJpyM: number, keptJpyM: number): number {
  if (!enabled(world)) return 0;
  const fee = Math.min(revenueJpyM * world.policy.coreInstitution.revenueShare, keptJpyM);
  world.agents.cashJpyM[owner] -= fee;
  world.regions.fundJpyM[world.agents.region[owner]] += fee;
  world.ledger.fundRevenueJpyM += fee;
  return fee;
}

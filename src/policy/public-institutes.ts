// Strengthening public research institutes 公設試 (lever): support capacity per institute per quarter
// beyond the institutes' own, each extra support paid by the programme from the budget of the
// institute's region (no budget, no extra support). The institutes' own capacity is their prefecture's
// running cost, outside the programme.
import { Account, budgetOf, OUTSIDE } from '../model/accounts.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';

/** Supports one institute can give this quarter: its own plus what the lever adds. */
export function supportCapacity(world: World): number {
  return world.params.institutes.supportsPerInstituteQuarter + world.policy.publicInstitutes.extraSupportsPerInstituteQuarter;
}

/** Pays one extra support from the region's budget; false (nothing paid) when the budget cannot. */
export function payForExtraSupport(world: World, region: number): boolean {
  const cost = world.policy.publicInstitutes.costJpyMPerSupport;
  if (!canPay(world, budgetOf(region), cost)) return false;
  transfer(world, budgetOf(region), OUTSIDE, cost, Account.Institutes);
  return true;
}

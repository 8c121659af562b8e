// The national sales and use-development platform 販路・用途開拓 (wide-area lever), a sales channel of
// limited capacity: each quarter it lists the quarter's new local products worth most to list — the
// margin national reach adds over the product's expected lifetime, valued with the one economics
// (project-economics.ts), less the listing cost — up to its capacity, each listing paid once from the
// budget of the owner's region; a listed product sells nationally. A product the listing would not
// pay for, or one that already sells nationally or globally, is not listed; at capacity, the rest wait
// in vain (a product is a candidate in its launch quarter only).
import { Account, budgetOf, OUTSIDE } from '../model/accounts.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';
import { Reach } from '../model/vocabulary.js';
import { I } from '../model/indicators.js';
import { keptRevenueShare, reachRevenueMultiplier } from '../model/project-economics.js';
import { tally } from '../model/tally.js';

/** End of project progress: lists this quarter's launches (products aged 0) that the platform selects. */
export function listOnSalesPlatform(world: World): void {
  const w = world.policy.wideArea;
  if (!w.salesPlatform || w.listingsPerQuarter === 0) return;
  const { products, agents } = world;
  const candidates: number[] = [];
  for (let id = 0; id < products.count; id++) {
    if (products.ageQuarters[id] === 0 && products.reach[id] < Reach.National && listingGainJpyM(world, id) > 0) candidates.push(id);
  }
  // Best first by what listing is worth (every product's lifetime is the same in expectation: the one
  // it will draw is not known at launch); ties in product order.
  const gain = candidates.map((id) => listingGainJpyM(world, id));
  const order = candidates.map((_, i) => i).sort((a, b) => gain[b] - gain[a] || candidates[a] - candidates[b]);
  let listed = 0;
  for (const i of order) {
    const id = candidates[i];
    if (listed === w.listingsPerQuarter) break;
    const region = agents.region[products.owner[id]];
    const budget = budgetOf(region);
    if (!canPay(world, budget, w.listingCostJpyM)) continue;
    transfer(world, budget, OUTSIDE, w.listingCostJpyM, Account.Platform);
    products.reach[id] = Reach.National;
    tally(world, region, I.platformListings);
    listed++;
  }
}

/**
 * What listing product `id` is worth, million yen: the margin national reach adds over its local
 * reach for the expected lifetime of a product (the one economics' annuity), less the listing cost.
 */
export function listingGainJpyM(world: World, id: number): number {
  const { products } = world;
  const added = reachRevenueMultiplier(world, Reach.National) - reachRevenueMultiplier(world, products.reach[id]);
  return products.baseRevenueJpyM[id] * added * keptRevenueShare(world) * world.derived.productLifetimeAnnuity - world.policy.wideArea.listingCostJpyM;
}

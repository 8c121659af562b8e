// The national sales and use-development platform 販路・用途開拓 (wide-area lever): each quarter it
// lists the best of the quarter's new local products by expected revenue, up to its capacity, each
// listing paid once from the budget of the owner's region; a listed product sells nationally.
// Products that already sell nationally or globally gain nothing from it and are not listed.
import { Account, budgetOf, OUTSIDE } from '../model/accounts.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';
import { Reach } from '../model/vocabulary.js';

/** End of project progress: lists this quarter's launches (products aged 0) that the platform selects. */
export function listOnSalesPlatform(world: World): void {
  const w = world.policy.wideArea;
  if (!w.salesPlatform || w.listingsPerQuarter === 0) return;
  const { products, agents } = world;
  const candidates: number[] = [];
  for (let id = 0; id < products.count; id++) {
    if (products.ageQuarters[id] === 0 && products.reach[id] < Reach.National) candidates.push(id);
  }
  // Best first by base revenue (every product's lifetime is the same in expectation: the one it will
  // draw is not known at launch); ties in product order.
  const base = products.baseRevenueJpyM;
  candidates.sort((a, b) => base[b] - base[a] || a - b);
  let listed = 0;
  for (const id of candidates) {
    if (listed === w.listingsPerQuarter) break;
    const budget = budgetOf(agents.region[products.owner[id]]);
    if (!canPay(world, budget, w.listingCostJpyM)) continue;
    transfer(world, budget, OUTSIDE, w.listingCostJpyM, Account.Platform);
    products.reach[id] = Reach.National;
    listed++;
  }
}

// Phase 7, market: products earn revenue by market reach (local < national < global) and age
// out; the margin feeds the owner's cash and its willingness to do R&D (好循環, the virtuous circle).
import { I } from '../model/indicators.js';
import type { World } from '../model/world.js';
import { tally } from '../model/tally.js';

export function marketPhase(world: World): void {
  const { agents, products, ledger } = world;
  const m = world.params.market;
  const reachMultiplier = [1, m.nationalReachMultiplier, m.globalReachMultiplier];
  for (let id = products.count - 1; id >= 0; id--) {
    const owner = products.owner[id];
    if (!agents.alive[owner]) {
      products.remove(id);
      continue;
    }
    const revenue = products.baseRevenueJpyM[id] * reachMultiplier[products.reach[id]];
    const kept = revenue * m.profitMargin;
    agents.cashJpyM[owner] += kept;
    ledger.revenueJpyM += revenue;
    ledger.revenueCashJpyM += kept;
    tally(world, agents.region[owner], I.revenueJpyM, revenue);
    // Selling raises the owner's appetite for the next project.
    agents.riskTolerance[owner] += 0.02 * (1 - agents.riskTolerance[owner]);
    if (++products.ageQuarters[id] >= products.lifetimeQuarters[id]) products.remove(id);
  }
}

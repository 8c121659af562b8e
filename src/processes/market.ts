// Phase 7, market: products earn revenue by market reach (local < national < global; reach came
// through the product's sales channel at launch, sales-channels.ts) and age out, freeing their channel's place (the revenue firms value projects by, project-economics.ts); the margin feeds the owner's cash and its willingness to do R&D (好循環, the virtuous circle),
// less any share paid into the region's core institution.
import { I } from '../model/indicators.js';
import { reachRevenueMultiplier } from '../model/project-economics.js';
import type { World } from '../model/world.js';
import { tally } from '../model/tally.js';
import { payRevenueShare } from '../policy/core-institution.js';
import { releaseChannel } from './sales-channels.js';

export function marketPhase(world: World): void {
  const { agents, products, ledger } = world;
  const m = world.params.market;
  for (let id = products.count - 1; id >= 0; id--) {
    const owner = products.owner[id];
    if (!agents.alive[owner]) {
      releaseChannel(world, id);
      products.remove(id);
      continue;
    }
    const revenue = products.baseRevenueJpyM[id] * reachRevenueMultiplier(world, products.reach[id]);
    const kept = revenue * m.profitMargin;
    agents.cashJpyM[owner] += kept;
    ledger.revenueJpyM += revenue;
    ledger.revenueCashJpyM += kept;
    const fee = payRevenueShare(world, owner, revenue, kept);
    // What the firm keeps of its margin can pay for its next R&D (the self-sustaining share).
    agents.marginPotJpyM[owner] += kept - fee;
    tally(world, agents.region[owner], I.revenueJpyM, revenue);
    // Selling raises the owner's appetite for the next project.
    agents.riskTolerance[owner] += m.sellingRiskToleranceGain * (1 - agents.riskTolerance[owner]);
    if (++products.ageQuarters[id] >= products.lifetimeQuarters[id]) {
      releaseChannel(world, id);
      products.remove(id);
    }
  }
}

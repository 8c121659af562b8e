// Projects by origin — a seed pushed to a firm or a core firm's need pulling a seed — and by lead
// kind, counted when they form and when they launch, so outcomes can be compared per origin (the
// reviews: needs pull reaches the market more often and sells further) and SMEs' projects followed.
import { I } from '../model/indicators.js';
import { tally } from '../model/tally.js';
import { AgentKind, ProjectOrigin, Reach } from '../model/vocabulary.js';
import type { World } from '../model/world.js';

/** A project formed. */
export function tallyFormationByOrigin(world: World, id: number): void {
  const { projects, agents } = world;
  const region = projects.region[id];
  tally(world, region, projects.origin[id] === ProjectOrigin.NeedsPull ? I.projectsNeedsPull : I.projectsSeedsPush);
  if (agents.kind[projects.lead[id]] === AgentKind.Sme) tally(world, region, I.smeProjectsFormed);
}

/** A project launched a product selling at `reach`, through `channel` (-1: the owner's own reach). */
export function tallyLaunchByOrigin(world: World, id: number, reach: number, channel: number): void {
  const { projects, agents } = world;
  const region = projects.region[id];
  const pulled = projects.origin[id] === ProjectOrigin.NeedsPull;
  tally(world, region, pulled ? I.productsNeedsPull : I.productsSeedsPush);
  if (reach >= Reach.National) tally(world, region, pulled ? I.wideReachProductsNeedsPull : I.wideReachProductsSeedsPush);
  if (channel >= 0) tally(world, region, I.productsThroughChannels);
  if (agents.kind[projects.lead[id]] === AgentKind.Sme) tally(world, region, I.smeProducts);
}

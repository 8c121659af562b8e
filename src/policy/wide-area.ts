// Wide-area collaboration 広域連携: how far spontaneous meetings reach, the share of coordinator
// introductions made across regions (a coordinator network), and the reach firms expect from the
// national sales platform (which lists products: sales-platform.ts).
import type { World } from '../model/world.js';
import { Reach } from '../model/vocabulary.js';

/** Chance that a spontaneous meeting looks outside the home region. */
export function spontaneousCrossRegionShare(world: World): number {
  return Math.min(1, world.params.meeting.crossRegionShare * world.policy.wideArea.meetingReach);
}

/** Chance that a coordinator's introduction goes to a university of another region. */
export function coordinatorNetworkShare(world: World): number {
  return world.regionCount > 1 ? world.policy.wideArea.coordinatorNetwork : 0;
}

/**
 * The market reach a firm with `reach` expects for its product: with the platform, at least national.
 * Firms count on being listed although the platform lists only the best products up to its capacity.
 */
export function marketReach(world: World, reach: number): number {
  return world.policy.wideArea.salesPlatform && reach < Reach.National ? Reach.National : reach;
}

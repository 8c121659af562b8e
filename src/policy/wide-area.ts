// Wide-area collaboration 広域連携: how far spontaneous meetings reach, the share of coordinator
// introductions made across regions (a coordinator network), and the national sales platform that
// lets every product sell at least nationally.
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

/** The market reach a product of a firm (or project) with `reach` gets: the platform lifts local to national. */
export function marketReach(world: World, reach: number): number {
  return world.policy.wideArea.salesPlatform && reach < Reach.National ? Reach.National : reach;
}

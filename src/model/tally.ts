// Adds to this quarter's indicators: the region's row and the total row together.
import { INDICATOR_COUNT } from './indicators.js';
import type { World } from './world.js';

export function tally(world: World, region: number, column: number, amount = 1): void {
  const out = world.quarterIndicators;
  out[region * INDICATOR_COUNT + column] += amount;
  out[world.regionCount * INDICATOR_COUNT + column] += amount;
}

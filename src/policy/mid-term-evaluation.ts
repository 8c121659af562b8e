// Mid-term evaluation 中間評価 (continuity lever): when a renewal phase starts, each region's budget
// for that phase is scaled by its commercialisations in the previous phase relative to the mean of
// regions — competitive funding. Without an evaluation every scale stays 1.
import { clamp } from '../model/math.js';
import type { World } from '../model/world.js';
import { scheduledBudgetJpyM } from './funding-schedule.js';

/** At the first quarter of a phase, sets each region's budget scale for that phase. */
export function evaluateAtPhaseStart(world: World): void {
  const { funding, regions, quarter } = world;
  const k = funding.phaseStarts.indexOf(quarter);
  if (k < 0) return;
  const evaluation = world.policy.continuity.midTermEvaluation;
  if (k > 0 && evaluation.enabled) {
    const R = world.regionCount;
    let mean = 0;
    for (let r = 0; r < R; r++) mean += (regions.commercializations[r] - regions.commercializationsAtPhaseStart[r]) / R;
    for (let r = 0; r < R; r++) {
      const relative = mean > 0 ? (regions.commercializations[r] - regions.commercializationsAtPhaseStart[r]) / mean : 1;
      regions.budgetScale[r] = clamp(1 + evaluation.weight * (relative - 1), evaluation.minScale, evaluation.maxScale);
    }
  }
  regions.commercializationsAtPhaseStart.set(regions.commercializations);
}

/** The region's programme budget this quarter, million yen: the schedule's, scaled by the evaluation. */
export function regionBudgetJpyM(world: World, region: number): number {
  return scheduledBudgetJpyM(world.funding, world.quarter, region) * world.regions.budgetScale[region];
}

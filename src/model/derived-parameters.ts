// Parameters in the shape the hot loops want (per-stage arrays), computed once per world.
import type { ModelParameters } from '../scenario/schema.js';

export interface DerivedParameters {
  /** Quarterly cost by stage index (jointResearch, prototype, commercialisation), million yen. */
  costByStage: Float64Array;
  advanceByStage: Float64Array;
  failByStage: Float64Array;
  /** Expected cost of a whole project at the base advance hazards, million yen: what a firm weighs. */
  expectedProjectCostJpyM: number;
}

export function deriveParameters(params: ModelParameters): DerivedParameters {
  const { costPerQuarterJpyM: cost } = params.projects;
  const { advanceHazard: advance, failHazard: fail } = params.progress;
  const costByStage = Float64Array.of(cost.jointResearch, cost.prototype, cost.commercialisation);
  const advanceByStage = Float64Array.of(advance.jointResearch, advance.prototype, advance.commercialisation);
  const failByStage = Float64Array.of(fail.jointResearch, fail.prototype, fail.commercialisation);
  let expected = 0;
  for (let s = 0; s < 3; s++) expected += costByStage[s] / Math.max(advanceByStage[s] + failByStage[s], 0.01);
  return { costByStage, advanceByStage, failByStage, expectedProjectCostJpyM: expected };
}

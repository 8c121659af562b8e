// Parameters in the shape the hot loops want (per-stage arrays), computed once per world.
import type { ModelParameters } from '../scenario/schema.js';

export interface DerivedParameters {
  /** Quarterly cost by stage index (jointResearch, prototype, commercialisation), million yen. */
  costByStage: Float64Array;
  advanceByStage: Float64Array;
  failByStage: Float64Array;
  /** Expected cost of a whole project at the base advance hazards, million yen: what a firm weighs. */
  expectedProjectCostJpyM: number;
  /** 1 − projects.judgedChanceFloor: the rise of each factor of the judged chance from capacity 0 to 1. */
  judgedChanceSlope: number;
  /** σ²/2 of the mean-one lognormal factors (exp(N(0, σ) − σ²/2)): researchers, SME absorptive capacity, core-firm cash. */
  researchersLogMeanCorrection: number;
  smeAbsorptiveLogMeanCorrection: number;
  coreFirmCashLogMeanCorrection: number;
}

export function deriveParameters(params: ModelParameters): DerivedParameters {
  const { costPerQuarterJpyM: cost } = params.projects;
  const { advanceHazard: advance, failHazard: fail } = params.progress;
  const costByStage = Float64Array.of(cost.jointResearch, cost.prototype, cost.commercialisation);
  const advanceByStage = Float64Array.of(advance.jointResearch, advance.prototype, advance.commercialisation);
  const failByStage = Float64Array.of(fail.jointResearch, fail.prototype, fail.commercialisation);
  let expected = 0;
  for (let s = 0; s < 3; s++) expected += costByStage[s] / Math.max(advanceByStage[s] + failByStage[s], 0.01);
  return {
    costByStage,
    advanceByStage,
    failByStage,
    expectedProjectCostJpyM: expected,
    judgedChanceSlope: 1 - params.projects.judgedChanceFloor,
    researchersLogMeanCorrection: halfVariance(params.research.researchersLogSd),
    smeAbsorptiveLogMeanCorrection: halfVariance(params.firms.smeAbsorptiveLogSd),
    coreFirmCashLogMeanCorrection: halfVariance(params.finance.coreFirmCashLogSd),
  };
}

/**
 * σ²/2, the shift that gives exp(N(0, σ) − σ²/2) a mean of 1. Rounded to 15 significant digits:
 * a decimal σ squares with a binary rounding error (0.4 × 0.4 / 2 = 0.08000000000000002), and the
 * decimal value (0.08) is what the model has always used; the difference is below 1e-15.
 */
function halfVariance(sigma: number): number {
  return Number(((sigma * sigma) / 2).toPrecision(15));
}

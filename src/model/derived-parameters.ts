// Parameters in the shape the hot loops want (per-stage arrays, the firms' discount factors),
// computed once per world.
import type { ModelParameters } from '../scenario/schema.js';
import { normalCdf } from '../math/normal-distribution.js';

/** Lowest per-quarter exit hazard (advance + fail) used for expected durations: a stage with no hazard would never end. */
const MIN_EXIT_HAZARD = 0.01;
/** Lowest chance of passing a stage used to split the judged chance over stages (log of 0 is −∞). */
const MIN_PASS_CHANCE = 1e-3;
/** Product lifetimes beyond this many standard deviations above the mean are ignored in the expected annuity (probability below 1e-15). */
const LIFETIME_TAIL_SDS = 8;

export interface DerivedParameters {
  /** Quarterly cost by stage index (jointResearch, prototype, commercialisation), million yen. */
  costByStage: Float64Array;
  advanceByStage: Float64Array;
  failByStage: Float64Array;
  /** 1 − projects.judgedChanceFloor: the rise of each factor of the judged chance from capacity 0 to 1. */
  judgedChanceSlope: number;
  /** The firms' discount factor per quarter, 1 / (1 + projects.firmDiscountRatePerQuarter). */
  discountFactor: number;
  /**
   * Per stage: E[δ^N] for the stage's duration N in quarters (geometric, with the base hazards'
   * exit chance advance + fail per quarter): the discount from the stage's first quarter to the
   * quarter after it ends.
   */
  stageEndDiscountByStage: Float64Array;
  /** Per stage: expected discounted cost of the whole stage from its first quarter, E[Σ_{k<N} δ^k] × cost, million yen. */
  stageDiscountedCostByStage: Float64Array;
  /**
   * Per stage s (0…3): the share of the path's risk that lies in stages s and later, from the base
   * hazards' pass chances advance / (advance + fail): a judged chance p of reaching the market from
   * the start is p^share from stage s (1 at the market).
   */
  remainingRiskShareByStage: Float64Array;
  /** Expected discounted quarters of sales of a product, E[Σ_{k<L} δ^k] over the lifetime distribution of market.ts. */
  productLifetimeAnnuity: number;
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
  const delta = 1 / (1 + params.projects.firmDiscountRatePerQuarter);
  const stageEndDiscountByStage = new Float64Array(3);
  const stageDiscountedCostByStage = new Float64Array(3);
  const risk = new Float64Array(3);
  for (let s = 0; s < 3; s++) {
    const exit = Math.max(advanceByStage[s] + failByStage[s], MIN_EXIT_HAZARD);
    // N ~ geometric(exit) on 1, 2, …: E[δ^N] = exit δ / (1 − (1 − exit) δ); E[Σ_{k<N} δ^k] = (1 − E[δ^N]) / (1 − δ), or E[N] at δ = 1.
    const endDiscount = (exit * delta) / (1 - (1 - exit) * delta);
    stageEndDiscountByStage[s] = endDiscount;
    stageDiscountedCostByStage[s] = costByStage[s] * (delta < 1 ? (1 - endDiscount) / (1 - delta) : 1 / exit);
    risk[s] = -Math.log(Math.min(1, Math.max(advanceByStage[s] / exit, MIN_PASS_CHANCE)));
  }
  const totalRisk = risk[0] + risk[1] + risk[2];
  const remainingRiskShareByStage = new Float64Array(4);
  for (let s = 2; s >= 0; s--) remainingRiskShareByStage[s] = remainingRiskShareByStage[s + 1] + (totalRisk > 0 ? risk[s] / totalRisk : 1 / 3);
  return {
    costByStage,
    advanceByStage,
    failByStage,
    judgedChanceSlope: 1 - params.projects.judgedChanceFloor,
    discountFactor: delta,
    stageEndDiscountByStage,
    stageDiscountedCostByStage,
    remainingRiskShareByStage,
    productLifetimeAnnuity: expectedLifetimeAnnuity(params.market, delta),
    researchersLogMeanCorrection: halfVariance(params.research.researchersLogSd),
    smeAbsorptiveLogMeanCorrection: halfVariance(params.firms.smeAbsorptiveLogSd),
    coreFirmCashLogMeanCorrection: halfVariance(params.finance.coreFirmCashLogSd),
  };
}

/**
 * E[Σ_{k<L} δ^k] for the lifetime L that a launch draws: max(min, round(N(mean, sd × mean))).
 * Exact over the distribution (a sum over whole quarters), so a firm's valuation is what the market
 * pays in expectation.
 */
function expectedLifetimeAnnuity(market: ModelParameters['market'], delta: number): number {
  const { productLifetimeQuarters: mean, productLifetimeMinQuarters: min } = market;
  const sd = mean * market.productLifetimeSdShare;
  const annuity = (quarters: number) => (delta < 1 ? (1 - delta ** quarters) / (1 - delta) : quarters);
  if (!(sd > 0)) return annuity(Math.max(min, Math.round(mean)));
  // Math.round takes x to k for k − ½ ≤ x < k + ½; every draw below min + ½ becomes min.
  let expected = annuity(min) * normalCdf(min + 0.5, mean, sd);
  const top = Math.ceil(mean + LIFETIME_TAIL_SDS * sd);
  for (let k = min + 1; k <= top; k++) expected += annuity(k) * (normalCdf(k + 0.5, mean, sd) - normalCdf(k - 0.5, mean, sd));
  return expected;
}

/**
 * σ²/2, the shift that gives exp(N(0, σ) − σ²/2) a mean of 1. Rounded to 15 significant digits:
 * a decimal σ squares with a binary rounding error (0.4 × 0.4 / 2 = 0.08000000000000002), and the
 * decimal value (0.08) is what the model has always used; the difference is below 1e-15.
 */
function halfVariance(sigma: number): number {
  return Number(((sigma * sigma) / 2).toPrecision(15));
}

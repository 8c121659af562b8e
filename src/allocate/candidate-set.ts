// The candidate allocations a search starts from: the scenario as given (the reference every other is
// compared with), then Sobol' points over the levers' ranges; a candidate over the budget has its
// budget-type levers scaled down together until it fits (repair), or is infeasible when even their
// minimum does not fit.
import { getPath } from '../scenario/scenario-path.js';
import type { Scenario } from '../scenario/schema.js';
import { SobolSequence } from '../stats/index.js';
import { leverValues, type Lever } from './lever-spec.js';
import type { ProgrammeCost } from './programme-cost.js';

export type LeverValues = Record<string, number | boolean>;

export interface Candidate {
  index: number;
  origin: 'scenario' | 'sobol';
  values: LeverValues;
  cost: ProgrammeCost;
  feasible: boolean;
  /** Its budget levers were scaled down to fit the budget (values are the scaled ones). */
  repaired: boolean;
}

/** Levers that grant money (the programme's per-region budget, a region's funding periods, venture funds): what repair scales. */
const BUDGET_FIELDS = ['budgetPerRegionQuarterJpyM', 'budgetPerQuarterJpyM', 'fundPerRegionJpyM'];
/** Bisection steps of repair: the scale is found to 2^-40 of the lever values. */
const REPAIR_STEPS = 40;

export function isBudgetLever(lever: Lever): boolean {
  return lever.kind === 'amount' && BUDGET_FIELDS.some((field) => lever.path.endsWith(`.${field}`));
}

/** The values of the scenario as given at the levers' paths. */
export function scenarioLeverValues(levers: readonly Lever[], scenario: Scenario): LeverValues {
  return Object.fromEntries(levers.map((lever) => [lever.path, getPath(scenario, lever.path) as number | boolean]));
}

/**
 * `count` candidates: the scenario's own lever values first, then the first count − 1 Sobol' points
 * (from the origin: every lever at its minimum). `costOf` prices a set of lever values.
 */
export function buildCandidates(levers: readonly Lever[], scenario: Scenario, count: number, budgetJpyM: number, costOf: (values: LeverValues) => ProgrammeCost): Candidate[] {
  const sobol = new SobolSequence(levers.length);
  const raw: { origin: Candidate['origin']; values: LeverValues }[] = [{ origin: 'scenario', values: scenarioLeverValues(levers, scenario) }];
  for (let i = 1; i < count; i++) raw.push({ origin: 'sobol', values: leverValues(levers, sobol.next()) });
  return raw.map(({ origin, values }, index) => ({ index, origin, ...fitBudget(levers, values, budgetJpyM, costOf) }));
}

/** The values as they are when they fit; otherwise the budget levers scaled by the largest factor that fits. */
export function fitBudget(levers: readonly Lever[], values: LeverValues, budgetJpyM: number, costOf: (values: LeverValues) => ProgrammeCost): Omit<Candidate, 'index' | 'origin'> {
  const cost = costOf(values);
  if (cost.totalJpyM <= budgetJpyM) return { values, cost, feasible: true, repaired: false };
  const budgetLevers = levers.filter(isBudgetLever);
  const scaled = (factor: number): LeverValues => {
    const out = { ...values };
    for (const lever of budgetLevers) out[lever.path] = Math.max(lever.lo, factor * (values[lever.path] as number));
    return out;
  };
  const floor = scaled(0);
  const floorCost = costOf(floor);
  if (budgetLevers.length === 0 || floorCost.totalJpyM > budgetJpyM) return { values, cost, feasible: false, repaired: false };
  let lo = 0;
  let hi = 1;
  for (let step = 0; step < REPAIR_STEPS; step++) {
    const mid = (lo + hi) / 2;
    if (costOf(scaled(mid)).totalJpyM <= budgetJpyM) lo = mid;
    else hi = mid;
  }
  const repaired = scaled(lo);
  return { values: repaired, cost: costOf(repaired), feasible: true, repaired: true };
}

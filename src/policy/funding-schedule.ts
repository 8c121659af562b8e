// Continuity of support 継続性: which public money a region has in a given quarter.

import type { Policy } from '../scenario/schema.js';

/** True while the programme is paying (start <= quarter < start + length). */
export function programmeActive(policy: Policy, quarter: number): boolean {
  const { startQuarter, lengthQuarters } = policy.programme;
  return quarter >= startQuarter && quarter < startQuarter + lengthQuarters;
}

/** Public budget of one region this quarter, million yen. */
export function regionBudgetJpyM(policy: Policy, quarter: number): number {
  return programmeActive(policy, quarter) ? policy.programme.budgetPerRegionQuarterJpyM : 0;
}

/** 1 for each quarter of the horizon in which the programme pays anything, else 0. */
export function fundedQuarters(policy: Policy, horizonQuarters: number): Uint8Array {
  const funded = new Uint8Array(horizonQuarters);
  for (let q = 0; q < horizonQuarters; q++) funded[q] = regionBudgetJpyM(policy, q) > 0 ? 1 : 0;
  return funded;
}

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

/** The last quarter (exclusive) in which any public money flows; undefined when it never ends inside the horizon. */
export function fundingEndQuarter(policy: Policy, horizonQuarters: number): number | undefined {
  const end = policy.programme.startQuarter + policy.programme.lengthQuarters;
  return policy.programme.lengthQuarters > 0 && end < horizonQuarters ? end : undefined;
}

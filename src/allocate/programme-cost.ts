// What an allocation costs, ex ante, from the resolved scenario alone with the model's own funding
// schedule: the programme's budget over all regions and quarters of the horizon (phases, renewals,
// bridging, taper, each region's own funding periods; a mid-term evaluation at its highest scale) and
// the venture funds' endowments. Every instrument is paid from these, so a run can never spend more;
// ledgerProblems checks that on each run's summary row.
import { compileFundingSchedule, scheduledBudgetJpyM } from '../policy/funding-schedule.js';
import type { Scenario } from '../scenario/schema.js';

export interface ProgrammeCost {
  /** The programme budget granted over the horizon (an upper bound with a mid-term evaluation), million yen. */
  budgetJpyM: number;
  /** Venture funds' money at the start, over all regions, million yen. */
  ventureJpyM: number;
  totalJpyM: number;
}

/** Relative slack for summing the same money in another order (the ledger adds quarter by quarter). */
const ROUNDING = 1e-9;

export function programmeCost(scenario: Scenario): ProgrammeCost {
  const horizon = scenario.horizonQuarters;
  const schedule = compileFundingSchedule(scenario, horizon);
  const evaluation = scenario.policy.continuity.midTermEvaluation;
  // A mid-term evaluation scales each region's budget from the second phase on, at most by maxScale.
  const scaledFrom = evaluation.enabled && schedule.phaseStarts.length > 1 ? schedule.phaseStarts[1] : Infinity;
  let budgetJpyM = 0;
  for (let r = 0; r < scenario.regions.length; r++) {
    for (let q = 0; q < horizon; q++) budgetJpyM += scheduledBudgetJpyM(schedule, q, r) * (q >= scaledFrom ? evaluation.maxScale : 1);
  }
  const ventureJpyM = scenario.policy.ventures.fundPerRegionJpyM * scenario.regions.length;
  return { budgetJpyM, ventureJpyM, totalJpyM: budgetJpyM + ventureJpyM };
}

/** The columns of a summary row the ledger check reads. */
export interface LedgerRow {
  budgetAvailableJpyM: number;
  budgetSpentJpyM: number;
  publicSpendJpyM: number;
  ventureInvestmentJpyM: number;
}

/**
 * What breaks the budget in one run, or nothing: the budget the run received, what it spent from it,
 * the venture money invested, and all public spend plus venture money, each against its ex-ante cost.
 * A core institution's fund also spends the revenue shares firms pay into it (firms' money, not the
 * programme's), so with `revenueShareFunded` public spend is bounded by the budget spent plus that.
 */
export function ledgerProblems(row: LedgerRow, cost: ProgrammeCost, revenueShareFunded: boolean): string[] {
  const over = (value: number, limit: number) => value > limit + ROUNDING * Math.max(1, Math.abs(limit));
  const problems: string[] = [];
  const money = (x: number) => x.toFixed(3);
  if (over(row.budgetAvailableJpyM, cost.budgetJpyM)) problems.push(`budget received ${money(row.budgetAvailableJpyM)} > programme budget ${money(cost.budgetJpyM)} million yen`);
  if (over(row.budgetSpentJpyM, row.budgetAvailableJpyM)) problems.push(`budget spent ${money(row.budgetSpentJpyM)} > budget received ${money(row.budgetAvailableJpyM)} million yen`);
  if (over(row.ventureInvestmentJpyM, cost.ventureJpyM)) problems.push(`venture money invested ${money(row.ventureInvestmentJpyM)} > venture funds' money ${money(cost.ventureJpyM)} million yen`);
  const publicMoney = row.publicSpendJpyM + row.ventureInvestmentJpyM;
  if (!revenueShareFunded && over(publicMoney, cost.totalJpyM)) problems.push(`public spend and venture money ${money(publicMoney)} > the allocation's cost ${money(cost.totalJpyM)} million yen`);
  return problems;
}

// The per-replication summary row: flows summed over the horizon, stocks at their final value, and
// the policy ratios a committee asks for first (MODEL.md §7): sustainability (of activity and of
// commercialisations), leverage, revenue per public yen. Ratios with no meaning (no public money, funding that never ends) are NaN, which
// the CSV writes as an empty field.
import { I, INDICATOR_COUNT, INDICATOR_NAMES, IS_FLOW } from '../model/indicators.js';
import { fundedQuarters, type FundingPlan } from '../policy/funding-schedule.js';

/** Summary-only columns, after the indicators. */
export const SUMMARY_RATIOS = ['sustainability', 'leverage', 'revenuePerPublicJpy', 'commercializationSustainability'] as const;
export const SUMMARY_COLUMNS: readonly string[] = [...INDICATOR_NAMES, ...SUMMARY_RATIOS];

/** Activity whose persistence after the money stops measures sustainability. */
const ACTIVITY = [I.activeProjects, I.linksAcademiaIndustry];

/**
 * Summary of one replication from its total rows (`totals[q * INDICATOR_COUNT + i]`, one row per
 * quarter). Sustainability: for each activity indicator, its mean over the quarters after the last
 * funded quarter divided by its mean over the later half of the funded quarters, averaged over the
 * indicators. Commercialisation sustainability: commercialisations per quarter after the last funded
 * quarter divided by commercialisations per funded quarter (every funded quarter: the count is what
 * the programme bought, build-up included).
 */
export function summarizeReplication(totals: Float64Array, quarters: number, plan: FundingPlan): Float64Array {
  const out = new Float64Array(SUMMARY_COLUMNS.length);
  for (let q = 0; q < quarters; q++) {
    for (let i = 0; i < INDICATOR_COUNT; i++) {
      const value = totals[q * INDICATOR_COUNT + i];
      out[i] = IS_FLOW[i] ? out[i] + value : value;
    }
  }
  const funded = fundedQuarters(plan, quarters);
  const fundedList: number[] = [];
  for (let q = 0; q < quarters; q++) if (funded[q]) fundedList.push(q);
  const lastFunded = fundedList.length > 0 ? fundedList[fundedList.length - 1] : -1;
  let sustainability = NaN;
  let commercializationSustainability = NaN;
  if (lastFunded >= 0 && lastFunded < quarters - 1) {
    const quartersAfter = quarters - 1 - lastFunded;
    // "While funded" is the later half of the funded quarters: the network starts empty, so the
    // build-up of the first years would otherwise make any post-funding level look sustained.
    const mature = fundedList.slice(Math.floor(fundedList.length / 2));
    let sum = 0;
    for (const i of ACTIVITY) {
      let during = 0;
      for (const q of mature) during += totals[q * INDICATOR_COUNT + i];
      let after = 0;
      for (let q = lastFunded + 1; q < quarters; q++) after += totals[q * INDICATOR_COUNT + i];
      sum += during > 0 ? after / quartersAfter / (during / mature.length) : NaN;
    }
    sustainability = sum / ACTIVITY.length;
    let during = 0;
    for (const q of fundedList) during += totals[q * INDICATOR_COUNT + I.commercializations];
    let after = 0;
    for (let q = lastFunded + 1; q < quarters; q++) after += totals[q * INDICATOR_COUNT + I.commercializations];
    if (during > 0) commercializationSustainability = after / quartersAfter / (during / fundedList.length);
  }
  const publicSpend = out[I.publicSpendJpyM];
  out[INDICATOR_COUNT] = sustainability;
  out[INDICATOR_COUNT + 1] = publicSpend > 0 ? out[I.privateSpendJpyM] / publicSpend : NaN;
  out[INDICATOR_COUNT + 2] = publicSpend > 0 ? out[I.revenueJpyM] / publicSpend : NaN;
  out[INDICATOR_COUNT + 3] = commercializationSustainability;
  return out;
}

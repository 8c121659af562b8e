// Continuity of support 継続性: the programme's phases (the programme, then renewals after gaps),
// bridging money in the gaps and the taper of the last phase, compiled once per scenario into
// per-quarter arrays; a region with its own funding periods (the programme as it actually ran) gets
// its own array instead. The mid-term evaluation scales these per region (mid-term-evaluation.ts).
import type { Scenario } from '../scenario/schema.js';

/** What a schedule is compiled from: the programme's rules and any region's own funding periods. */
export type FundingPlan = Pick<Scenario, 'policy' | 'regions'>;

/** A region's own schedule, from its funding periods. */
export interface RegionFunding {
  /** Public budget of the region in each quarter, million yen. */
  readonly budgetJpyM: Float64Array;
  /** 1 in every quarter a period covers: programme staff are paid. */
  readonly running: Uint8Array;
}

export interface FundingSchedule {
  /** Public budget per region in each quarter before any evaluation scale, million yen. */
  readonly budgetJpyM: Float64Array;
  /** 1 while the programme runs (a phase, or a gap it bridges): programme staff are paid. */
  readonly running: Uint8Array;
  /** First quarter of each phase: 0 is the programme, 1… the renewals. */
  readonly phaseStarts: readonly number[];
  /** Per region: its own schedule from its funding periods, or null where it follows the programme. */
  readonly regions: readonly (RegionFunding | null)[];
}

/**
 * Compiles the schedule of `policy` over the horizon, or up to the end of its last phase if that is
 * later (worlds stepped by hand may run past the horizon; after the last phase nothing is paid).
 */
export function compileFundingSchedule(plan: FundingPlan, horizonQuarters: number): FundingSchedule {
  const policy = plan.policy;
  const { startQuarter, lengthQuarters, budgetPerRegionQuarterJpyM: budget } = policy.programme;
  const c = policy.continuity;
  const lengths = lengthQuarters === 0 ? [] : [lengthQuarters, ...Array.from({ length: c.renewals }, () => c.renewalLengthQuarters)];
  const end = startQuarter + lengths.reduce((sum, length) => sum + length, 0) + Math.max(0, lengths.length - 1) * c.gapQuarters;
  const quarters = Math.max(horizonQuarters, end);
  const budgetJpyM = new Float64Array(quarters);
  const running = new Uint8Array(quarters);
  const phaseStarts: number[] = [];

  let start = startQuarter;
  lengths.forEach((length, k) => {
    if (k > 0) {
      // The gap before this renewal: nothing, or the bridging share of the budget.
      for (let q = start - c.gapQuarters; q < start; q++) {
        budgetJpyM[q] = c.bridgingShare * budget;
        running[q] = c.bridgingShare > 0 ? 1 : 0;
      }
    }
    phaseStarts.push(start);
    const last = k === lengths.length - 1;
    const taper = last ? Math.min(c.taperQuarters, length) : 0;
    for (let i = 0; i < length; i++) {
      const q = start + i;
      // Phase-out: over the final `taper` quarters the budget falls linearly towards zero.
      const left = length - i;
      budgetJpyM[q] = left <= taper ? (budget * left) / (taper + 1) : budget;
      running[q] = 1;
    }
    start += length + c.gapQuarters;
  });
  const regions = plan.regions.map((region) => (region.fundingPeriods ? compileRegionFunding(region.fundingPeriods, horizonQuarters) : null));
  return { budgetJpyM, running, phaseStarts, regions };
}

/** A region's periods as run, added up where they overlap (Phase II beside Phase I). */
function compileRegionFunding(periods: NonNullable<Scenario['regions'][number]['fundingPeriods']>, horizonQuarters: number): RegionFunding {
  const end = periods.reduce((last, p) => Math.max(last, p.startQuarter + p.lengthQuarters), horizonQuarters);
  const budgetJpyM = new Float64Array(end);
  const running = new Uint8Array(end);
  for (const period of periods) {
    for (let q = period.startQuarter; q < period.startQuarter + period.lengthQuarters; q++) {
      budgetJpyM[q] += period.budgetPerQuarterJpyM;
      running[q] = 1;
    }
  }
  return { budgetJpyM, running };
}

/** The region's budget in quarter q before any evaluation scale (0 after its last period), million yen. */
export function scheduledBudgetJpyM(schedule: FundingSchedule, quarter: number, region: number): number {
  const budgetJpyM = schedule.regions[region]?.budgetJpyM ?? schedule.budgetJpyM;
  return quarter < budgetJpyM.length ? budgetJpyM[quarter] : 0;
}

/** True while the programme runs for the region in quarter q: a phase or period, or a gap that it bridges. */
export function programmeRunning(schedule: FundingSchedule, quarter: number, region: number): boolean {
  const running = schedule.regions[region]?.running ?? schedule.running;
  return quarter < running.length && running[quarter] === 1;
}

/** 1 for each quarter of the horizon in which the programme pays any region anything, else 0 (sustainability). */
export function fundedQuarters(plan: FundingPlan, horizonQuarters: number): Uint8Array {
  const schedule = compileFundingSchedule(plan, horizonQuarters);
  const funded = new Uint8Array(horizonQuarters);
  // At least one region is looked at: a plan without regions still has the programme's schedule.
  const regionCount = Math.max(1, plan.regions.length);
  for (let q = 0; q < horizonQuarters; q++) {
    for (let r = 0; r < regionCount && funded[q] === 0; r++) if (scheduledBudgetJpyM(schedule, q, r) > 0) funded[q] = 1;
  }
  return funded;
}

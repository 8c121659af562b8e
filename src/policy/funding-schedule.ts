// Continuity of support 継続性: the programme's phases (the programme, then renewals after gaps),
// bridging money in the gaps and the taper of the last phase, compiled once per scenario into
// per-quarter arrays. The mid-term evaluation scales these per region (mid-term-evaluation.ts).
import type { Policy } from '../scenario/schema.js';

export interface FundingSchedule {
  /** Public budget per region in each quarter before any evaluation scale, million yen. */
  readonly budgetJpyM: Float64Array;
  /** 1 while the programme runs (a phase, or a gap it bridges): programme staff are paid. */
  readonly running: Uint8Array;
  /** First quarter of each phase: 0 is the programme, 1… the renewals. */
  readonly phaseStarts: readonly number[];
}

/**
 * Compiles the schedule of `policy` over the horizon, or up to the end of its last phase if that is
 * later (worlds stepped by hand may run past the horizon; after the last phase nothing is paid).
 */
export function compileFundingSchedule(policy: Policy, horizonQuarters: number): FundingSchedule {
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
  return { budgetJpyM, running, phaseStarts };
}

/** Budget per region in quarter q before any evaluation scale (0 after the last phase), million yen. */
export function scheduledBudgetJpyM(schedule: FundingSchedule, quarter: number): number {
  return quarter < schedule.budgetJpyM.length ? schedule.budgetJpyM[quarter] : 0;
}

/** True while the programme runs in quarter q: a phase, or a gap that it bridges. */
export function programmeRunning(schedule: FundingSchedule, quarter: number): boolean {
  return quarter < schedule.running.length && schedule.running[quarter] === 1;
}

/** 1 for each quarter of the horizon in which the programme pays anything, else 0 (sustainability). */
export function fundedQuarters(policy: Policy, horizonQuarters: number): Uint8Array {
  const { budgetJpyM } = compileFundingSchedule(policy, horizonQuarters);
  return Uint8Array.from(budgetJpyM.subarray(0, horizonQuarters), (b) => (b > 0 ? 1 : 0));
}

// The ex-ante cost of an allocation from its funding schedule, and the ledger check that a run
// never spends more than that cost.
import { describe, expect, it } from 'vitest';
import { ledgerProblems, programmeCost } from '../../src/allocate/programme-cost.js';
import { tinyScenario } from '../helpers/tiny-world.js';

describe('programmeCost', () => {
  it('adds the schedule over regions and the horizon: phases, bridging, taper, venture funds', () => {
    // Two regions; 4 quarters at 10, a 2-quarter gap bridged at half, a 4-quarter renewal tapered over 2 (10, 10, 6.67, 3.33).
    const scenario = tinyScenario({
      horizonQuarters: 12,
      policy: {
        programme: { lengthQuarters: 4, budgetPerRegionQuarterJpyM: 10 },
        continuity: { renewals: 1, renewalLengthQuarters: 4, gapQuarters: 2, bridgingShare: 0.5, taperQuarters: 2 },
        ventures: { fundPerRegionJpyM: 7 },
      },
    }, 2);
    const cost = programmeCost(scenario);
    expect(cost.budgetJpyM).toBeCloseTo(2 * (40 + 10 + 10 + 10 + 20 / 3 + 10 / 3), 10);
    expect(cost.ventureJpyM).toBe(14);
    expect(cost.totalJpyM).toBeCloseTo(cost.budgetJpyM + 14, 10);
  });

  it('counts only the horizon, a region\'s own funding periods, and a mid-term evaluation at its highest scale', () => {
    const scenario = tinyScenario({
      horizonQuarters: 6,
      policy: {
        programme: { lengthQuarters: 4, budgetPerRegionQuarterJpyM: 10 },
        continuity: { renewals: 1, renewalLengthQuarters: 4, midTermEvaluation: { enabled: true, maxScale: 1.5 } },
      },
      regions: [
        { id: 'r0', block: 'b0', fields: { food: 1 }, agents: {}, fundingPeriods: [{ startQuarter: 2, lengthQuarters: 10, budgetPerQuarterJpyM: 5 }] },
        { id: 'r1', block: 'b1', fields: { food: 1 } , agents: {} },
      ],
    });
    // r0: quarters 2..5 at 5, the last two (from the renewal's start, quarter 4) at up to 1.5x; r1: 4 x 10 + 2 x 15.
    expect(programmeCost(scenario).budgetJpyM).toBeCloseTo(2 * 5 + 2 * 7.5 + 40 + 30, 10);
  });
});

describe('ledgerProblems', () => {
  const cost = { budgetJpyM: 100, ventureJpyM: 20, totalJpyM: 120 };
  it('accepts a run within its cost and names each way a run can break it', () => {
    expect(ledgerProblems({ budgetAvailableJpyM: 100, budgetSpentJpyM: 90, publicSpendJpyM: 95, ventureInvestmentJpyM: 20 }, cost, false)).toEqual([]);
    expect(ledgerProblems({ budgetAvailableJpyM: 101, budgetSpentJpyM: 90, publicSpendJpyM: 90, ventureInvestmentJpyM: 0 }, cost, false)).toEqual([expect.stringMatching(/budget received 101.000 > programme budget 100.000/)]);
    expect(ledgerProblems({ budgetAvailableJpyM: 80, budgetSpentJpyM: 81, publicSpendJpyM: 81, ventureInvestmentJpyM: 0 }, cost, false)).toEqual([expect.stringMatching(/budget spent 81.000 > budget received 80.000/)]);
    expect(ledgerProblems({ budgetAvailableJpyM: 100, budgetSpentJpyM: 90, publicSpendJpyM: 90, ventureInvestmentJpyM: 25 }, cost, false)).toHaveLength(1);
    expect(ledgerProblems({ budgetAvailableJpyM: 100, budgetSpentJpyM: 100, publicSpendJpyM: 110, ventureInvestmentJpyM: 20 }, cost, false)).toEqual([expect.stringMatching(/public spend and venture money 130.000 > the allocation's cost 120.000/)]);
    // A core institution spending firms' revenue shares may spend beyond the programme's money.
    expect(ledgerProblems({ budgetAvailableJpyM: 100, budgetSpentJpyM: 100, publicSpendJpyM: 110, ventureInvestmentJpyM: 20 }, cost, true)).toEqual([]);
  });
});

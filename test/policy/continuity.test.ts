// Continuity of support on tiny worlds: the compiled schedule (phases, gaps, bridging, taper), a
// project in a bridged gap keeps its public share, and a mid-term evaluation scales each region's
// next-phase budget by its commercialisations in the phase before.
import { describe, expect, it } from 'vitest';
import { Payer, ProjectStatus, Stage } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { compileFundingSchedule, fundedQuarters, programmeRunning, scheduledBudgetJpyM } from '../../src/policy/funding-schedule.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { link, place, project, ready, tinyScenario, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

/** Hazards off: a funded project neither advances nor fails, so only funding is seen. */
const still = { model: { progress: { advanceHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };

function policy(continuity: TinyInput, programme: TinyInput = {}): TinyInput {
  return { policy: { programme: { startQuarter: 1, lengthQuarters: 4, budgetPerRegionQuarterJpyM: 100, publicCostShare: 0.7, ...programme }, continuity } };
}

/** Runs the policy phase quarter by quarter (index rebuilt after, as the engine does). */
function quarter(world: World): void {
  policyPhase(world);
  world.index.rebuild(world.agents);
  world.quarter++;
}

describe('continuity: the compiled schedule', () => {
  it('without continuity it is the programme alone, as before', () => {
    const s = tinyScenario({ ...policy({}), horizonQuarters: 8 });
    const { budgetJpyM, running, phaseStarts } = compileFundingSchedule(s, 8);
    expect([...budgetJpyM]).toEqual([0, 100, 100, 100, 100, 0, 0, 0]);
    expect([...running]).toEqual([0, 1, 1, 1, 1, 0, 0, 0]);
    expect(phaseStarts).toEqual([1]);
    expect([...fundedQuarters(s, 8)]).toEqual([0, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('renewals follow after gaps; a gap pays nothing unless bridged, and bridging keeps the programme running', () => {
    const gap = tinyScenario(policy({ renewals: 2, renewalLengthQuarters: 2, gapQuarters: 1 }));
    const g = compileFundingSchedule(gap, 12);
    expect([...g.budgetJpyM]).toEqual([0, 100, 100, 100, 100, 0, 100, 100, 0, 100, 100, 0]);
    expect([...g.running]).toEqual([0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0]);
    expect(g.phaseStarts).toEqual([1, 6, 9]);
    const bridged = tinyScenario(policy({ renewals: 2, renewalLengthQuarters: 2, gapQuarters: 1, bridgingShare: 0.25 }));
    const b = compileFundingSchedule(bridged, 12);
    expect([...b.budgetJpyM]).toEqual([0, 100, 100, 100, 100, 25, 100, 100, 25, 100, 100, 0]);
    expect([...b.running]).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
  });

  it('a taper lowers the last phase\'s budget linearly over its final quarters', () => {
    const s = tinyScenario(policy({ renewals: 1, renewalLengthQuarters: 5, taperQuarters: 4 }));
    const { budgetJpyM } = compileFundingSchedule(s, 11);
    // Phase 1 (quarters 1–4) is untouched; the renewal (5–9) tapers over its last four quarters.
    expect([...budgetJpyM]).toEqual([0, 100, 100, 100, 100, 100, 80, 60, 40, 20, 0]);
  });

  it('funding beyond the horizon is compiled too (a world stepped past its horizon keeps paying)', () => {
    const s = tinyScenario({ ...policy({}, { lengthQuarters: 10 }), horizonQuarters: 4 });
    expect(compileFundingSchedule(s, 4).budgetJpyM.length).toBe(11);
    expect(fundedQuarters(s, 4).length).toBe(4);
  });
});

describe('funding as run: a region\'s own funding periods', () => {
  const asRun = (periods: TinyInput[]) =>
    tinyScenario({
      ...policy({ renewals: 1, gapQuarters: 1 }),
      horizonQuarters: 10,
      regions: [
        { id: 'r0', fields: { food: 1 }, fundingPeriods: periods },
        { id: 'r1', fields: { food: 1 } },
      ],
    });

  it('replace the programme\'s schedule for that region only; overlapping periods add up (Phase II beside Phase I)', () => {
    const s = asRun([
      { startQuarter: 2, lengthQuarters: 4, budgetPerQuarterJpyM: 30 },
      { startQuarter: 4, lengthQuarters: 3, budgetPerQuarterJpyM: 50 },
    ]);
    const schedule = compileFundingSchedule(s, 10);
    const budgets = (r: number) => Array.from({ length: 10 }, (_, q) => scheduledBudgetJpyM(schedule, q, r));
    expect(budgets(0)).toEqual([0, 0, 30, 30, 80, 80, 50, 0, 0, 0]);
    // The other region keeps the programme and its renewal after a one-quarter gap.
    expect(budgets(1)).toEqual([0, 100, 100, 100, 100, 0, 100, 100, 100, 100]);
    expect(Array.from({ length: 10 }, (_, q) => programmeRunning(schedule, q, 0))).toEqual([false, false, true, true, true, true, true, false, false, false]);
    // Funded in some region: quarters 1–9 except none (region 1's gap at 5 is covered by region 0).
    expect([...fundedQuarters(s, 10)]).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('open the region\'s budget in the policy phase, and programme staff are paid only in its periods', () => {
    const input = {
      ...policy({}),
      horizonQuarters: 6,
      regions: [{ id: 'r0', fields: { food: 1 }, agents: { programmeCoordinators: 1 }, fundingPeriods: [{ startQuarter: 3, lengthQuarters: 2, budgetPerQuarterJpyM: 40 }] }],
    } as TinyInput;
    const world = ready(tinyWorld(input));
    const budgets: number[] = [];
    const staff: number[] = [];
    for (let q = 0; q < 6; q++) {
      quarter(world);
      budgets.push(world.regions.budgetAtStartJpyM[0]);
      let n = 0;
      for (let id = 0; id < world.agents.count; id++) n += world.agents.alive[id] && world.agents.payer[id] === Payer.Programme ? 1 : 0;
      staff.push(n);
    }
    expect(budgets).toEqual([0, 0, 0, 40, 40, 0]);
    expect(staff).toEqual([0, 0, 0, 1, 1, 0]);
  });

  it('are validated: a period needs a start, a length of at least one quarter and a budget', () => {
    expect(() => asRun([{ startQuarter: 0, lengthQuarters: 0, budgetPerQuarterJpyM: 1 }])).toThrow(/lengthQuarters/);
    expect(() => asRun([{ startQuarter: 0, lengthQuarters: 2 }])).toThrow(/budgetPerQuarterJpyM/);
  });
});

describe('continuity: the policy phase', () => {
  it('the region\'s budget follows the taper quarter by quarter', () => {
    const world = ready(tinyWorld(policy({ taperQuarters: 3 })));
    const budgets: number[] = [];
    for (let q = 0; q < 6; q++) {
      quarter(world);
      budgets.push(world.regions.budgetJpyM[0]);
    }
    expect(budgets).toEqual([0, 100, 75, 50, 25, 0]);
  });

  it('programme coordinators stay through a bridged gap and leave in an unbridged one', () => {
    const staff = (bridgingShare: number) => {
      const input = deepMerge(policy({ renewals: 1, renewalLengthQuarters: 2, gapQuarters: 2, bridgingShare }), {
        regions: [{ id: 'r0', fields: { food: 1 }, agents: { programmeCoordinators: 2 } }],
      }) as TinyInput;
      const world = ready(tinyWorld(input));
      const seen: number[] = [];
      for (let q = 0; q < 9; q++) {
        quarter(world);
        let n = 0;
        for (let id = 0; id < world.agents.count; id++) n += world.agents.alive[id] && world.agents.payer[id] === Payer.Programme ? 1 : 0;
        seen.push(n);
      }
      return { seen, hired: world.ledger.births };
    };
    expect(staff(0.5)).toEqual({ seen: [0, 2, 2, 2, 2, 2, 2, 2, 2], hired: 2 });
    // Without bridging they leave in the gap, and the renewal hires new ones (experience lost).
    expect(staff(0)).toEqual({ seen: [0, 2, 2, 2, 2, 0, 0, 2, 2], hired: 4 });
  });

  it('bridging: a project in the gap keeps its public share and stays active; without it, it stalls', () => {
    const inGap = (bridgingShare: number) => {
      const input = deepMerge(still, policy({ renewals: 1, gapQuarters: 2, bridgingShare }, { startQuarter: 0, lengthQuarters: 1 })) as TinyInput;
      const world = tinyWorld(input);
      const university = place.university(world);
      // Cash for the firm's 30% (1.2 a quarter) but not for the whole cost (4).
      const firm = place.sme(world, { cashJpyM: 3 });
      link(world, university, firm, 0.8);
      const id = project(world, university, firm);
      ready(world);
      quarter(world); // quarter 0: the programme pays
      world.quarter = 1; // the gap
      policyPhase(world);
      projectProgressPhase(world);
      return { status: world.projects.status[id], publicJpyM: world.projects.publicJpyM[id], stalled: world.projects.stalledQuarters[id] };
    };
    expect(inGap(0.5)).toEqual({ status: ProjectStatus.Active, publicJpyM: expect.closeTo(2.8, 12), stalled: 0 });
    expect(inGap(0)).toEqual({ status: ProjectStatus.Stalled, publicJpyM: 0, stalled: 1 });
  });
});

describe('continuity: mid-term evaluation', () => {
  /** Two regions; region 0 commercialises `first` projects in phase 1, region 1 `second`. */
  function evaluated(first: number, second: number, evaluation: TinyInput) {
    const sure = { model: { progress: { advanceHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };
    const input = deepMerge(sure, policy({ renewals: 1, renewalLengthQuarters: 2, midTermEvaluation: { enabled: true, ...evaluation } }, { startQuarter: 0, lengthQuarters: 2 })) as TinyInput;
    const world = tinyWorld(input, { regions: 2 });
    for (const [region, count] of [[0, first], [1, second]]) {
      const university = place.university(world, { region });
      for (let i = 0; i < count; i++) {
        const firm = place.sme(world, { region, cashJpyM: 1000 });
        link(world, university, firm, 0.8);
        project(world, university, firm, { stage: Stage.Commercialization });
      }
    }
    ready(world);
    const budgets: number[][] = [];
    for (let q = 0; q < 4; q++) {
      policyPhase(world);
      world.index.rebuild(world.agents);
      projectProgressPhase(world);
      budgets.push([...world.regions.budgetAtStartJpyM]);
      world.quarter++;
    }
    return { budgets, commercialised: [...world.regions.commercializations] };
  }

  it('scales each region\'s next-phase budget by its results relative to the mean', () => {
    // 3 and 1 commercialisations: mean 2, relative 1.5 and 0.5; weight 1.
    const { budgets, commercialised } = evaluated(3, 1, { weight: 1, minScale: 0, maxScale: 2 });
    expect(commercialised).toEqual([3, 1]);
    expect(budgets).toEqual([[100, 100], [100, 100], [150, 50], [150, 50]]);
  });

  it('the weight softens the scale and the bounds clip it', () => {
    expect(evaluated(3, 1, { weight: 0.5, minScale: 0, maxScale: 2 }).budgets[2]).toEqual([125, 75]);
    expect(evaluated(3, 1, { weight: 1, minScale: 0.8, maxScale: 1.2 }).budgets[2]).toEqual([120, 80]);
  });

  it('equal results, or no evaluation, leave budgets unscaled', () => {
    expect(evaluated(2, 2, { weight: 1, minScale: 0, maxScale: 2 }).budgets[2]).toEqual([100, 100]);
    expect(evaluated(3, 1, { enabled: false }).budgets[2]).toEqual([100, 100]);
  });
});

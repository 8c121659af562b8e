// Every instrument costs money from a named payer (issue 16, item 4), on tiny worlds: programme
// coordinators, external talent, project managers, training and bank-hub introductions debit the
// region's budget (and are not kept or made when it cannot pay), local coordinators are paid by local
// government, and the sales platform lists the best new local products up to its capacity, each
// listing paid from the owner's region's budget.
import { describe, expect, it } from 'vitest';
import { Account, HolderKind } from '../../src/model/accounts.js';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { AgentKind, Payer, Reach } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { listOnSalesPlatform } from '../../src/policy/sales-platform.js';
import { policyPhase } from '../../src/processes/policy.js';
import { place, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

/** A programme of `budget` per quarter, no researchers employed, with `policy` on top. */
function programme(budget: number, policy: TinyInput = {}, agents: TinyInput = {}): TinyInput {
  return {
    policy: { programme: { startQuarter: 0, lengthQuarters: 8, budgetPerRegionQuarterJpyM: budget, researcherShare: 0, coordinatorCostJpyMPerQuarter: 3 }, ...policy },
    regions: [{ id: 'r0', fields: { food: 1 }, agents: { universities: 0, publicInstitutes: 0, smes: 0, coreFirms: 0, banks: 0, programmeCoordinators: 0, localCoordinators: 0, ...agents } }],
  };
}

function total(world: World, column: number): number {
  return world.quarterIndicators[world.regionCount * INDICATOR_COUNT + column];
}

function alive(world: World, payer: number): number {
  let n = 0;
  for (let id = 0; id < world.agents.count; id++) n += world.agents.alive[id] && world.agents.kind[id] === AgentKind.Coordinator && world.agents.payer[id] === payer ? 1 : 0;
  return n;
}

describe('instrument costs: coordinators', () => {
  it('programme coordinators are paid from the budget before projects; those it cannot pay are not hired', () => {
    // Budget 10 pays three coordinators at 3 (9), not a fourth.
    const world = ready(tinyWorld(programme(10, {}, { programmeCoordinators: 5 })));
    policyPhase(world);
    expect(alive(world, Payer.Programme)).toBe(3);
    expect(world.regions.budgetJpyM[0]).toBeCloseTo(1, 12);
    expect(total(world, I.publicSpendCoordinatorsJpyM)).toBe(9);
    expect(total(world, I.budgetSpentJpyM)).toBe(9);
  });

  it('coordinators in post the budget cannot pay leave (the mid-term evaluation may cut the budget)', () => {
    const world = ready(tinyWorld(programme(10, {}, { programmeCoordinators: 3 })));
    policyPhase(world);
    world.index.rebuild(world.agents);
    world.quarter++;
    world.regions.budgetScale[0] = 0.5; // the next quarter's budget is 5: one coordinator
    policyPhase(world);
    expect(alive(world, Payer.Programme)).toBe(1);
  });

  it('local coordinators are paid by local government, not from the budget', () => {
    const world = tinyWorld(programme(10, { localGovernment: { coordinatorCostJpyMPerQuarter: 2 } }));
    place.coordinator(world, { payer: Payer.LocalGovernment });
    place.coordinator(world, { payer: Payer.LocalGovernment });
    ready(world);
    policyPhase(world);
    expect(world.regions.budgetJpyM[0]).toBe(10);
    expect(total(world, I.localGovernmentSpendJpyM)).toBe(4);
    expect(total(world, I.publicSpendJpyM)).toBe(0);
    expect(world.ledger.paid(HolderKind.LocalGovernment, Account.LocalCoordinators)).toBe(4);
  });
});

describe('instrument costs: external talent', () => {
  const talent = (budget: number) => programme(budget, {
    externalTalent: { coordinatorsPerRegionYear: 40, coordinatorArrivalCostJpyM: 2, coordinatorCostJpyMPerQuarter: 4, entrepreneursPerRegionYear: 0 },
  });

  it('a coordinator\'s arrival debits the budget: arrival and first quarter', () => {
    const world = ready(tinyWorld(talent(1000)));
    policyPhase(world);
    const arrived = alive(world, Payer.External);
    expect(arrived).toBeGreaterThan(0);
    expect(world.regions.budgetJpyM[0]).toBeCloseTo(1000 - 6 * arrived, 9);
    expect(total(world, I.publicSpendTalentJpyM)).toBeCloseTo(6 * arrived, 9);
  });

  it('no budget, no arrival; a stay the budget cannot pay ends', () => {
    const world = ready(tinyWorld(talent(5)));
    policyPhase(world);
    expect(alive(world, Payer.External)).toBe(0);
    const paid = ready(tinyWorld(talent(1000)));
    policyPhase(paid);
    paid.index.rebuild(paid.agents);
    paid.quarter++;
    paid.regions.budgetScale[0] = 0;
    policyPhase(paid);
    expect(alive(paid, Payer.External)).toBe(0);
  });

  it('an entrepreneur\'s arrival debits the budget', () => {
    const world = ready(tinyWorld(programme(1000, { externalTalent: { entrepreneursPerRegionYear: 40, entrepreneurArrivalCostJpyM: 5 } })));
    policyPhase(world);
    const arrived = world.regions.externalEntrepreneurs[0];
    expect(arrived).toBeGreaterThan(0);
    expect(world.regions.budgetJpyM[0]).toBeCloseTo(1000 - 5 * arrived, 9);
  });
});

describe('instrument costs: managers and training', () => {
  it('project managers are paid per manager-quarter, as many as the budget allows', () => {
    const world = ready(tinyWorld(programme(12, { projectManager: { perRegion: 3, costJpyMPerQuarter: 5 } })));
    policyPhase(world);
    expect(world.regions.managersEmployed[0]).toBe(2);
    expect(total(world, I.publicSpendManagersJpyM)).toBe(10);
  });

  it('training is paid per trained coordinator-quarter; coordinators it cannot pay for are not trained', () => {
    const world = tinyWorld(programme(1.5, { externalTalent: { trainingSkillGrowth: 2, trainingCostJpyMPerCoordinatorQuarter: 1 } }));
    const a = place.coordinator(world, { payer: Payer.LocalGovernment });
    const b = place.coordinator(world, { payer: Payer.LocalGovernment });
    ready(world);
    policyPhase(world);
    expect([world.agents.trained[a], world.agents.trained[b]]).toEqual([1, 0]);
    expect(total(world, I.publicSpendOtherJpyM)).toBe(1);
  });
});

describe('instrument costs: the sales platform', () => {
  /** Local products launched this quarter with base revenues `revenues`, each owned by a firm of region 0. */
  function launched(revenues: number[], budget: number, wideArea: TinyInput) {
    const world = tinyWorld({ policy: { wideArea: { salesPlatform: true, listingCostJpyM: 2, ...wideArea } } });
    const firm = place.sme(world, { reach: Reach.Local });
    ready(world);
    world.regions.budgetJpyM[0] = budget;
    for (const revenue of revenues) world.products.add(firm, revenue, Reach.Local, 20);
    world.products.add(firm, 100, Reach.Global, 20);
    listOnSalesPlatform(world);
    return { reach: Array.from(world.products.reach.subarray(0, world.products.count)), world };
  }

  it('lists the best new local products by expected revenue up to its capacity, and each listing debits the budget', () => {
    const { reach, world } = launched([3, 9, 1, 5], 100, { listingsPerQuarter: 2 });
    expect(reach).toEqual([Reach.Local, Reach.National, Reach.Local, Reach.National, Reach.Global]);
    expect(world.regions.budgetJpyM[0]).toBe(96);
    expect(total(world, I.publicSpendPlatformJpyM)).toBe(4);
  });

  it('lists only what the budget pays for', () => {
    const { reach, world } = launched([3, 9, 1, 5], 3, { listingsPerQuarter: 10 });
    expect(reach).toEqual([Reach.Local, Reach.National, Reach.Local, Reach.Local, Reach.Global]);
    expect(world.regions.budgetJpyM[0]).toBe(1);
  });
});

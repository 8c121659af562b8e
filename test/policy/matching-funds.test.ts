// Matching funds and core-firm support on tiny worlds: the public share of a funded project is
// 1/(1 + m) (or core-firm support's share), eligibility shuts others out, and seed money is paid
// once, from the region's budget, into the lead firm's cash.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import type { World } from '../../src/model/world.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectFormationPhase } from '../../src/processes/project-formation.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { field, link, place, project, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

const still = { model: { progress: { advanceHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };
// No researchers employed: the budget is all the projects' (and the seed money's).
const programme = { policy: { programme: { startQuarter: 0, lengthQuarters: 10, budgetPerRegionQuarterJpyM: 100, publicCostShare: 0.7, researcherShare: 0 } } };

/** The public part of one quarter of a joint-research project (cost 4) led by an SME or a core firm. */
function publicPartOfQuarter(policy: TinyInput, core = false): number {
  const world = tinyWorld(deepMerge(deepMerge(still, programme), { policy }) as TinyInput);
  const university = place.university(world);
  const lead = core ? place.coreFirm(world, { cashJpyM: 100_000 }) : place.sme(world, { cashJpyM: 100 });
  link(world, university, lead, 0.8);
  const id = project(world, university, lead);
  ready(world);
  policyPhase(world);
  projectProgressPhase(world);
  expect(world.projects.publicJpyM[id] + world.projects.privateJpyM[id]).toBeCloseTo(4, 12);
  return world.projects.publicJpyM[id];
}

describe('matching funds: the public share', () => {
  it('is 1/(1 + m) of the cost, replacing the programme\'s share', () => {
    expect(publicPartOfQuarter({})).toBeCloseTo(0.7 * 4, 12);
    for (const m of [0, 1, 3]) {
      expect(publicPartOfQuarter({ matchingFunds: { enabled: true, privateMatchPerPublicJpy: m } }), `m = ${m}`).toBeCloseTo(4 / (1 + m), 12);
    }
  });

  it('is 0 for lead firms outside the eligibility', () => {
    const smesOnly = { matchingFunds: { enabled: true, privateMatchPerPublicJpy: 1, eligibility: 'smes' } };
    expect(publicPartOfQuarter(smesOnly)).toBeCloseTo(2, 12);
    expect(publicPartOfQuarter(smesOnly, true)).toBe(0);
    const coreOnly = { matchingFunds: { enabled: true, privateMatchPerPublicJpy: 1, eligibility: 'coreFirms' } };
    expect(publicPartOfQuarter(coreOnly)).toBe(0);
    expect(publicPartOfQuarter(coreOnly, true)).toBeCloseTo(2, 12);
  });

  it('core-firm support sets its own share for core-firm-led projects, and only for them', () => {
    const support = { coreFirmSupport: { enabled: true, publicCostShare: 0.25 }, matchingFunds: { enabled: true, privateMatchPerPublicJpy: 1 } };
    expect(publicPartOfQuarter(support, true)).toBeCloseTo(1, 12);
    expect(publicPartOfQuarter(support)).toBeCloseTo(2, 12);
  });
});

describe('matching funds: seed money 呼び水', () => {
  /** A willing SME, a linked university with `seeds` fitting seeds, the programme's budget open. */
  function formationWorld(matchingFunds: TinyInput, cashJpyM = 100, seeds = 1): { world: World; firm: number } {
    const world = tinyWorld(deepMerge(programme, { policy: { matchingFunds }, model: { projects: { maxActiveProjectsSme: 5 } } }) as TinyInput);
    const university = place.university(world, { field: field('food') });
    const firm = place.sme(world, { field: field('food'), absorptive: 0.9, riskTolerance: 1, cashJpyM, reach: 0 });
    link(world, university, firm, 0.8);
    for (let s = 0; s < seeds; s++) world.seeds.add(university, field('food'), 0.9, false);
    ready(world);
    policyPhase(world);
    return { world, firm };
  }

  it('is paid once into the lead firm\'s cash when its project forms, from the region\'s budget, and booked', () => {
    const { world, firm } = formationWorld({ enabled: true, privateMatchPerPublicJpy: 1, seedMoneyJpyM: 7 });
    projectFormationPhase(world);
    expect(world.projects.count).toBe(1);
    expect(world.agents.cashJpyM[firm]).toBe(107);
    expect(world.regions.budgetJpyM[0]).toBe(93);
    expect(world.ledger.seedGrantsJpyM).toBe(7);
    expect(world.quarterIndicators[INDICATOR_COUNT + I.publicSpendJpyM]).toBe(7);
    // Later quarters of the same project pay no more seed money.
    for (let q = 0; q < 3; q++) {
      projectFormationPhase(world);
      projectProgressPhase(world);
    }
    expect(world.ledger.seedGrantsJpyM).toBe(7);
  });

  it('lowers the cost a firm weighs: a firm too poor to join without it joins with it', () => {
    // Cash 2 covers less than 4 quarters of its half of the first-stage cost (8); 2 + 7 does.
    const formed = (matchingFunds: TinyInput) => {
      const { world } = formationWorld(matchingFunds, 2);
      projectFormationPhase(world);
      return world.projects.count;
    };
    expect(formed({ enabled: true, privateMatchPerPublicJpy: 1 })).toBe(0);
    expect(formed({ enabled: true, privateMatchPerPublicJpy: 1, seedMoneyJpyM: 7 })).toBe(1);
  });

  it('is not paid when the lever is off, or beyond the region\'s budget', () => {
    for (const matchingFunds of [{ enabled: false, seedMoneyJpyM: 7 }, { enabled: true, seedMoneyJpyM: 99 }]) {
      const { world } = formationWorld(matchingFunds);
      projectFormationPhase(world);
      expect(world.projects.count).toBe(1);
      expect(world.ledger.seedGrantsJpyM).toBe(0);
      expect(world.regions.budgetJpyM[0]).toBe(100);
    }
  });
});

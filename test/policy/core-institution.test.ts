// The regional core institution on tiny worlds: its fund takes in the unspent budget and a share of
// product revenue, keeps programme coordinators employed after the programme while it can pay them,
// and tops up a project's public share when the budget cannot.
import { describe, expect, it } from 'vitest';
import { Payer, ProjectStatus, Reach } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { marketPhase } from '../../src/processes/market.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { link, place, project, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

const still = { model: { progress: { advanceHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };

function institution(coreInstitution: TinyInput, programme: TinyInput = {}): TinyInput {
  return {
    // Programme coordinators cost the budget nothing here and no researchers are employed, so the
    // whole budget is left unspent for the fund to pool.
    policy: { programme: { startQuarter: 0, lengthQuarters: 2, budgetPerRegionQuarterJpyM: 10, publicCostShare: 0.7, coordinatorCostJpyMPerQuarter: 0, researcherShare: 0, ...programme }, coreInstitution },
    regions: [{ id: 'r0', fields: { food: 1 }, agents: { programmeCoordinators: 2 } }],
  };
}

function programmeCoordinators(world: World): number {
  let n = 0;
  for (let id = 0; id < world.agents.count; id++) n += world.agents.alive[id] && world.agents.payer[id] === Payer.Programme ? 1 : 0;
  return n;
}

function quarter(world: World): void {
  policyPhase(world);
  world.index.rebuild(world.agents);
  world.quarter++;
}

describe('core institution: coordinators after the programme', () => {
  it('pools the unspent budget and keeps coordinators employed from it until it runs out', () => {
    // Two quarters of 10 unspent: 20 pooled (the second quarter's at the start of the third).
    // At 4 per coordinator-quarter it pays two coordinators for the third and fourth quarters
    // (8 each) and has 4 left: one coordinator in the fifth, none after.
    const world = ready(tinyWorld(institution({ enabled: true, revenueShare: 0, coordinatorCostJpyMPerQuarter: 4 })));
    const seen: number[] = [];
    const funds: number[] = [];
    for (let q = 0; q < 7; q++) {
      quarter(world);
      seen.push(programmeCoordinators(world));
      funds.push(world.regions.fundJpyM[0]);
    }
    expect(seen).toEqual([2, 2, 2, 2, 1, 0, 0]);
    expect(funds).toEqual([0, 10, 12, 4, 0, 0, 0]);
    expect(world.ledger.fundPooledJpyM).toBe(20);
    expect(world.ledger.fundToCoordinatorsJpyM).toBe(20);
  });

  it('without an institution they all leave when the programme stops', () => {
    const world = ready(tinyWorld(institution({ enabled: false })));
    const seen: number[] = [];
    for (let q = 0; q < 4; q++) {
      quarter(world);
      seen.push(programmeCoordinators(world));
    }
    expect(seen).toEqual([2, 2, 0, 0]);
    expect(world.regions.fundJpyM[0]).toBe(0);
  });
});

describe('core institution: revenue share and project top-ups', () => {
  it('the fund receives its share of product revenue from the selling firm\'s margin', () => {
    const revenueFund = (coreInstitution: TinyInput) => {
      const world = tinyWorld(institution(coreInstitution));
      const firm = place.sme(world, { cashJpyM: 0 });
      ready(world);
      world.products.add(firm, 10, Reach.Local, 8);
      marketPhase(world);
      return { fund: world.regions.fundJpyM[0], cash: world.agents.cashJpyM[firm], booked: world.ledger.fundRevenueJpyM };
    };
    // Revenue 10, margin 0.25: the firm keeps 2.5, of which 0.5 (5% of revenue) goes to the fund.
    expect(revenueFund({ enabled: true, revenueShare: 0.05 })).toEqual({ fund: 0.5, cash: 2, booked: 0.5 });
    // Never more than the margin kept.
    expect(revenueFund({ enabled: true, revenueShare: 0.5 })).toEqual({ fund: 2.5, cash: 0, booked: 2.5 });
    expect(revenueFund({ enabled: false, revenueShare: 0.5 })).toEqual({ fund: 0, cash: 2.5, booked: 0 });
  });

  it('tops up a project\'s public share from the fund when the budget is gone', () => {
    const afterProgramme = (enabled: boolean) => {
      const world = tinyWorld(deepMerge(still, institution({ enabled }, { lengthQuarters: 0 })) as TinyInput);
      const university = place.university(world);
      const firm = place.sme(world, { cashJpyM: 3 });
      link(world, university, firm, 0.8);
      const id = project(world, university, firm);
      ready(world);
      world.regions.fundJpyM[0] = 10;
      policyPhase(world);
      projectProgressPhase(world);
      return { status: world.projects.status[id], publicJpyM: world.projects.publicJpyM[id], fund: world.regions.fundJpyM[0], toProjects: world.ledger.fundToProjectsJpyM };
    };
    expect(afterProgramme(true)).toEqual({ status: ProjectStatus.Active, publicJpyM: expect.closeTo(2.8, 12), fund: expect.closeTo(7.2, 12), toProjects: expect.closeTo(2.8, 12) });
    // Without the institution the firm (cash 3) cannot pay the whole 4: the project stalls.
    expect(afterProgramme(false)).toEqual({ status: ProjectStatus.Stalled, publicJpyM: 0, fund: 10, toProjects: 0 });
  });
});

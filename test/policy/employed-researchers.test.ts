// Researchers employed by the programme 雇用研究者 (issue 16, item 5), on tiny worlds: a share of the
// budget pays whole researchers, allocated across the region's academics by tenured researchers;
// they write papers while paid and leave when the money stops, so papers respond to the programme.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import type { World } from '../../src/model/world.js';
import { indicatorsPhase } from '../../src/processes/indicators.js';
import { policyPhase } from '../../src/processes/policy.js';
import { researchPhase } from '../../src/processes/research.js';
import { place, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

function programme(lengthQuarters: number, budget = 100): TinyInput {
  return {
    policy: { programme: { startQuarter: 0, lengthQuarters, budgetPerRegionQuarterJpyM: budget, researcherShare: 0.5, researcherCostJpyMPerQuarter: 2.5 } },
    model: { research: { papersPerResearcherQuarter: 0.5, seedsPerResearcherQuarter: 0 } },
  };
}

/** Two universities (30 and 10 tenured researchers), `quarters` quarters of policy and research; papers per quarter. */
function run(input: TinyInput, quarters: number): { world: World; papers: number[]; employed: number[]; a: number; b: number } {
  const world = tinyWorld(input, { seedHex: '00000000000000c3' });
  const a = place.university(world, { researchers: 30, researchQuality: 1 });
  const b = place.university(world, { researchers: 10, researchQuality: 1 });
  ready(world);
  const papers: number[] = [];
  const employed: number[] = [];
  const total = world.regionCount * INDICATOR_COUNT;
  for (let q = 0; q < quarters; q++) {
    world.quarterIndicators.fill(0);
    policyPhase(world);
    researchPhase(world);
    indicatorsPhase(world);
    papers.push(world.quarterIndicators[total + I.papersDomestic] + world.quarterIndicators[total + I.papersOverseas]);
    employed.push(world.quarterIndicators[total + I.researchersEmployed]);
    world.quarter++;
  }
  return { world, papers, employed, a, b };
}

describe('employed researchers', () => {
  it('the share of the budget pays whole researchers, allocated by tenured researchers, and debits the budget', () => {
    // Half of 100 at 2.5 a quarter: 20 researchers, 15 and 5 for universities of 30 and 10.
    const { world, employed, a, b } = run(programme(4), 1);
    expect(employed).toEqual([20]);
    expect([world.agents.employedResearchers[a], world.agents.employedResearchers[b]]).toEqual([15, 5]);
    expect(world.regions.budgetJpyM[0]).toBe(50);
    expect(world.quarterIndicators[INDICATOR_COUNT + I.publicSpendResearchersJpyM]).toBe(50);
  });

  it('they leave when the budget stops', () => {
    const { employed, world, a } = run(programme(2), 4);
    expect(employed).toEqual([20, 20, 0, 0]);
    expect(world.agents.employedResearchers[a]).toBe(0);
  });

  it('papers respond to the programme: with no programme there are fewer', () => {
    // Tenured only: 40 × 0.5 = 20 papers a quarter expected; with 20 employed, 30.
    const none = run(programme(0), 40).papers.reduce((s, p) => s + p, 0);
    const funded = run(programme(40), 40).papers.reduce((s, p) => s + p, 0);
    expect(none).toBeGreaterThan(700);
    expect(none).toBeLessThan(900);
    expect(funded).toBeGreaterThan(1100);
    expect(funded).toBeLessThan(1300);
  });
});

// Public research institutes 公設試 on tiny worlds: support raises an SME's absorptive capacity and
// links it to the institute, within the institute's capacity per quarter; project leads come first;
// the strengthening lever adds capacity paid from the programme budget.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import type { World } from '../../src/model/world.js';
import { meetingPhase } from '../../src/processes/meeting.js';
import { field, link, place, project, ready, strengthBetween, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

function total(world: World, column: number): number {
  return world.quarterIndicators[world.regionCount * INDICATOR_COUNT + column];
}

/** An institute and `smeCount` SMEs of absorptive capacity 0.1 in one region, no introductions. */
function instituteWorld(input: TinyInput, smeCount: number) {
  const world = tinyWorld({ model: { institutes: { introductionProbability: 0, ...((input.model as { institutes?: object } | undefined)?.institutes ?? {}) } }, policy: input.policy ?? {} });
  const institute = place.institute(world, { field: field('food') });
  const smes = Array.from({ length: smeCount }, () => place.sme(world, { field: field('food'), absorptive: 0.1 }));
  ready(world);
  return { world, institute, smes };
}

describe('public institutes support SMEs', () => {
  it('a supported SME gains absorptive capacity and a link to the institute', () => {
    const { world, institute, smes } = instituteWorld({ model: { institutes: { supportsPerInstituteQuarter: 1, absorptiveGain: 0.1 } } }, 1);
    meetingPhase(world);
    // 0.1 + 0.1 × (1 − 0.1)
    expect(world.agents.absorptive[smes[0]]).toBeCloseTo(0.19, 6);
    expect(strengthBetween(world, institute, smes[0])).toBeGreaterThan(0);
    expect(world.agents.supportedQuarter[smes[0]]).toBe(world.quarter);
    expect(total(world, I.instituteSupports)).toBe(1);
  });

  it('without capacity nobody is supported', () => {
    const { world, smes } = instituteWorld({ model: { institutes: { supportsPerInstituteQuarter: 0 } } }, 3);
    meetingPhase(world);
    expect(smes.map((s) => world.agents.absorptive[s])).toEqual(smes.map(() => Math.fround(0.1)));
    expect(total(world, I.instituteSupports)).toBe(0);
  });

  it('supports at most its capacity per quarter, the SME leading a project on its seed first', () => {
    const { world, institute, smes } = instituteWorld({ model: { institutes: { supportsPerInstituteQuarter: 1 } } }, 5);
    link(world, institute, smes[3], 0.8);
    project(world, institute, smes[3]);
    meetingPhase(world);
    expect(total(world, I.instituteSupports)).toBe(1);
    expect(world.agents.supportedQuarter[smes[3]]).toBe(world.quarter);
    expect(smes.filter((s) => world.agents.supportedQuarter[s] === world.quarter)).toEqual([smes[3]]);
  });

  it('strengthening adds capacity paid per support from the region\'s budget; no budget, no extra support', () => {
    const lever = { policy: { publicInstitutes: { extraSupportsPerInstituteQuarter: 2, costJpyMPerSupport: 0.5 } }, model: { institutes: { supportsPerInstituteQuarter: 1, clientShare: 0 } } };
    const paid = instituteWorld(lever, 20);
    paid.world.regions.budgetJpyM[0] = 10;
    meetingPhase(paid.world);
    expect(total(paid.world, I.instituteSupports)).toBe(3);
    expect(paid.world.regions.budgetJpyM[0]).toBeCloseTo(9, 12);
    expect(total(paid.world, I.publicSpendOtherJpyM)).toBeCloseTo(1, 12);

    const broke = instituteWorld(lever, 20);
    meetingPhase(broke.world);
    expect(total(broke.world, I.instituteSupports)).toBe(1);
    expect(total(broke.world, I.publicSpendOtherJpyM)).toBe(0);
  });

  it('introduces the SME it supports to the best-fitting university of the region', () => {
    const world = tinyWorld({ model: { institutes: { supportsPerInstituteQuarter: 1, introductionProbability: 1, introductionFitBonus: 1 }, meeting: { linkThreshold: 0.5 } } });
    const institute = place.institute(world, { field: field('food'), researchQuality: 1 });
    const far = place.university(world, { field: field('materials') });
    const near = place.university(world, { field: field('food') });
    const sme = place.sme(world, { field: field('food'), absorptive: 0.05 });
    ready(world);
    meetingPhase(world);
    expect(strengthBetween(world, institute, sme)).toBeGreaterThan(0);
    expect(strengthBetween(world, near, sme)).toBeGreaterThan(0);
    expect(strengthBetween(world, far, sme)).toBe(0);
  });
});

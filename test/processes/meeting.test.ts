// Phase 3, meeting and linking, on tiny worlds: coordinator capacity and skill, spontaneous meetings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { meetingPhase } from '../../src/processes/meeting.js';
import { LinkType, Payer } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { place, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

/** One university, `smes` well-fitting SMEs and `coordinators` coordinators in one region. */
function introductionWorld(capacity: number, coordinators: number, smes: number, smeAbsorptive: number, skill: number, seedHex?: string, extra: TinyInput = {}) {
  const meeting = { model: { meeting: { introductionsPerCoordinatorQuarter: capacity, coordinatorFitBonus: 0.5, linkThreshold: 0.2 } } };
  const world = tinyWorld(deepMerge(meeting, extra) as TinyInput, { seedHex });
  const university = place.university(world);
  const firms = Array.from({ length: smes }, () => place.sme(world, { absorptive: smeAbsorptive, cashJpyM: 10 }));
  const cs = Array.from({ length: coordinators }, () => place.coordinator(world, { coordinatorSkill: skill, payer: Payer.LocalGovernment }));
  ready(world);
  return { world, university, firms, cs };
}

function linksOfType(world: World, type: number): number {
  let n = 0;
  for (let id = 0; id < world.links.count; id++) if (world.links.type[id] === type) n++;
  return n;
}

/** SMEs a coordinator is now linked to: the firms it introduced. */
function introduced(world: World, coordinator: number, firms: number[]): number {
  return firms.filter((f) => world.links.find(coordinator, f) >= 0).length;
}

describe('meeting: coordinator introductions', () => {
  it('a coordinator with capacity 2 makes at most 2 introductions in a quarter', () => {
    const { world, firms, cs } = introductionWorld(2, 1, 40, 0.9, 1);
    meetingPhase(world);
    expect(world.agents.introductions[cs[0]]).toBe(2);
    expect(introduced(world, cs[0], firms)).toBeGreaterThanOrEqual(1);
    expect(introduced(world, cs[0], firms)).toBeLessThanOrEqual(2);
    expect(linksOfType(world, LinkType.AcademiaIndustry)).toBeLessThanOrEqual(2);
  });

  it('no coordinator ever exceeds its capacity (any capacity, any number of coordinators)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 }), (capacity, count, seed) => {
        const { world, firms, cs } = introductionWorld(capacity, count, 60, 0.9, 1, seed.toString(16).padStart(16, '0'));
        meetingPhase(world);
        for (const c of cs) {
          expect(world.agents.introductions[c]).toBeLessThanOrEqual(capacity);
          expect(introduced(world, c, firms)).toBeLessThanOrEqual(capacity);
        }
        expect(linksOfType(world, LinkType.AcademiaIndustry)).toBeLessThanOrEqual(capacity * count);
        if (capacity > 0) expect(linksOfType(world, LinkType.AcademiaIndustry)).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('skill raises fit: an SME of low absorptive capacity links only through a skilled coordinator', () => {
    // Fit = similarity 1 × (absorptive 0.1 + skill × 0.5): 0.1 without skill, 0.6 with full skill; threshold 0.2.
    const novice = introductionWorld(3, 1, 10, 0.1, 0);
    meetingPhase(novice.world);
    expect(novice.world.agents.introductions[novice.cs[0]]).toBe(3);
    expect(linksOfType(novice.world, LinkType.AcademiaIndustry)).toBe(0);
    const expert = introductionWorld(3, 1, 10, 0.1, 1);
    meetingPhase(expert.world);
    expect(linksOfType(expert.world, LinkType.AcademiaIndustry)).toBeGreaterThan(0);
  });

  it('without coordinators and with spontaneous meetings off, SMEs and universities never meet', () => {
    const { world } = introductionWorld(3, 0, 40, 0.9, 1);
    for (let q = 0; q < 8; q++) meetingPhase(world);
    expect(world.links.count).toBe(0);
  });

  it('spontaneous meetings link firms to universities when their rate is on', () => {
    const { world } = introductionWorld(0, 0, 40, 0.9, 1, undefined, { model: { meeting: { smeSpontaneousRate: 1, introductionsPerCoordinatorQuarter: 0 } } });
    meetingPhase(world);
    expect(linksOfType(world, LinkType.AcademiaIndustry)).toBe(40);
  });
});

describe('meeting: firm lists', () => {
  it('refuses to run on firm lists that miss a birth or an exit (its loop trusts them to be exact)', () => {
    const { world, firms } = introductionWorld(1, 1, 5, 0.9, 1);
    expect(() => meetingPhase(world)).not.toThrow();
    world.agents.retire(firms[0]);
    expect(() => meetingPhase(world)).toThrow(/out of date/);
    world.index.refresh(world.agents);
    expect(() => meetingPhase(world)).not.toThrow();
    place.sme(world, { absorptive: 0.5, cashJpyM: 1 });
    expect(() => meetingPhase(world)).toThrow(/out of date/);
  });
});

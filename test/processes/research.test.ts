// Phase 2, research, on tiny worlds: papers, seeds and patents from universities; seeds age and are lost.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { researchPhase } from '../../src/processes/research.js';
import { field, place, ready, tinyWorld } from '../helpers/tiny-world.js';

const prolific = { model: { research: { papersPerResearcherQuarter: 0.1, seedsPerResearcherQuarter: 0.05, seedPatentProbability: 1, overseasPatentShare: 0.5, seedLifetimeQuarters: 3 } } };

describe('research', () => {
  it('universities produce papers and seeds, and patent seeds in proportion to industry orientation', () => {
    const world = tinyWorld(prolific);
    const oriented = place.university(world, { researchers: 100, researchQuality: 1, industryOrientation: 1, field: field('materials') });
    const ivory = place.university(world, { researchers: 100, researchQuality: 1, industryOrientation: 0 });
    ready(world);
    researchPhase(world);
    const row = world.regionCount * INDICATOR_COUNT;
    const papers = world.quarterIndicators[row + I.papersDomestic] + world.quarterIndicators[row + I.papersOverseas];
    expect(papers).toBeGreaterThan(0);
    const seedsOf = (u: number) => Array.from({ length: world.seeds.count }, (_, s) => s).filter((s) => world.seeds.origin[s] === u);
    expect(seedsOf(oriented).length).toBeGreaterThan(0);
    expect(seedsOf(ivory).length).toBeGreaterThan(0);
    // Patent chance = seedPatentProbability × industry orientation: all of one, none of the other.
    expect(seedsOf(oriented).every((s) => world.seeds.patented[s] === 1)).toBe(true);
    expect(seedsOf(ivory).every((s) => world.seeds.patented[s] === 0)).toBe(true);
    const patents = world.quarterIndicators[row + I.patentsDomestic] + world.quarterIndicators[row + I.patentsOverseas];
    expect(patents).toBe(seedsOf(oriented).length);
    // A focused profile gives seeds of its own field.
    expect(seedsOf(oriented).every((s) => world.seeds.field[s] === field('materials'))).toBe(true);
  });

  it('a university with no researchers produces nothing', () => {
    const world = tinyWorld(prolific);
    place.university(world, { researchers: 0, researchQuality: 1 });
    ready(world);
    researchPhase(world);
    expect(world.seeds.count).toBe(0);
    expect(world.quarterIndicators.every((v) => v === 0)).toBe(true);
  });

  it('seeds older than the lifetime are lost (成果の死蔵); younger ones stay', () => {
    const world = tinyWorld(prolific);
    const u = place.university(world, { researchers: 0 });
    ready(world);
    const old = world.seeds.add(u, 0, 0.5, false);
    world.seeds.ageQuarters[old] = 2; // becomes 3 = lifetime this quarter
    const young = world.seeds.add(u, 1, 0.7, false);
    world.seeds.ageQuarters[young] = 1;
    researchPhase(world);
    expect(world.seeds.count).toBe(1);
    expect(world.seeds.lost).toBe(1);
    expect(world.seeds.quality[0]).toBeCloseTo(0.7, 6);
    expect(world.seeds.ageQuarters[0]).toBe(2);
    researchPhase(world);
    expect(world.seeds.count).toBe(0);
    expect(world.seeds.lost).toBe(2);
  });
});

// Needs pull on tiny worlds: a core firm posts a need, searches the seeds of academics it is linked
// to (any region) and of its own region's (not other regions' unlinked ones), leads the project, labelled needs pull, and brings its suppliers.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { ProjectOrigin } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { postNeeds } from '../../src/processes/needs-pull.js';
import { projectFormationPhase } from '../../src/processes/project-formation.js';
import { field, link, place, ready, strengthBetween, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

function total(world: World, column: number): number {
  return world.quarterIndicators[world.regionCount * INDICATOR_COUNT + column];
}

const NO_AGENTS = { universities: 0, publicInstitutes: 0, smes: 0, coreFirms: 0, banks: 0, programmeCoordinators: 0, localCoordinators: 0 };
/** Two regions in blocks `a` and `b`; needs never posted by the phase itself (tests set them). */
function twoRegions(blockA: string, blockB: string, extra: TinyInput = {}): World {
  const regions = [blockA, blockB].map((block, r) => ({ id: `r${r}`, block, fields: { food: 1, materials: 1 }, agents: NO_AGENTS }));
  return tinyWorld({ regions, model: { needs: { postProbabilityPerQuarter: 0 }, ...(extra.model as object) } }, { regions: 2 });
}

/** A core firm of region 0 with an open need in food, and a university with one food seed in `region`. */
function needAndSeed(world: World, region: number, linked: boolean) {
  const core = place.coreFirm(world, { field: field('food'), cashJpyM: 10_000, absorptive: 0.8 });
  const university = place.university(world, { region, field: field('food') });
  if (linked) link(world, core, university, 0.8);
  world.seeds.add(university, field('food'), 0.8, false);
  world.agents.needField[core] = field('food');
  world.agents.needQuartersLeft[core] = 4;
  ready(world);
  return { core, university };
}

describe('needs pull', () => {
  it('a core firm with a need forms a needs-pull project on a nearby university\'s seed it had no tie to', () => {
    const world = twoRegions('a', 'b');
    const { core, university } = needAndSeed(world, 0, false);
    projectFormationPhase(world);
    expect(world.projects.count).toBe(1);
    expect(world.projects.lead[0]).toBe(core);
    expect(world.projects.university[0]).toBe(university);
    expect(world.projects.origin[0]).toBe(ProjectOrigin.NeedsPull);
    expect(strengthBetween(world, core, university)).toBeGreaterThan(0);
    expect(world.agents.needField[core]).toBe(-1);
    expect(total(world, I.projectsNeedsPull)).toBe(1);
    expect(total(world, I.projectsSeedsPush)).toBe(0);
  });

  it('does not search another region\'s academics it has no tie to, even in its wide-area block', () => {
    for (const block of ['a', 'b']) {
      const world = twoRegions('a', block);
      const { core } = needAndSeed(world, 1, false);
      projectFormationPhase(world);
      expect(world.projects.count).toBe(0);
      expect(world.agents.needField[core]).toBe(field('food'));
    }
  });

  it('a linked university counts in any region', () => {
    const world = twoRegions('a', 'b');
    needAndSeed(world, 1, true);
    projectFormationPhase(world);
    expect(world.projects.count).toBe(1);
    expect(world.projects.origin[0]).toBe(ProjectOrigin.NeedsPull);
    expect(world.projects.crossRegion[0]).toBe(1);
  });

  it('a seed of another field does not meet the need', () => {
    const world = twoRegions('a', 'b');
    const { core, university } = needAndSeed(world, 0, false);
    world.seeds.field[0] = field('materials');
    projectFormationPhase(world);
    expect(world.projects.count).toBe(0);
    expect(strengthBetween(world, core, university)).toBe(0);
  });

  it('bundles its supplier SMEs into the project', () => {
    const world = twoRegions('a', 'b', { model: { projects: { supplierJoinProbability: 1 } } });
    const supplier = place.sme(world, { field: field('food') });
    const { core } = needAndSeed(world, 0, false);
    link(world, core, supplier, 0.8);
    ready(world);
    projectFormationPhase(world);
    expect(world.projects.partnerCount[0]).toBe(1);
    expect(world.projects.partner(0, 0)).toBe(supplier);
  });

  it('needs are posted in the firm\'s business and expire unmet', () => {
    const world = tinyWorld({ model: { needs: { postProbabilityPerQuarter: 1, lifetimeQuarters: 2 } } });
    const core = place.coreFirm(world, { field: field('materials') });
    ready(world);
    postNeeds(world);
    expect(world.agents.needField[core]).toBe(field('materials'));
    expect(total(world, I.needsPosted)).toBe(1);
    postNeeds(world);
    postNeeds(world);
    // Two quarters open, then it expired; the next quarter a new one is posted.
    expect(world.agents.needField[core]).toBe(-1);
    postNeeds(world);
    expect(world.agents.needField[core]).toBe(field('materials'));
  });
});

// Phase 4, project formation, on tiny worlds: a project needs a university–firm link, a fitting
// unused seed and a willing firm; without public money the firm weighs (and pays) the full cost.
import { describe, expect, it } from 'vitest';
import { expectedProductValueJpyM, judgedSuccessChance, remainingChance, remainingCostJpyM } from '../../src/model/project-economics.js';
import { Payer, Reach, Stage } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectFormationPhase } from '../../src/processes/project-formation.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { field, link, place, ready, TINY_PRODUCT_REVENUE_JPYM, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

interface Setup {
  linked?: boolean;
  seedField?: number;
  riskTolerance?: number;
  cashJpyM?: number;
  budgetJpyM?: number;
  productRevenueJpyMPerQuarter?: number;
}

/**
 * One university with one food seed of quality 0.9 and one food SME (absorptive 0.9, local reach).
 * Products are very lucrative unless `productRevenueJpyMPerQuarter` says otherwise.
 */
function formationWorld(setup: Setup = {}, extra: TinyInput = {}) {
  const input = deepMerge({
    policy: { programme: { startQuarter: 0, lengthQuarters: 4, budgetPerRegionQuarterJpyM: setup.budgetJpyM ?? 0, publicCostShare: 0.7 } },
    model: { projects: { cashReserveQuarters: 4, seedFitMin: 0.3 }, market: { productRevenueJpyMPerQuarter: setup.productRevenueJpyMPerQuarter ?? TINY_PRODUCT_REVENUE_JPYM } },
  }, extra) as TinyInput;
  const world = tinyWorld(input);
  const university = place.university(world, { field: field('food') });
  const firm = place.sme(world, { field: field('food'), absorptive: 0.9, riskTolerance: setup.riskTolerance ?? 1, cashJpyM: setup.cashJpyM ?? 1000, reach: Reach.Local });
  if (setup.linked ?? true) link(world, university, firm, 0.8);
  world.seeds.add(university, setup.seedField ?? field('food'), 0.9, false);
  ready(world);
  policyPhase(world);
  world.index.rebuild(world.agents);
  return { world, university, firm };
}

/** The quarterly revenue at which formationWorld's project is worth `fraction` of its whole expected cost (value is linear in revenue). */
function revenueWorth(fraction: number): number {
  const { world } = formationWorld({ productRevenueJpyMPerQuarter: 1 });
  const chance = remainingChance(world, judgedSuccessChance(0.9, 0.9, world.params.projects.judgedChanceFloor, world.derived.judgedChanceSlope), Stage.JointResearch);
  const valuePerRevenue = expectedProductValueJpyM(world, chance, Stage.JointResearch, 0.9, false, 0, Reach.Local);
  return (fraction * remainingCostJpyM(world, chance, Stage.JointResearch)) / valuePerRevenue;
}

function formed(world: World): number {
  return world.projects.count;
}

describe('project formation: the ingredients', () => {
  it('link + fitting seed + willing firm makes a project that takes the seed', () => {
    const { world, university, firm } = formationWorld();
    projectFormationPhase(world);
    expect(formed(world)).toBe(1);
    expect(world.projects.university[0]).toBe(university);
    expect(world.projects.lead[0]).toBe(firm);
    expect(world.projects.seedQuality[0]).toBeCloseTo(0.9, 6);
    expect(world.agents.projectsLed[firm]).toBe(1);
    expect(world.seeds.count).toBe(0);
  });

  it('no university–firm link, no project', () => {
    const { world } = formationWorld({ linked: false });
    projectFormationPhase(world);
    expect(formed(world)).toBe(0);
    expect(world.seeds.count).toBe(1);
  });

  it('a seed outside the firm\'s needs, no project', () => {
    const { world } = formationWorld({ seedField: field('materials') });
    projectFormationPhase(world);
    expect(formed(world)).toBe(0);
  });

  it('an unwilling firm (no appetite for risk, or no cash), no project', () => {
    for (const setup of [{ riskTolerance: 0 }, { cashJpyM: 0 }, { productRevenueJpyMPerQuarter: 0 }]) {
      const { world } = formationWorld(setup);
      projectFormationPhase(world);
      expect(formed(world), JSON.stringify(setup)).toBe(0);
    }
  });

  it('an SME already leading its maximum of projects starts no other', () => {
    const { world, firm } = formationWorld();
    world.agents.projectsLed[firm] = world.params.projects.maxActiveProjectsSme;
    projectFormationPhase(world);
    expect(formed(world)).toBe(0);
  });
});

describe('project formation: public money', () => {
  // A revenue that makes the product's expected value 65% of the project's expected cost: above the
  // firm's 30% share, below the whole of it. Cash 10 covers 4 quarters of 30% of the first-stage
  // cost 4 (4.8), not of all of it (16).
  const marginal = { productRevenueJpyMPerQuarter: revenueWorth(0.65), cashJpyM: 10 };

  it('with a budget, a marginal project forms and the programme pays its share', () => {
    const { world, firm } = formationWorld({ ...marginal, budgetJpyM: 125 });
    projectFormationPhase(world);
    expect(formed(world)).toBe(1);
    projectProgressPhase(world);
    expect(world.projects.publicJpyM[0] + world.projects.privateJpyM[0]).toBeCloseTo(4, 12);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(10 - 1.2, 12);
  });

  it('with zero budget the firm weighs the full cost, so the marginal project does not form', () => {
    const { world } = formationWorld({ ...marginal, budgetJpyM: 0 });
    projectFormationPhase(world);
    expect(formed(world)).toBe(0);
  });

  it('with zero budget a project worth its full cost forms, and the firm pays the full cost', () => {
    const { world, firm } = formationWorld({ budgetJpyM: 0, cashJpyM: 100 });
    projectFormationPhase(world);
    expect(formed(world)).toBe(1);
    projectProgressPhase(world);
    expect(world.projects.publicJpyM[0]).toBe(0);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(96, 12);
  });
});

describe('project formation: core firms and coordinators', () => {
  it('a core firm pulls a seed from another region and brings its supplier SMEs', () => {
    const world = tinyWorld({ model: { projects: { supplierJoinProbability: 1, maxPartners: 3 } } }, { regions: 2 });
    const far = place.university(world, { region: 1, field: field('food') });
    const core = place.coreFirm(world, { region: 0, field: field('food'), riskTolerance: 1, cashJpyM: 100_000, absorptive: 0.9 });
    const suppliers = [0, 1, 2, 3].map(() => place.sme(world, { region: 0 }));
    for (const s of suppliers) link(world, core, s, 0.9);
    link(world, far, core, 0.6);
    world.seeds.add(far, field('food'), 0.9, false);
    ready(world);
    projectFormationPhase(world);
    expect(formed(world)).toBe(1);
    expect(world.projects.crossRegion[0]).toBe(1);
    expect(world.projects.region[0]).toBe(0);
    expect(world.projects.partnerCount[0]).toBe(3); // capped at maxPartners
    for (let k = 0; k < 3; k++) expect(suppliers).toContain(world.projects.partner(0, k));
  });

  it('a coordinator linked to the firm runs the project', () => {
    const { world, firm } = formationWorld();
    const c = place.coordinator(world, { payer: Payer.Programme });
    link(world, c, firm, 0.5);
    world.index.rebuild(world.agents);
    projectFormationPhase(world);
    expect(world.projects.coordinator[0]).toBe(c);
  });

  it('core firms ask before SMEs: with one seed and many willing SMEs, the core firm gets it', () => {
    for (const seedHex of ['00000000000000a1', '00000000000000c3', '00000000000000e5']) {
      const world = tinyWorld({}, { seedHex });
      const university = place.university(world, { field: field('food') });
      const smes = Array.from({ length: 30 }, () => place.sme(world, { field: field('food'), absorptive: 0.9, riskTolerance: 1, cashJpyM: 1000 }));
      const core = place.coreFirm(world, { field: field('food'), absorptive: 0.9, riskTolerance: 1, cashJpyM: 100_000 });
      for (const firm of [...smes, core]) link(world, university, firm, 0.8);
      world.seeds.add(university, field('food'), 0.9, false);
      ready(world);
      projectFormationPhase(world);
      expect(formed(world)).toBe(1);
      expect(world.projects.lead[0], seedHex).toBe(core);
    }
  });

  it('two firms after one seed: only one gets it', () => {
    const { world, university } = formationWorld();
    const rival = place.sme(world, { field: field('food'), absorptive: 0.9, riskTolerance: 1, cashJpyM: 1000 });
    link(world, university, rival, 0.8);
    world.index.rebuild(world.agents);
    projectFormationPhase(world);
    expect(formed(world)).toBe(1);
  });
});

// Phase 5, project progress, on tiny worlds: who pays a quarter, stalling and abandonment with link
// damage, stage advance to the market, failures and start-ups.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { AgentKind, BusinessLead, Stage } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { link, place, project, ready, strengthBetween, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

/** Hazards off: a funded project neither advances nor fails, so only funding is tested. */
const still = { model: { progress: { advanceHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };
const programme = (budget: number) => ({ policy: { programme: { startQuarter: 0, lengthQuarters: 10, budgetPerRegionQuarterJpyM: budget, publicCostShare: 0.7 } } });

/** A university, one lead firm with `cash` and a project at stage 0, after this quarter's policy phase. */
function oneProject(input: TinyInput, lead: { core?: boolean; cashJpyM: number; creditJpyM?: number }) {
  const world = tinyWorld(input);
  const university = place.university(world);
  const firm = lead.core ? place.coreFirm(world, { cashJpyM: lead.cashJpyM, absorptive: 0.5 }) : place.sme(world, { cashJpyM: lead.cashJpyM, absorptive: 0.5 });
  world.agents.creditJpyM[firm] = lead.creditJpyM ?? 0;
  link(world, university, firm, 0.8);
  const id = project(world, university, firm);
  ready(world);
  policyPhase(world);
  return { world, university, firm, id };
}

function total(world: World, column: number): number {
  return world.quarterIndicators[world.regionCount * INDICATOR_COUNT + column];
}

describe('project progress: funding a quarter', () => {
  it('the programme pays its share and the firm the rest, booked by source on the project and the ledger', () => {
    const { world, firm } = oneProject(deepMerge(still, programme(10)) as TinyInput, { cashJpyM: 100 });
    projectProgressPhase(world);
    // Joint research costs 4 a quarter: 0.7 × 4 public, 1.2 from the firm's cash.
    expect(world.regions.budgetJpyM[0]).toBeCloseTo(10 - 2.8, 12);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(100 - 1.2, 12);
    expect(world.projects.publicJpyM[0]).toBeCloseTo(2.8, 12);
    expect(world.projects.privateJpyM[0]).toBeCloseTo(1.2, 12);
    expect(world.ledger.projectPublicJpyM).toBeCloseTo(2.8, 12);
    expect(world.ledger.privateSpendJpyM).toBeCloseTo(1.2, 12);
    expect(total(world, I.publicSpendJpyM)).toBeCloseTo(2.8, 12);
  });

  it('loan proceeds pay before cash', () => {
    const { world, firm } = oneProject(deepMerge(still, programme(10)) as TinyInput, { cashJpyM: 100, creditJpyM: 1 });
    projectProgressPhase(world);
    expect(world.agents.creditJpyM[firm]).toBe(0);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(100 - 0.2, 12);
    expect(world.projects.loanJpyM[0]).toBeCloseTo(1, 12);
    expect(world.ledger.loanSpendJpyM).toBeCloseTo(1, 12);
  });

  it('with zero budget the firm pays the full cost', () => {
    const { world, firm } = oneProject(deepMerge(still, programme(0)) as TinyInput, { cashJpyM: 100 });
    projectProgressPhase(world);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(96, 12);
    expect(world.projects.publicJpyM[0]).toBe(0);
    expect(world.ledger.projectPublicJpyM).toBe(0);
  });

  it('the cash a firm pays counts as R&D from margins up to what its products earned it, and that pot runs down', () => {
    // Zero budget: the firm pays the whole 4 of the first stage from cash, 3 of it covered by margins.
    const { world, firm } = oneProject(deepMerge(still, programme(0)) as TinyInput, { cashJpyM: 100 });
    world.agents.marginPotJpyM[firm] = 3;
    projectProgressPhase(world);
    expect(total(world, I.rdFromMarginsJpyM)).toBeCloseTo(3, 12);
    expect(total(world, I.privateSpendJpyM)).toBeCloseTo(4, 12);
    expect(world.agents.marginPotJpyM[firm]).toBe(0);
    world.quarterIndicators.fill(0);
    projectProgressPhase(world);
    expect(total(world, I.rdFromMarginsJpyM)).toBe(0);
  });

  it('a budget short of the public share pays nothing: the firm pays all of it', () => {
    const { world, firm } = oneProject(deepMerge(still, programme(2)) as TinyInput, { cashJpyM: 100 });
    projectProgressPhase(world);
    expect(world.regions.budgetJpyM[0]).toBe(2);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(96, 12);
  });

  it('a core firm commits only its R&D share of cash', () => {
    // 5% of 60 is 3, short of the 4 the quarter costs without public money.
    const { world, firm } = oneProject(still, { core: true, cashJpyM: 60 });
    projectProgressPhase(world);
    expect(world.agents.cashJpyM[firm]).toBe(60);
    expect(world.projects.count).toBe(1);
    expect(world.projects.stalledQuarters[0]).toBe(1);
  });
});

describe('project progress: stalling and abandonment', () => {
  it('an unfunded project stalls, is abandoned after stallAbandonQuarters, and its link weakens by abandonLinkDamage', () => {
    const input = deepMerge(still, { model: { progress: { stallAbandonQuarters: 3, abandonLinkDamage: 0.5 } } }) as TinyInput;
    const { world, university, firm } = oneProject(input, { cashJpyM: 0 });
    const before = strengthBetween(world, university, firm);
    for (let q = 1; q <= 2; q++) {
      world.quarterIndicators.fill(0);
      projectProgressPhase(world);
      expect(world.projects.count).toBe(1);
      expect(world.projects.status[0]).toBe(1); // stalled
      expect(world.projects.stalledQuarters[0]).toBe(q);
      expect(strengthBetween(world, university, firm)).toBe(before);
      expect(total(world, I.abandonedProjects)).toBe(0);
    }
    world.quarterIndicators.fill(0);
    projectProgressPhase(world);
    expect(world.projects.count).toBe(0);
    expect(total(world, I.abandonedProjects)).toBe(1);
    expect(world.agents.projectsLed[firm]).toBe(0);
    expect(strengthBetween(world, university, firm)).toBeCloseTo(before * 0.5, 6);
    // Nothing was charged while it stalled.
    expect(world.ledger.privateSpendJpyM + world.ledger.projectPublicJpyM + world.ledger.loanSpendJpyM).toBe(0);
  });

  it('an abandoned project\'s seed goes back to its university, unused again; a failed one\'s does not', () => {
    const input = deepMerge(still, { model: { progress: { stallAbandonQuarters: 1 } } }) as TinyInput;
    const { world, university } = oneProject(input, { cashJpyM: 0 });
    world.projects.seedQuality[0] = 0.8;
    projectProgressPhase(world);
    expect(world.projects.count).toBe(0);
    expect(world.seeds.count).toBe(1);
    expect([world.seeds.origin[0], world.seeds.field[0], world.seeds.quality[0], world.seeds.ageQuarters[0], world.seeds.taken[0]])
      .toEqual([university, world.agents.mainField[university], expect.closeTo(0.8, 6), 0, 0]);
    const fail = { model: { progress: { failHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 } } } };
    const failed = oneProject(fail, { cashJpyM: 100 }).world;
    projectProgressPhase(failed);
    expect(failed.projects.count).toBe(0);
    expect(failed.seeds.count).toBe(0);
  });

  it('a funded quarter resets the stall count', () => {
    const input = deepMerge(still, { model: { progress: { stallAbandonQuarters: 2 } } }) as TinyInput;
    const { world, firm } = oneProject(input, { cashJpyM: 0 });
    projectProgressPhase(world);
    world.agents.cashJpyM[firm] = 4;
    projectProgressPhase(world);
    expect(world.projects.stalledQuarters[0]).toBe(0);
    projectProgressPhase(world);
    expect(world.projects.count).toBe(1);
  });
});

describe('project progress: stages', () => {
  const sure = { model: { progress: { advanceHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, prototypePatentProbability: 1 } } };

  it('a sure project advances one stage a quarter: a prototype 試作品, then a product 商品化, each a commercialisation 事業化', () => {
    const { world } = oneProject(sure, { cashJpyM: 1000 });
    world.projects.seedQuality[0] = 0.9;
    const stages: number[] = [];
    let commercializations = 0;
    let prototypes = 0;
    let products = 0;
    let patents = 0;
    for (let q = 0; q < 3; q++) {
      world.quarterIndicators.fill(0);
      projectProgressPhase(world);
      commercializations += total(world, I.commercializations);
      prototypes += total(world, I.prototypes);
      products += total(world, I.products);
      patents += total(world, I.patentsDomestic) + total(world, I.patentsOverseas);
      if (world.projects.count > 0) stages.push(world.projects.stage[0]);
    }
    expect(stages).toEqual([Stage.Prototype, Stage.Commercialization]);
    expect(world.projects.count).toBe(0);
    expect([prototypes, products, commercializations]).toEqual([1, 1, 2]);
    expect(patents).toBe(1); // one quarter in the prototype stage, patent chance 1
    expect(world.products.count).toBe(1);
    // Cost by stage: 4 + 8 + 12, all from the firm (no programme).
    expect(world.ledger.privateSpendJpyM).toBeCloseTo(24, 12);
  });

  it('a project that fails leaves the table and is counted as failed', () => {
    const fail = { model: { progress: { failHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 } } } };
    const { world } = oneProject(fail, { cashJpyM: 100 });
    projectProgressPhase(world);
    expect(world.projects.count).toBe(0);
    expect(total(world, I.failedProjects)).toBe(1);
    expect(world.products.count).toBe(0);
  });

  it('an entrepreneur founds a start-up on an SME\'s completed prototype: the start-up leads, the SME stays in, no product yet', () => {
    const spin = deepMerge(sure, { model: { progress: { startupProbability: 1 }, finance: { startupInitialCashJpyM: 1000 } } }) as TinyInput;
    const { world, university, firm } = oneProject(spin, { cashJpyM: 1000 });
    world.projects.stage[0] = Stage.Prototype;
    world.regions.experiencedEntrepreneurs[0] = 1;
    const before = world.agents.count;
    projectProgressPhase(world);
    expect(world.agents.count).toBe(before + 1);
    const startup = before;
    expect(world.agents.kind[startup]).toBe(AgentKind.Sme);
    expect(world.ledger.births).toBe(1);
    expect(world.ledger.founderCapitalJpyM).toBe(1000);
    expect(world.regions.experiencedEntrepreneurs[0]).toBe(0);
    expect(world.projects.lead[0]).toBe(startup);
    expect(world.projects.stage[0]).toBe(Stage.Commercialization);
    expect(world.projects.businessLead[0]).toBe(BusinessLead.Local);
    expect(world.projects.partner(0, 0)).toBe(firm);
    expect(world.products.count).toBe(0);
    expect(world.links.find(startup, university)).toBeGreaterThanOrEqual(0);
    expect([total(world, I.prototypes), total(world, I.startups), total(world, I.products), total(world, I.commercializations)]).toEqual([1, 1, 0, 2]);
    // The next quarter the start-up launches the product and owns it.
    world.quarterIndicators.fill(0);
    projectProgressPhase(world);
    expect(world.products.owner[0]).toBe(startup);
    expect(total(world, I.products)).toBe(1);
  });
});

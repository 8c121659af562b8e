// Start-ups, venture money and business leads on tiny worlds: an entrepreneur founds a start-up on a
// seed before any product exists when it is worth it and financed (founder money, a programme grant,
// venture money that a fund invests only above its return requirement, conserved); an external
// business lead shortens the last stage and sells further; external coordinators stay longer on
// success; the run's files carry the pipeline's indicators.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Account, HolderKind } from '../../src/model/accounts.js';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { judgedSuccessChance, projectNetValueJpyM, remainingChance, remainingCostJpyM } from '../../src/model/project-economics.js';
import { AgentKind, BusinessLead, Payer, Reach, Stage } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { runScenarios } from '../../src/montecarlo/run-experiment.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { entrepreneurOf, localEntrepreneurArrivals, NOBODY, startupFoundingPhase } from '../../src/processes/startup-founding.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { field, link, place, project, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';
import { tempDir } from '../helpers/run-folders.js';

/** The seed's quality as the seed table stores it (single precision). */
const SEED_QUALITY = Math.fround(0.9);

function total(world: World, column: number): number {
  return world.quarterIndicators[world.regionCount * INDICATOR_COUNT + column];
}

/** A university holding one seed of quality 0.9 and one novice local entrepreneur (no business experience: the start-up sells locally), after quarter 0's policy phase. */
function seedWorld(input: TinyInput): { world: World; university: number } {
  const world = tinyWorld(input);
  const university = place.university(world);
  world.seeds.add(university, field('food'), SEED_QUALITY, false);
  ready(world);
  policyPhase(world);
  world.regions.entrepreneurs[0] = 1;
  return { world, university };
}

/** What the founders and a fund compute for that seed's start-up: the one valuation, from joint research, with no programme (own share 1), local reach. */
function seedVenture(world: World): { needJpyM: number; valueJpyM: number } {
  const p = world.params;
  const judged = judgedSuccessChance(p.progress.startupAbsorptiveFloor, SEED_QUALITY, p.projects.judgedChanceFloor, world.derived.judgedChanceSlope);
  const chance = remainingChance(world, judged, Stage.JointResearch);
  return {
    needJpyM: remainingCostJpyM(world, chance, Stage.JointResearch),
    valueJpyM: projectNetValueJpyM(world, chance, Stage.JointResearch, 1, SEED_QUALITY, false, 0, Reach.Local),
  };
}

describe('start-ups from seeds', () => {
  it('an entrepreneur with the money founds a start-up on a seed before any product: a new SME leads the project from joint research', () => {
    const { world, university } = seedWorld({ model: { finance: { startupInitialCashJpyM: 10_000 } } });
    const before = world.agents.count;
    startupFoundingPhase(world);
    expect(world.agents.count).toBe(before + 1);
    const startup = before;
    expect(world.agents.kind[startup]).toBe(AgentKind.Sme);
    expect(world.projects.count).toBe(1);
    expect(world.projects.lead[0]).toBe(startup);
    expect(world.projects.university[0]).toBe(university);
    expect(world.projects.stage[0]).toBe(Stage.JointResearch);
    expect(world.projects.businessLead[0]).toBe(BusinessLead.None);
    expect(world.projects.startupLed[0]).toBe(1);
    expect(world.seeds.count).toBe(0);
    expect(world.products.count).toBe(0);
    expect(world.regions.entrepreneurs[0]).toBe(0);
    expect([total(world, I.startups), total(world, I.commercializations), total(world, I.products)]).toEqual([1, 1, 0]);
    expect(world.ledger.founderCapitalJpyM).toBe(10_000);
  });

  it('without the money for its expected own cost, nobody founds: the entrepreneur waits and the seed stays', () => {
    const { world } = seedWorld({ model: { finance: { startupInitialCashJpyM: 15 } } });
    expect(seedVenture(world).needJpyM).toBeGreaterThan(15);
    startupFoundingPhase(world);
    expect(world.projects.count).toBe(0);
    expect(world.regions.entrepreneurs[0]).toBe(1);
    expect(world.seeds.count).toBe(1);
  });

  it('a venture not worth its cost is not founded, however much money there is', () => {
    const { world } = seedWorld({ model: { finance: { startupInitialCashJpyM: 10_000 }, market: { productRevenueJpyMPerQuarter: 0.01 } } });
    expect(seedVenture(world).valueJpyM).toBeLessThan(0);
    startupFoundingPhase(world);
    expect(world.projects.count).toBe(0);
  });

  it('a programme grant makes up what founders lack, paid from the budget as public spend', () => {
    const input = { policy: { programme: { startQuarter: 0, lengthQuarters: 4, budgetPerRegionQuarterJpyM: 1000, publicCostShare: 0, researcherShare: 0 }, ventures: { startupGrantJpyM: 1000 } }, model: { finance: { startupInitialCashJpyM: 15 } } };
    const { world } = seedWorld(input);
    const { needJpyM } = seedVenture(world);
    startupFoundingPhase(world);
    const startup = world.projects.lead[0];
    expect(world.agents.cashJpyM[startup]).toBeCloseTo(needJpyM, 9);
    expect(world.regions.budgetJpyM[0]).toBeCloseTo(1000 - (needJpyM - 15), 9);
    expect(total(world, I.publicSpendProjectsJpyM)).toBeCloseTo(needJpyM - 15, 9);
    expect(world.ledger.paid(HolderKind.Budget, Account.StartupGrant)).toBeCloseTo(needJpyM - 15, 9);
  });
});

describe('venture funds 認定VC', () => {
  /** The seed world with a fund of 1,000 that appraises without noise and asks `multiple` × its money back in value. */
  const fundWorld = (multiple: number) => seedWorld({ policy: { ventures: { fundPerRegionJpyM: 1000, returnRequirement: multiple, appraisalNoiseSd: 0 } }, model: { finance: { startupInitialCashJpyM: 15 } } });
  const { world: probe } = fundWorld(1);
  const { needJpyM, valueJpyM } = seedVenture(probe);
  const askedJpyM = needJpyM - 15;
  const clearing = valueJpyM / askedJpyM;

  it('invests only when the appraised value clears its return requirement', () => {
    const below = fundWorld(clearing * 1.01).world;
    startupFoundingPhase(below);
    expect(below.projects.count).toBe(0);
    expect(below.regions.ventureFundJpyM[0]).toBe(1000);
    const above = fundWorld(clearing * 0.99).world;
    startupFoundingPhase(above);
    expect(above.projects.count).toBe(1);
    expect(total(above, I.ventureInvestmentJpyM)).toBeCloseTo(askedJpyM, 9);
  });

  it('its money is conserved: what leaves the fund is in the start-up\'s cash, booked on both sides', () => {
    const { world } = fundWorld(clearing * 0.99);
    startupFoundingPhase(world);
    const startup = world.projects.lead[0];
    expect(world.regions.ventureFundJpyM[0] + world.agents.cashJpyM[startup]).toBeCloseTo(1000 + 15, 9);
    expect(world.ledger.ventureCapitalJpyM).toBe(1000);
    expect(world.ledger.paid(HolderKind.VentureFund, Account.VentureInvestment)).toBeCloseTo(askedJpyM, 9);
    expect(world.ledger.received(HolderKind.Cash, Account.VentureInvestment)).toBeCloseTo(askedJpyM, 9);
    // Venture money is private: no public spend.
    expect(total(world, I.publicSpendJpyM)).toBe(0);
  });

  it('appraisal noise: a fund that would refuse at its exact appraisal sometimes invests, sometimes not', () => {
    const decisions = Array.from({ length: 40 }, (_, k) => {
      const world = tinyWorld({ policy: { ventures: { fundPerRegionJpyM: 1000, returnRequirement: clearing * 1.01, appraisalNoiseSd: 0.3 } }, model: { finance: { startupInitialCashJpyM: 15 } } }, { seedHex: (0x100 + k).toString(16).padStart(16, '0') });
      const university = place.university(world);
      world.seeds.add(university, field('food'), SEED_QUALITY, false);
      ready(world);
      policyPhase(world);
      world.regions.entrepreneurs[0] = 1;
      startupFoundingPhase(world);
      return world.projects.count;
    });
    expect(decisions).toContain(0);
    expect(decisions).toContain(1);
  });

  it('a fund cannot invest more than it holds', () => {
    const world = seedWorld({ policy: { ventures: { fundPerRegionJpyM: askedJpyM * 0.5, returnRequirement: 0, appraisalNoiseSd: 0 } }, model: { finance: { startupInitialCashJpyM: 15 } } }).world;
    startupFoundingPhase(world);
    expect(world.projects.count).toBe(0);
  });
});

describe('business leads: talent that matters', () => {
  /** `n` SME-led projects at the commercialisation stage, the first half with `lead` as business lead, the rest none. */
  function lastStage(lead: number, n = 400): World {
    const input = { model: { progress: { advanceHazard: { commercialisation: 0.2 }, failHazard: { commercialisation: 0 } } } };
    const world = tinyWorld(input);
    const university = place.university(world);
    for (let i = 0; i < n; i++) {
      const firm = place.sme(world, { cashJpyM: 1e6, absorptive: 0.5, reach: Reach.Local });
      link(world, university, firm);
      const id = project(world, university, firm, { stage: Stage.Commercialization });
      if (i < n / 2) world.projects.businessLead[id] = lead;
    }
    ready(world);
    policyPhase(world);
    return world;
  }

  /** Mean quarters to market of the led and unled halves, and the reach of their products. */
  function quartersToMarket(lead: number): { led: number; unled: number; ledReach: number[]; unledReach: number[] } {
    const world = lastStage(lead);
    const half = 200;
    const launched = new Map<number, number>();
    for (let q = 1; q <= 200 && world.products.count < 2 * half; q++) {
      projectProgressPhase(world);
      for (let p = 0; p < world.products.count; p++) if (!launched.has(world.products.owner[p])) launched.set(world.products.owner[p], q);
    }
    const ownerIndex = (owner: number) => owner - 1; // the university is agent 0, the firms follow in order
    let led = 0;
    let unled = 0;
    const ledReach: number[] = [];
    const unledReach: number[] = [];
    for (let p = 0; p < world.products.count; p++) {
      const owner = world.products.owner[p];
      const isLed = ownerIndex(owner) < half;
      if (isLed) { led += launched.get(owner)!; ledReach.push(world.products.reach[p]); } else { unled += launched.get(owner)!; unledReach.push(world.products.reach[p]); }
    }
    return { led: led / half, unled: unled / half, ledReach, unledReach };
  }

  it('an experienced external lead shortens the last stage and sells further', () => {
    const t = quartersToMarket(BusinessLead.External);
    // Advance chance 0.2 × (0.5 + 0.5) × (0.5 + 0.5) a quarter, × 1.6 with the external lead: 5 vs 3.1 quarters expected.
    expect(t.led).toBeLessThan(t.unled * 0.8);
    expect(new Set(t.ledReach)).toEqual(new Set([Reach.National]));
    expect(new Set(t.unledReach)).toEqual(new Set([Reach.Local]));
  });

  it('an experienced local founder shortens it less than external talent (defaults)', () => {
    const local = quartersToMarket(BusinessLead.Local);
    const external = quartersToMarket(BusinessLead.External);
    expect(local.led).toBeLessThan(local.unled);
    expect(external.led).toBeLessThan(local.led);
    expect(new Set(local.ledReach)).toEqual(new Set([Reach.National]));
  });

  it('external talent founds first, then experienced locals, then novices; a share of local arrivals equal to the talent supply is experienced', () => {
    const world = tinyWorld({ regions: [{ id: 'r0', talentSupply: 0.8, fields: { food: 1 } }] });
    localEntrepreneurArrivals(world, 0, 2000);
    const experienced = world.regions.experiencedEntrepreneurs[0];
    expect(experienced + world.regions.entrepreneurs[0]).toBe(2000);
    expect(experienced / 2000).toBeGreaterThan(0.76);
    expect(experienced / 2000).toBeLessThan(0.84);
    world.regions.externalEntrepreneurs[0] = 1;
    expect(entrepreneurOf(world, 0)).toBe(BusinessLead.External);
    world.regions.externalEntrepreneurs[0] = 0;
    expect(entrepreneurOf(world, 0)).toBe(BusinessLead.Local);
    world.regions.experiencedEntrepreneurs[0] = 0;
    expect(entrepreneurOf(world, 0)).toBe(BusinessLead.None);
    world.regions.entrepreneurs[0] = 0;
    expect(entrepreneurOf(world, 0)).toBe(NOBODY);
  });

  it('career path: an external coordinator whose project completes its prototype stays longer', () => {
    const sure = { model: { progress: { advanceHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } }, policy: { programme: { startQuarter: 0, lengthQuarters: 4, budgetPerRegionQuarterJpyM: 1000, publicCostShare: 0 }, externalTalent: { successStayExtensionQuarters: 6 } } };
    const world = tinyWorld(sure);
    const university = place.university(world);
    const firm = place.sme(world, { cashJpyM: 1000, absorptive: 0.5 });
    const external = place.coordinator(world, { payer: Payer.External, tenureQuarters: 3 });
    link(world, university, firm);
    const id = project(world, university, firm, { stage: Stage.Prototype });
    world.projects.coordinator[id] = external;
    ready(world);
    policyPhase(world);
    projectProgressPhase(world);
    expect(world.agents.tenureQuarters[external]).toBe(9);
    projectProgressPhase(world); // the launch is a second success
    expect(world.agents.tenureQuarters[external]).toBe(15);
  });
});

describe('output files carry the pipeline', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('summary.csv, timeseries.csv and stats.csv have prototypes, products, startups, commercializations and venture money', async () => {
    const outRoot = tempDir('pipeline');
    folders.push(outRoot);
    const loaded = loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml'));
    const [result] = await runScenarios([{ ...loaded, scenario: { ...loaded.scenario, horizonQuarters: 4 } }], { outRoot, workers: 1, replications: 2, seed: 1 });
    const header = (name: string) => readFileSync(join(result.dir, name), 'utf8').split('\n')[0].split(',');
    for (const column of ['prototypes', 'products', 'startups', 'commercializations', 'ventureInvestmentJpyM']) {
      expect(header('summary.csv')).toContain(column);
      expect(header('timeseries.csv')).toContain(column);
    }
    const stats = readFileSync(join(result.dir, 'stats.csv'), 'utf8');
    for (const column of ['prototypes', 'products', 'startups', 'ventureInvestmentJpyM']) expect(stats).toContain(`,${column},`);
  });
});

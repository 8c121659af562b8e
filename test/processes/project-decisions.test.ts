// The one economics on tiny worlds (issue 16 items 1–3): a project is worth the discounted margin
// the market actually pays its product; the lead firm goes on, pauses or abandons each quarter from
// that value against its own share of the remaining cost; its own share raises its effort.
import { describe, expect, it } from 'vitest';
import { Account, HolderKind } from '../../src/model/accounts.js';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import {
  expectedProductValueJpyM,
  judgedSuccessChance,
  productValueJpyM,
  remainingChance,
  remainingCostJpyM,
} from '../../src/model/project-economics.js';
import { ProjectStatus, Reach, Stage } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { marketPhase } from '../../src/processes/market.js';
import { policyPhase } from '../../src/processes/policy.js';
import { effortFactor, projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { link, place, project, ready, strengthBetween, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

const ABSORPTIVE = 0.5;
const QUALITY = 0.5;

/** The judged chance of the test's projects from `stage` on. */
function chanceOf(world: World, stage: number): number {
  const judged = judgedSuccessChance(ABSORPTIVE, QUALITY, world.params.projects.judgedChanceFloor, world.derived.judgedChanceSlope);
  return remainingChance(world, judged, stage);
}

/** Steps the policy phase into quarter `q` and runs project progress, with the quarter's indicators cleared. */
function progressIn(world: World, q: number): void {
  world.quarter = q;
  world.quarterIndicators.fill(0);
  policyPhase(world);
  world.index.rebuild(world.agents);
  projectProgressPhase(world);
}

describe('continuation decisions', () => {
  // Hazards off: a funded project neither advances nor fails, so only the decision is tested. The
  // programme pays 70% in quarter 0 only.
  const still = { model: { progress: { advanceHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };
  const programme = { policy: { programme: { startQuarter: 0, lengthQuarters: 1, budgetPerRegionQuarterJpyM: 100, publicCostShare: 0.7 } } };

  /** A project whose product is worth `fraction` of the project's whole remaining expected cost (value is linear in revenue). */
  function projectWorth(fraction: number) {
    const probe = tinyWorld(deepMerge(still, { model: { market: { productRevenueJpyMPerQuarter: 1 } } }) as TinyInput);
    const chance = chanceOf(probe, Stage.JointResearch);
    const revenue = (fraction * remainingCostJpyM(probe, chance, Stage.JointResearch)) / expectedProductValueJpyM(probe, chance, Stage.JointResearch, QUALITY, false, 0, Reach.Local);
    const world = tinyWorld(deepMerge(deepMerge(still, programme), { model: { market: { productRevenueJpyMPerQuarter: revenue } } }) as TinyInput);
    const university = place.university(world);
    const firm = place.sme(world, { cashJpyM: 1000, absorptive: ABSORPTIVE, reach: Reach.Local });
    link(world, university, firm, 0.8);
    const id = project(world, university, firm, { seedQuality: QUALITY });
    ready(world);
    return { world, university, firm, id };
  }

  const abandoned = (world: World) => world.quarterIndicators[world.regionCount * INDICATOR_COUNT + I.abandonedProjects];

  it('when the public share stops, a firm abandons a project whose remaining value is below its own (now whole) cost', () => {
    // Worth half its cost: enough while the firm pays 30%, not when it pays everything.
    const { world, university, firm, id } = projectWorth(0.5);
    progressIn(world, 0);
    expect(world.projects.status[id]).toBe(ProjectStatus.Active);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(1000 - 1.2, 12);
    const before = strengthBetween(world, university, firm);
    progressIn(world, 1);
    expect(world.projects.count).toBe(0);
    expect(abandoned(world)).toBe(1);
    // Abandoned as a stalled project is: the link is damaged and the seed goes back; nothing more is paid.
    expect(strengthBetween(world, university, firm)).toBeCloseTo(before * (1 - world.params.progress.abandonLinkDamage), 6);
    expect(world.seeds.count).toBe(1);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(1000 - 1.2, 12);
    expect(world.agents.projectsLed[firm]).toBe(0);
  });

  it('a budget that runs short within a quarter of the programme is not the end of it: the firm pays that quarter itself and goes on', () => {
    // Worth half its cost, as above, but in quarter 0 the budget (2) cannot cover the public share
    // (2.8): the programme still funds the region, so the firm weighs its usual 30% and pays the 4.
    const { world, firm, id } = projectWorth(0.5);
    world.quarter = 0;
    world.quarterIndicators.fill(0);
    policyPhase(world);
    world.index.rebuild(world.agents);
    world.regions.budgetJpyM[0] = 2; // other projects drew the rest of the quarter's budget
    projectProgressPhase(world);
    expect(abandoned(world)).toBe(0);
    expect(world.projects.status[id]).toBe(ProjectStatus.Active);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(1000 - 4, 12);
  });

  it('a firm that abandons a project returns the seed money it has not put into it', () => {
    const { world, firm, id } = projectWorth(0.5);
    world.projects.seedGrantJpyM[id] = 5;
    progressIn(world, 0); // pays its 30%: 1.2 of the grant is now in the project
    progressIn(world, 1); // the programme has ended: abandoned, 3.8 goes back
    expect(abandoned(world)).toBe(1);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(1000 - 1.2 - 3.8, 12);
    expect(world.ledger.paid(HolderKind.Cash, Account.SeedMoneyRefund)).toBeCloseTo(3.8, 12);
  });

  it('when the public share stops, a firm goes on with a project worth more than its whole remaining cost, paying all of it', () => {
    const { world, firm, id } = projectWorth(1.5);
    progressIn(world, 0);
    progressIn(world, 1);
    expect(world.projects.status[id]).toBe(ProjectStatus.Active);
    expect(abandoned(world)).toBe(0);
    expect(world.agents.cashJpyM[firm]).toBeCloseTo(1000 - 1.2 - 4, 12);
  });

  it('a project worth less than even the firm\'s subsidised share is abandoned at once, while the money still flows', () => {
    const { world, id } = projectWorth(0.2);
    progressIn(world, 0);
    expect(world.projects.count).toBe(0);
    expect(abandoned(world)).toBe(1);
    expect(world.ledger.projectPublicJpyM).toBe(0);
    expect(id).toBe(0);
  });

  it('unspent seed money counts against the firm\'s own cost: it goes on while the grant lasts, and walks away once it is spent', () => {
    // Worth 20% of the cost against the firm's 30% share: short by 10% of the cost, which the grant covers.
    const decide = (grant: number, spent: number) => {
      const { world, id } = projectWorth(0.2);
      const chance = chanceOf(world, Stage.JointResearch);
      world.projects.seedGrantJpyM[id] = grant * remainingCostJpyM(world, chance, Stage.JointResearch);
      world.projects.privateJpyM[id] = spent * remainingCostJpyM(world, chance, Stage.JointResearch);
      progressIn(world, 0);
      return world.projects.count;
    };
    expect(decide(0, 0)).toBe(0);
    expect(decide(0.15, 0)).toBe(1);
    expect(decide(0.15, 0.1)).toBe(0);
  });

  it('sunk cost does not count: the decision is the same after any amount already spent', () => {
    const { world, id } = projectWorth(0.5);
    world.projects.privateJpyM[id] = 10_000;
    progressIn(world, 0);
    expect(world.projects.status[id]).toBe(ProjectStatus.Active);
    progressIn(world, 1);
    expect(world.projects.count).toBe(0);
  });
});

describe('commitment: the firm\'s own share raises its effort', () => {
  it('the effort factor is 1 without own money and rises, bounded, with the own share', () => {
    const world = tinyWorld({ model: { progress: { effortBoostMax: 0.5, effortHalfShare: 0.25 } } });
    expect(effortFactor(world, 0)).toBe(1);
    expect(effortFactor(world, 0.25)).toBeCloseTo(1.25, 12);
    expect(effortFactor(world, 0.5)).toBeGreaterThan(effortFactor(world, 0.25));
    expect(effortFactor(world, 1)).toBeCloseTo(1 + 0.5 * (1 / 1.25), 12);
    expect(effortFactor(world, 1)).toBeLessThan(1.5);
  });

  it('on the same draws, more projects advance when their firms pay for them than when the public pays all', () => {
    // 400 identical projects; the public pays all of them (own share 0) or none (own share 1).
    const advanced = (publicCostShare: number) => {
      const input = {
        policy: { programme: { startQuarter: 0, lengthQuarters: 4, budgetPerRegionQuarterJpyM: 100_000, publicCostShare } },
        model: { progress: { advanceHazard: { jointResearch: 0.2, prototype: 0.2, commercialisation: 0.2 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } },
      };
      const world = tinyWorld(input);
      const university = place.university(world);
      for (let i = 0; i < 400; i++) project(world, university, place.sme(world, { cashJpyM: 1000, absorptive: ABSORPTIVE }), { seedQuality: QUALITY });
      ready(world);
      progressIn(world, 0);
      const ids: number[] = [];
      for (let id = 0; id < world.projects.count; id++) if (world.projects.stage[id] === Stage.Prototype) ids.push(world.projects.lead[id]);
      return ids;
    };
    const publicPaid = advanced(1);
    const ownPaid = advanced(0);
    // Base chance 0.2 × (0.5 + 0.5)² = 0.2; × 1.4 with the firm paying all at the default effort parameters.
    expect(publicPaid.length / 400).toBeCloseTo(0.2, 1);
    expect(ownPaid.length / 400).toBeCloseTo(0.28, 1);
    expect(ownPaid.length).toBeGreaterThan(publicPaid.length);
    // Common random numbers: every project that advanced on public money advances on the firm's own.
    expect(publicPaid.every((lead) => ownPaid.includes(lead))).toBe(true);
  });
});

describe('one economics: what a firm expects is what the market pays', () => {
  it('a project\'s valuation equals the discounted margin the market pays its product', () => {
    for (const coreInstitution of [{ enabled: false }, { enabled: true, revenueShare: 0.05 }]) {
      // A sure last stage (advance 1, fail 0), an exact product lifetime, a nationally selling firm.
      const input = {
        policy: { coreInstitution },
        model: {
          progress: { advanceHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } },
          market: { productRevenueJpyMPerQuarter: 6, productLifetimeSdShare: 0, productLifetimeQuarters: 24 },
          projects: { firmDiscountRatePerQuarter: 0.03 },
        },
      };
      const world = tinyWorld(input);
      const university = place.university(world);
      const firm = place.sme(world, { cashJpyM: 1000, absorptive: ABSORPTIVE, reach: Reach.National });
      link(world, university, firm, 0.8);
      const id = project(world, university, firm, { stage: Stage.Commercialization, seedQuality: QUALITY });
      ready(world);
      const chance = chanceOf(world, Stage.Commercialization);
      const expected = expectedProductValueJpyM(world, chance, Stage.Commercialization, QUALITY, false, 0, Reach.National);
      const product = productValueJpyM(world, QUALITY, false, 0, Reach.National);
      // Sure to launch this quarter: its expected value is the chance the firm judges × the product's value.
      expect(expected).toBeCloseTo(chance * product, 9);

      // The market's actual payments to the firm, discounted from the launch quarter.
      progressIn(world, 0);
      expect(world.projects.count).toBe(0);
      expect(world.products.count).toBe(1);
      expect(id).toBe(0);
      let discounted = 0;
      for (let q = 0; q < 30; q++) {
        const before = world.agents.cashJpyM[firm];
        marketPhase(world);
        discounted += (world.agents.cashJpyM[firm] - before) / (1 + 0.03) ** q;
      }
      expect(world.products.count).toBe(0);
      expect(discounted).toBeGreaterThan(0);
      expect(product).toBeCloseTo(discounted, 9);
    }
  });

  it('with a spread of lifetimes the value is the expectation over the lifetimes a launch draws', () => {
    // The expected annuity lies between those of the shortest and a long lifetime, and equals the
    // exact one when the spread is 0.
    const annuity = (sdShare: number) => tinyWorld({ model: { market: { productLifetimeSdShare: sdShare, productLifetimeQuarters: 24 } } }).derived.productLifetimeAnnuity;
    const delta = 1 / 1.02;
    expect(annuity(0)).toBeCloseTo((1 - delta ** 24) / (1 - delta), 12);
    // Concave in the lifetime: a spread lowers the expected annuity (Jensen), a little.
    expect(annuity(0.25)).toBeLessThan(annuity(0));
    expect(annuity(0.25)).toBeGreaterThan(0.95 * annuity(0));
  });
});

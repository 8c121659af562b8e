// Phase 6, finance, on tiny worlds: banks lend only what they have, and insolvent SMEs exit with
// their links, loans and projects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { Reach, Stage } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { financePhase } from '../../src/processes/finance.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { link, place, project, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

const lending = (loanApprovalThreshold: number) => ({ model: { finance: { loanApprovalThreshold, loanTermQuarters: 4 } } });
const lenient = lending(0);

/** Banks of `capacities` and `borrowers` cash-poor SMEs, each leading a commercialisation-stage project. */
function lendingWorld(capacities: number[], borrowers: number, seedHex?: string, threshold = 0, extra: TinyInput = {}) {
  const world = tinyWorld(deepMerge(lending(threshold), extra) as TinyInput, { seedHex });
  const university = place.university(world);
  const banks = capacities.map((capacityJpyM) => place.bank(world, { capacityJpyM, appraisalSkill: 1 }));
  const smes = Array.from({ length: borrowers }, (_, i) => {
    const sme = place.sme(world, { cashJpyM: 0, absorptive: 0.9 });
    link(world, sme, banks[i % banks.length], 0.8);
    project(world, university, sme, { stage: Stage.Commercialization, seedQuality: 0.9 });
    return sme;
  });
  ready(world);
  return { world, banks, smes };
}

function outstandingOf(world: World, bank: number): number {
  let sum = 0;
  for (let id = 0; id < world.loans.count; id++) if (world.loans.bank[id] === bank) sum += world.loans.outstandingJpyM[id];
  return sum;
}

describe('finance: lending', () => {
  it('a bank lends a year of commercialisation cost per project until its capacity runs out', () => {
    // A loan is 4 quarters × 12 = 48; capacity 100 covers two of five requests.
    const { world, banks, smes } = lendingWorld([100], 5);
    financePhase(world);
    expect(world.loans.count).toBe(2);
    expect(world.agents.lendableJpyM[banks[0]]).toBe(4);
    expect(outstandingOf(world, banks[0])).toBe(96);
    expect(smes.filter((s) => world.agents.creditJpyM[s] === 48)).toHaveLength(2);
    expect(world.ledger.loansIssuedJpyM).toBe(96);
    expect(world.quarterIndicators[world.regionCount * INDICATOR_COUNT + I.loansJpyM]).toBe(96);
  });

  it('never lends beyond capacity: money to lend never negative, loans within capacity, bank money conserved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (capacities, borrowers, seed) => {
          const { world, banks, smes } = lendingWorld(capacities, borrowers, seed.toString(16).padStart(16, '0'));
          for (let q = 0; q < 8; q++) {
            financePhase(world);
            // Borrowers spend their loans and get some cash back, so they ask again, repay, or fail.
            for (const s of smes) {
              world.agents.creditJpyM[s] = 0;
              world.agents.cashJpyM[s] += q % 3 === 0 ? 20 : 0;
            }
            banks.forEach((bank, b) => {
              expect(world.agents.lendableJpyM[bank]).toBeGreaterThanOrEqual(0);
              expect(outstandingOf(world, bank)).toBeLessThanOrEqual(capacities[b] + 1e-9);
            });
            const held = banks.reduce((sum, bank) => sum + world.agents.lendableJpyM[bank], 0);
            const capacity = capacities.reduce((a, b) => a + b, 0);
            expect(held).toBeCloseTo(capacity + world.ledger.loansRepaidJpyM - world.ledger.loansIssuedJpyM, 9);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('no loan for a project the bank judges too weak', () => {
    // Judged chance from the start (0.3 + 0.7 × 0.9)² ≈ 0.86, from the commercialisation stage ≈ 0.95,
    // seen without noise by a bank of skill 1, is short of 0.99.
    const { world } = lendingWorld([1000], 3, undefined, 0.99);
    financePhase(world);
    expect(world.loans.count).toBe(0);
  });

  it('no loan for a project the bank values below its remaining cost to the borrower (the firms\' own valuation)', () => {
    // A product that earns nothing: at any chance the project is worth less than what is left to pay.
    const { world } = lendingWorld([1000], 3, undefined, 0, { model: { market: { productRevenueJpyMPerQuarter: 0 } } });
    financePhase(world);
    expect(world.loans.count).toBe(0);
  });
});

describe('finance: exits', () => {
  it('an SME with negative cash exits: alive=0, links removed, loans written off, projects abandoned', () => {
    const world = tinyWorld(lenient);
    const university = place.university(world);
    const bank = place.bank(world, { capacityJpyM: 100 });
    const sme = place.sme(world, { cashJpyM: -1 });
    const healthy = place.sme(world, { cashJpyM: 0 });
    link(world, sme, university);
    link(world, sme, bank);
    link(world, sme, healthy);
    link(world, healthy, university);
    project(world, university, sme);
    project(world, university, healthy);
    world.loans.add(sme, bank, 40, 4);
    world.agents.lendableJpyM[bank] -= 40;
    ready(world);

    financePhase(world);

    expect(world.agents.alive[sme]).toBe(0);
    expect(world.agents.alive[healthy]).toBe(1);
    expect(world.agents.degree[sme]).toBe(0);
    expect(world.links.count).toBe(1); // healthy–university only
    expect(world.agents.degree[healthy]).toBe(1);
    expect(world.loans.count).toBe(0);
    expect(world.ledger.loansRepaidJpyM).toBe(0); // it had nothing to pay its instalment with
    expect(world.ledger.loansWrittenOffJpyM).toBe(40);
    expect(world.agents.lendableJpyM[bank]).toBe(60);
    expect(world.projects.count).toBe(1);
    expect(world.projects.lead[0]).toBe(healthy);
    expect(world.quarterIndicators[world.regionCount * INDICATOR_COUNT + I.abandonedProjects]).toBe(1);
    expect(world.ledger.exits).toBe(1);
    expect(world.ledger.exitedCashJpyM).toBe(-1);
  });

  it('a borrower short of its instalment pays what it has, defaults and exits; the rest is written off', () => {
    const world = tinyWorld(lenient);
    const bank = place.bank(world, { capacityJpyM: 100 });
    const short = place.sme(world, { cashJpyM: 3 });
    const able = place.sme(world, { cashJpyM: 10 });
    world.loans.add(short, bank, 40, 4); // instalment 10
    world.loans.add(able, bank, 40, 4);
    world.agents.lendableJpyM[bank] -= 80;
    ready(world);
    financePhase(world);
    expect(world.agents.alive[short]).toBe(0);
    expect(world.agents.alive[able]).toBe(1);
    expect(world.agents.cashJpyM[short]).toBe(0);
    expect(world.agents.cashJpyM[able]).toBe(0);
    // The bank receives the 3 the short borrower had and the able one's 10, never money nobody had.
    expect(world.agents.lendableJpyM[bank]).toBe(20 + 3 + 10);
    expect(world.ledger.loansRepaidJpyM).toBe(13);
    expect(world.ledger.loansWrittenOffJpyM).toBe(37);
    expect(world.loans.count).toBe(1);
    expect(world.loans.outstandingJpyM[0]).toBe(30);
  });

  it('an exited SME also leaves the projects it joined as a partner, so its reach no longer counts', () => {
    const world = tinyWorld();
    const university = place.university(world);
    const core = place.coreFirm(world, { cashJpyM: 1000 });
    const gone = place.sme(world, { cashJpyM: -1, reach: Reach.Global });
    const stays = place.sme(world, { cashJpyM: 5, reach: Reach.Local });
    const p = project(world, university, core);
    world.projects.addPartner(p, gone);
    world.projects.addPartner(p, stays);
    ready(world);
    financePhase(world);
    expect(world.projects.count).toBe(1);
    expect(world.projects.partnerCount[0]).toBe(1);
    expect(world.projects.partner(0, 0)).toBe(stays);
  });

  it('operating losses drive an SME out, operating profits keep it', () => {
    const world = tinyWorld({ model: { finance: { smeOperatingProfitJpyM: -2, smeProfitVolatilityJpyM: 0 } } });
    const poor = place.sme(world, { cashJpyM: 3 });
    const rich = place.sme(world, { cashJpyM: 100 });
    ready(world);
    financePhase(world);
    expect([world.agents.alive[poor], world.agents.alive[rich]]).toEqual([1, 1]);
    world.index.rebuild(world.agents);
    financePhase(world);
    expect([world.agents.alive[poor], world.agents.alive[rich]]).toEqual([0, 1]);
    expect(world.ledger.operatingProfitJpyM).toBe(-8);
  });
});

// Conservation over full runs of the baseline, a harsher variant and every policy lever on: money,
// revenue, agents, links and project stages are checked every quarter, from state the ledger does
// not own.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Account, ACCOUNT_COUNT, HolderKind } from '../../src/model/accounts.js';
import { I, type IndicatorName } from '../../src/model/indicators.js';
import { replicationSeed } from '../../src/rng/index.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { loadScenario, readScenarioDocument } from '../../src/scenario/load-scenario.js';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.js';
import { checkedRun, close, type RunRecord } from '../helpers/invariants.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const BASELINE = join(REPO_ROOT, 'scenarios/baseline.yaml');
const baseline = loadScenario(BASELINE).scenario;
/**
 * Harsher than the baseline, to exercise every money path: a short programme that starts late and
 * is too small for all projects (stalls, abandonment), volatile SMEs (exits, write-offs), eager banks.
 */
const harsh: Scenario = scenarioSchema.parse(deepMerge(readScenarioDocument(BASELINE).document, {
  name: 'harsh',
  horizonQuarters: 24,
  policy: { programme: { startQuarter: 2, lengthQuarters: 10, budgetPerRegionQuarterJpyM: 30 } },
  model: {
    finance: { smeProfitVolatilityJpyM: 8, loanApprovalThreshold: 0.2, loanTermQuarters: 4 },
    progress: { entrepreneursPerQuarter: 2, startupProbability: 0.6 },
  },
}));

/**
 * Every policy lever on at once, so each new money path (seed money, core institutions' funds,
 * bridging, taper, evaluation-scaled budgets, per-project public shares) is under the same checks.
 */
const allLevers: Scenario = scenarioSchema.parse(deepMerge(readScenarioDocument(BASELINE).document, {
  name: 'all-levers',
  horizonQuarters: 32,
  policy: {
    programme: { lengthQuarters: 8, budgetPerRegionQuarterJpyM: 60 },
    continuity: { renewals: 2, renewalLengthQuarters: 6, gapQuarters: 2, bridgingShare: 0.4, taperQuarters: 3, midTermEvaluation: { enabled: true, weight: 1, minScale: 0.3, maxScale: 1.7 } },
    wideArea: { meetingReach: 3, coordinatorNetwork: 0.3, salesPlatform: true },
    matchingFunds: { enabled: true, privateMatchPerPublicJpy: 0.5, seedMoneyJpyM: 4, eligibility: 'all' },
    externalTalent: { coordinatorsPerRegionYear: 2, entrepreneursPerRegionYear: 3, coordinatorSkill: 0.8, stayQuarters: 6, trainingSkillGrowth: 2 },
    bankHub: { enabled: true, introductionsPerBankQuarter: 2 },
    projectManager: { perRegion: 1, projectsEach: 4, advanceBoost: 0.5 },
    coreInstitution: { enabled: true, revenueShare: 0.05, coordinatorCostJpyMPerQuarter: 2 },
    coreFirmSupport: { enabled: true, publicCostShare: 0.4, supplierJoinBoost: 0.5 },
    ventures: { startupGrantJpyM: 2, fundPerRegionJpyM: 200, returnRequirement: 1 },
    publicInstitutes: { extraSupportsPerInstituteQuarter: 2, costJpyMPerSupport: 0.5 },
  },
  // Founders with little money of their own, so grants and venture money are needed.
  model: { finance: { smeProfitVolatilityJpyM: 6, startupInitialCashJpyM: 5 }, progress: { entrepreneursPerQuarter: 1 } },
}));

function expectClose(actual: number, expected: number, what: string, relative = 1e-6): void {
  expect(close(actual, expected, relative), `${what}: ${actual} vs ${expected}`).toBe(true);
}

function sumColumn(totals: Float64Array[], column: number): number {
  return totals.reduce((sum, row) => sum + row[column], 0);
}

describe.each([
  ['baseline', baseline, 3],
  ['harsh variant', harsh, 2],
  ['every policy lever on', allLevers, 2],
])('conservation over full runs: %s', (_name, scenario, replications) => {
  let runs: RunRecord[] = [];
  beforeAll(() => {
    runs = Array.from({ length: replications }, (_, rep) => checkedRun(scenario, replicationSeed(scenario.seed, rep)));
  });

  it('every quarter: budgets, flows by region, agents, links, bank capacity, cash identities, project stages and charges', () => {
    for (const { violations } of runs) expect(violations).toEqual([]);
  });

  it('money spent by source equals what was charged to projects, and what the indicators report', () => {
    for (const { world, totals } of runs) {
      const { ledger: L, projects } = world;
      const live = { publicJpyM: 0, privateJpyM: 0, loanJpyM: 0 };
      for (let id = 0; id < projects.count; id++) {
        live.publicJpyM += projects.publicJpyM[id];
        live.privateJpyM += projects.privateJpyM[id];
        live.loanJpyM += projects.loanJpyM[id];
      }
      expectClose(L.projectPublicJpyM, projects.retired.publicJpyM + live.publicJpyM, 'public charged');
      expectClose(L.privateSpendJpyM, projects.retired.privateJpyM + live.privateJpyM, 'private charged');
      expectClose(L.loanSpendJpyM, projects.retired.loanJpyM + live.loanJpyM, 'loan money charged');
      // Public spend reported: charged to projects (from budgets or core institutions' funds), seed
      // money, and every other instrument the budget or a fund paid (pooling moves money, it is not spend).
      const publicPaid = (account: number) => L.paid(HolderKind.Budget, account) + L.paid(HolderKind.Fund, account);
      expectClose(publicPaid(Account.Projects), L.projectPublicJpyM, 'public money charged to projects');
      expectClose(sumColumn(totals, I.publicSpendJpyM), L.paidBy(HolderKind.Budget) + L.paidBy(HolderKind.Fund) - L.paid(HolderKind.Budget, Account.Pool), 'public spend reported');
      // Public spend by instrument: each column is its accounts' public payments.
      const byInstrument: [IndicatorName, number[]][] = [
        ['publicSpendProjectsJpyM', [Account.Projects, Account.SeedMoney, Account.StartupGrant]], ['publicSpendCoordinatorsJpyM', [Account.Coordinators]],
        ['publicSpendTalentJpyM', [Account.Talent]], ['publicSpendManagersJpyM', [Account.Managers]], ['publicSpendPlatformJpyM', [Account.Platform]],
        ['publicSpendResearchersJpyM', [Account.Researchers]], ['publicSpendOtherJpyM', [Account.Training, Account.BankHub, Account.Institutes]],
      ];
      for (const [name, accounts] of byInstrument) expectClose(sumColumn(totals, I[name]), accounts.reduce((sum, a) => sum + publicPaid(a), 0), name);
      expectClose(sumColumn(totals, I.localGovernmentSpendJpyM), L.paid(HolderKind.LocalGovernment, Account.LocalCoordinators), 'local government spend');
      expectClose(sumColumn(totals, I.budgetAvailableJpyM), L.budgetGrantedJpyM, 'budget available');
      expectClose(sumColumn(totals, I.budgetSpentJpyM), L.paidBy(HolderKind.Budget) - L.paid(HolderKind.Budget, Account.Pool), 'budget spent');
      // Refunds of unspent seed money leave firms for the programme's treasury: not spend, and never more than was paid.
      expect(L.paid(HolderKind.Cash, Account.SeedMoneyRefund)).toBeLessThanOrEqual(L.received(HolderKind.Cash, Account.SeedMoney) + 1e-9);
      expect(ACCOUNT_COUNT).toBe(16); // a new account must be added to the lists above
      // Venture money: what the funds paid is what start-ups received, and what the indicator reports.
      expectClose(sumColumn(totals, I.ventureInvestmentJpyM), L.paid(HolderKind.VentureFund, Account.VentureInvestment), 'venture investment reported');
      expectClose(L.received(HolderKind.Cash, Account.VentureInvestment), L.paid(HolderKind.VentureFund, Account.VentureInvestment), 'venture money received by start-ups');
      // Commercialisations are the Knowledge Cluster table's sum of its three parts.
      expectClose(sumColumn(totals, I.commercializations), sumColumn(totals, I.prototypes) + sumColumn(totals, I.products) + sumColumn(totals, I.startups), 'commercialisations = prototypes + products + start-ups');
      // The indicator's private spend is the firms' whole share, whether from cash or loan proceeds.
      expectClose(sumColumn(totals, I.privateSpendJpyM), L.privateSpendJpyM + L.loanSpendJpyM, 'private spend reported');
      expectClose(sumColumn(totals, I.loansJpyM), L.loansIssuedJpyM, 'loans reported');
      expect(L.projectPublicJpyM).toBeGreaterThan(0);
      expect(L.privateSpendJpyM).toBeGreaterThan(0);
    }
  });

  it('core institutions\' funds and seed money: every yen in is accounted for', () => {
    for (const { world } of runs) {
      const L = world.ledger;
      const levers = scenario.policy.coreInstitution.enabled;
      // Public money went only to projects, seed grants and (through funds) coordinators.
      expect(L.fundToProjectsJpyM).toBeLessThanOrEqual(L.projectPublicJpyM);
      if (levers) {
        expect(L.seedGrantsJpyM).toBeGreaterThan(0);
        expect(L.fundPooledJpyM).toBeGreaterThan(0);
        expect(L.fundRevenueJpyM).toBeGreaterThan(0);
        expect(L.fundToProjectsJpyM + L.fundToCoordinatorsJpyM).toBeGreaterThan(0);
      } else {
        expect([L.seedGrantsJpyM, L.fundPooledJpyM, L.fundRevenueJpyM, L.fundToProjectsJpyM, L.fundToCoordinatorsJpyM]).toEqual([0, 0, 0, 0, 0]);
      }
    }
  });

  it('every instrument the scenario uses is paid for, and research employs researchers while the programme pays', () => {
    for (const { world, totals } of runs) {
      const p = scenario.policy;
      expect(sumColumn(totals, I.publicSpendCoordinatorsJpyM)).toBeGreaterThan(0);
      expect(sumColumn(totals, I.publicSpendResearchersJpyM)).toBeGreaterThan(0);
      expect(sumColumn(totals, I.localGovernmentSpendJpyM)).toBeGreaterThan(0);
      expect(Math.max(...totals.map((row) => row[I.researchersEmployed]))).toBeGreaterThan(0);
      const levers: [IndicatorName, boolean][] = [
        ['publicSpendTalentJpyM', p.externalTalent.coordinatorsPerRegionYear + p.externalTalent.entrepreneursPerRegionYear > 0],
        ['publicSpendManagersJpyM', p.projectManager.perRegion > 0],
        ['publicSpendPlatformJpyM', p.wideArea.salesPlatform],
        ['publicSpendOtherJpyM', p.bankHub.enabled || p.externalTalent.trainingSkillGrowth !== 1 || p.publicInstitutes.extraSupportsPerInstituteQuarter > 0],
        ['ventureInvestmentJpyM', p.ventures.fundPerRegionJpyM > 0],
      ];
      for (const [name, on] of levers) {
        if (on) expect(sumColumn(totals, I[name]), name).toBeGreaterThan(0);
        else expect(sumColumn(totals, I[name]), name).toBe(0);
      }
      expect(world.ledger.budgetGrantedJpyM).toBeGreaterThan(0);
    }
  });

  it('revenue credited to firms equals revenue reported', () => {
    for (const { world, totals } of runs) {
      const L = world.ledger;
      expect(L.revenueJpyM).toBeGreaterThan(0);
      expectClose(sumColumn(totals, I.revenueJpyM), L.revenueJpyM, 'revenue reported');
      expectClose(L.revenueCashJpyM, L.revenueJpyM * world.params.market.profitMargin, 'revenue kept as cash');
    }
  });

  it('agents: the initial count is the scenario\'s, and births include every start-up', () => {
    const initial = scenario.regions.reduce((n, r) => n + r.agents.universities + r.agents.publicInstitutes + r.agents.smes + r.agents.coreFirms + r.agents.banks + r.agents.localCoordinators, 0);
    for (const { world, startupsTotal } of runs) {
      expect(world.ledger.agentsInitial).toBe(initial);
      expect(world.ledger.births).toBeGreaterThanOrEqual(startupsTotal);
      expect(world.ledger.exits).toBeGreaterThan(0);
    }
  });
});

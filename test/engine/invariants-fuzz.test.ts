// The per-quarter invariants over many small random scenarios with extreme but valid parameters
// (floors of 0, total decay or damage, free or costly projects, no or endless money, every policy
// lever off or at its extremes), where edge cases show up that the baseline never reaches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replicationSeed } from '../../src/rng/index.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { checkedRun } from '../helpers/invariants.js';

const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const agents = fc.record({
  universities: fc.integer({ min: 0, max: 3 }),
  publicInstitutes: fc.integer({ min: 0, max: 2 }),
  smes: fc.integer({ min: 0, max: 40 }),
  coreFirms: fc.integer({ min: 0, max: 2 }),
  banks: fc.integer({ min: 0, max: 2 }),
  programmeCoordinators: fc.integer({ min: 0, max: 2 }),
  localCoordinators: fc.integer({ min: 0, max: 2 }),
});

const region = fc.record({
  block: pick('north', 'south'),
  academicPotential: pick(0, 0.5, 1),
  industrialPotential: pick(0, 0.5, 1),
  marketAccess: pick(0, 0.5, 1),
  talentSupply: pick(0, 0.5, 1),
  fields: pick({ food: 1 }, { devices: 1, medical: 1 }, { it: 0.2, bio: 0.8 }),
  agents,
});

const scenarioInput = fc.record({
  regions: fc.array(region, { minLength: 1, maxLength: 3 }),
  policy: fc.record({
    programme: fc.record({
      startQuarter: pick(0, 3),
      lengthQuarters: pick(0, 4, 12),
      budgetPerRegionQuarterJpyM: pick(0, 10, 10_000),
      publicCostShare: pick(0, 0.7, 1),
    }),
    // Every lever, off or at its extremes, so their money paths meet the edge cases too.
    continuity: fc.record({
      renewals: pick(0, 2),
      renewalLengthQuarters: pick(1, 3),
      gapQuarters: pick(0, 2),
      bridgingShare: pick(0, 0.5, 1),
      taperQuarters: pick(0, 2, 20),
      midTermEvaluation: fc.record({ enabled: fc.boolean(), weight: pick(0, 1, 10), minScale: pick(0, 0.5), maxScale: pick(1, 3) }),
    }),
    wideArea: fc.record({ meetingReach: pick(0, 1, 50), coordinatorNetwork: pick(0, 1), salesPlatform: fc.boolean() }),
    matchingFunds: fc.record({
      enabled: fc.boolean(),
      privateMatchPerPublicJpy: pick(0, 1, 100),
      seedMoneyJpyM: pick(0, 5, 10_000),
      eligibility: pick('all', 'smes', 'coreFirms'),
    }),
    externalTalent: fc.record({
      coordinatorsPerRegionYear: pick(0, 8),
      entrepreneursPerRegionYear: pick(0, 8),
      coordinatorSkill: pick(0, 1),
      stayQuarters: pick(1, 6),
      trainingSkillGrowth: pick(0, 1, 100),
    }),
    bankHub: fc.record({ enabled: fc.boolean(), introductionsPerBankQuarter: pick(0, 5) }),
    projectManager: fc.record({ perRegion: pick(0, 2), projectsEach: pick(0, 3), advanceBoost: pick(0, 10) }),
    coreInstitution: fc.record({ enabled: fc.boolean(), revenueShare: pick(0, 0.1, 1), coordinatorCostJpyMPerQuarter: pick(0, 3) }),
    coreFirmSupport: fc.record({ enabled: fc.boolean(), publicCostShare: pick(0, 0.5, 1), supplierJoinBoost: pick(0, 1) }),
  }),
  model: fc.record({
    research: fc.record({
      seedsPerResearcherQuarter: pick(0.012, 0.2),
      seedLifetimeQuarters: pick(1, 16),
      seedPatentProbability: pick(0, 1),
      seedQualitySd: pick(0, 1),
      seedQualityFloor: pick(0, 0.02, 1),
      researchersLogSd: pick(0, 0.4, 3),
      researchQualityAtZeroPotential: pick(0, 1),
      researchQualityPerAcademicPotential: pick(0, 1),
      researchQualitySd: pick(0, 1),
      researchQualityFloor: pick(0, 1),
    }),
    meeting: fc.record({
      introductionsPerCoordinatorQuarter: pick(0, 5),
      linkThreshold: pick(0, 0.2, 1),
      newLinkStrength: pick(0, 0.5, 1),
      smeSpontaneousRate: pick(0, 0.5),
      coreFirmSpontaneousRate: pick(0, 1),
      industryMeetingRate: pick(0, 0.5),
      crossRegionShare: pick(0, 1),
      triadicClosureRate: pick(0, 0.5),
      coordinatorSameFieldShare: pick(0, 1),
      firmPairAbsorptiveBonus: pick(0, 0.5, 10),
    }),
    projects: fc.record({
      costPerQuarterJpyM: fc.record({ jointResearch: pick(0, 4), prototype: pick(0, 8, 80), commercialisation: pick(0, 12) }),
      seedFitMin: pick(0, 0.3),
      firmDiscountRatePerQuarter: pick(0, 0.02, 1),
      cashReserveQuarters: pick(0, 4),
      maxActiveProjectsSme: pick(0, 1, 3),
      maxPartners: pick(0, 3),
      supplierJoinProbability: pick(0, 1),
      judgedChanceFloor: pick(0, 0.3, 1),
    }),
    progress: fc.record({
      advanceHazard: fc.record({ jointResearch: pick(0, 0.2, 1), prototype: pick(0.09, 1), commercialisation: pick(0.14, 1) }),
      failHazard: fc.record({ jointResearch: pick(0, 0.02, 1), prototype: pick(0, 0.05), commercialisation: pick(0, 0.04) }),
      stallAbandonQuarters: pick(1, 4),
      abandonLinkDamage: pick(0, 0.5, 1),
      startupProbability: pick(0, 1),
      entrepreneursPerQuarter: pick(0, 3),
      advanceShapeOffset: pick(0, 0.5, 10),
      failShapeOffset: pick(1, 1.5, 10),
      startupAbsorptiveFloor: pick(0, 1),
      startupUniversityLinkStrength: pick(0, 1),
      startupLeadLinkStrength: pick(0, 1),
      effortBoostMax: pick(0, 0.5, 100),
      effortHalfShare: pick(0, 0.25, 10),
    }),
    finance: fc.record({
      smeInitialCashJpyM: pick(0, 30),
      smeOperatingProfitJpyM: pick(-5, 0.6),
      smeProfitVolatilityJpyM: pick(0, 10),
      bankCapacityJpyM: pick(0, 50, 1500),
      loanApprovalThreshold: pick(0, 0.35, 1),
      loanTermQuarters: pick(1, 12),
      bankClientShare: pick(0, 1),
      smeInitialCashLogSd: pick(0, 3),
      coreFirmCashLogSd: pick(0, 3),
      bankAppraisalSkillSd: pick(0, 1),
      appraisalNoiseSdAtSkill0: pick(0, 10),
      loanPrincipalQuarters: pick(0, 4, 100),
      loanCashCoverQuarters: pick(0, 2, 100),
    }),
    market: fc.record({
      productRevenueJpyMPerQuarter: pick(0, 6, 10_000),
      productLifetimeSdShare: pick(0, 0.25, 5),
      productLifetimeMinQuarters: pick(1, 4, 1000),
      sellingRiskToleranceGain: pick(0, 1),
    }),
    firms: fc.record({
      smeAbsorptiveLogSd: pick(0, 3),
      smeAbsorptiveCapacityFloor: pick(0, 1),
      coreFirmAbsorptiveSd: pick(0, 1),
      smeRiskToleranceSd: pick(0, 1),
      coreFirmRiskTolerance: pick(0, 1),
      coreFirmRiskToleranceSd: pick(0, 1),
      coreFirmGlobalReachShare: pick(0, 1),
      // Min above max is allowed: the strength is then drawn between them the other way round.
      initialLinkStrengthMin: pick(0, 0.6, 1),
      initialLinkStrengthMax: pick(0, 1),
      instituteIndustryOrientation: pick(0, 1),
    }),
    learning: fc.record({
      linkDecay: fc.record({ academiaIndustry: pick(0, 0.1, 1), industryIndustry: pick(0, 1), finance: pick(0, 1), coordination: pick(0, 1) }),
      linkReinforcement: pick(0, 1),
      linkFloor: pick(0, 0.1, 0.9),
      localCoordinatorTenureQuarters: pick(1, 12),
      coordinatorInitialSkillSd: pick(0, 1),
      coordinatorSkillFloor: pick(0, 1),
    }),
  }),
});

describe('invariants under random small scenarios', () => {
  it('hold every quarter, whatever valid parameters', () => {
    fc.assert(
      fc.property(scenarioInput, fc.integer({ min: 0, max: 1000 }), (input, replication) => {
        const scenario = scenarioSchema.parse({
          name: 'fuzz',
          horizonQuarters: 12,
          ...input,
          regions: input.regions.map((r, i) => ({ id: `r${i}`, ...r })),
        });
        const { violations } = checkedRun(scenario, replicationSeed(7, replication));
        expect(violations).toEqual([]);
      }),
      // More runs for a bug hunt: CLUSTERSIM_FUZZ_RUNS=5000 npx vitest run test/engine/invariants-fuzz.test.ts
      { numRuns: Number(process.env.CLUSTERSIM_FUZZ_RUNS ?? 100) },
    );
  }, 600_000);
});

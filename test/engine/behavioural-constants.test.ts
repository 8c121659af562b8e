// Behavioural constants are scenario fields (issue 16, item 6): each one the schema declares must
// reach the model. Moved out of the code with defaults equal to the old literals, every field is
// checked here to change a run when set away from its default, so a field the code forgot to read
// (a literal left behind) fails; the defaults themselves are proved unchanged by `npm run fingerprint`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/engine/simulate.js';
import { deriveParameters } from '../../src/model/derived-parameters.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const { scenario: shipped } = loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml'));
/**
 * The baseline with products five times as lucrative: at the default economics few SMEs find a
 * project worth their share, so SME loans and start-ups are too rare for a few replications to show
 * every field; here they are common.
 */
const baseline: Scenario = { ...shipped, model: { ...shipped.model, market: { ...shipped.model.market, productRevenueJpyMPerQuarter: 5 * shipped.model.market.productRevenueJpyMPerQuarter } } };
type Section = Exclude<keyof Scenario['model'], 'observation'>;

/** Each moved constant, with a value away from its default. */
const MOVED: [Section, string, number][] = [
  ['research', 'seedQualitySd', 0.4],
  ['research', 'seedQualityFloor', 0.5],
  ['research', 'researchersLogSd', 1],
  ['research', 'researchQualityAtZeroPotential', 0.1],
  ['research', 'researchQualityPerAcademicPotential', 0.2],
  ['research', 'researchQualitySd', 0.3],
  ['research', 'researchQualityFloor', 0.6],
  ['meeting', 'coordinatorSameFieldShare', 0.1],
  ['meeting', 'firmPairAbsorptiveBonus', 0],
  ['projects', 'judgedChanceFloor', 0],
  ['progress', 'advanceShapeOffset', 1],
  ['progress', 'failShapeOffset', 3],
  ['progress', 'startupAbsorptiveFloor', 1],
  ['progress', 'startupUniversityLinkStrength', 0.15],
  ['progress', 'startupLeadLinkStrength', 0.15],
  ['finance', 'smeInitialCashLogSd', 2],
  ['finance', 'coreFirmCashLogSd', 2],
  ['finance', 'bankAppraisalSkillSd', 1],
  ['finance', 'appraisalNoiseSdAtSkill0', 2],
  ['finance', 'loanPrincipalQuarters', 12],
  ['finance', 'loanCashCoverQuarters', 50],
  ['market', 'productLifetimeSdShare', 1],
  ['market', 'productLifetimeMinQuarters', 30],
  ['market', 'sellingRiskToleranceGain', 0.5],
  ['firms', 'smeAbsorptiveLogSd', 1.5],
  ['firms', 'smeAbsorptiveCapacityFloor', 0.3],
  ['firms', 'coreFirmAbsorptiveSd', 0.3],
  ['firms', 'smeRiskToleranceSd', 0.4],
  ['firms', 'coreFirmRiskTolerance', 0.2],
  ['firms', 'coreFirmRiskToleranceSd', 0.4],
  ['firms', 'coreFirmGlobalReachShare', 0],
  ['firms', 'initialLinkStrengthMin', 0.2],
  ['firms', 'initialLinkStrengthMax', 0.7],
  ['firms', 'instituteIndustryOrientation', 0.1],
  ['learning', 'coordinatorInitialSkillSd', 0.4],
  ['learning', 'coordinatorSkillFloor', 0.9],
  ['projects', 'firmDiscountRatePerQuarter', 0.1],
  ['progress', 'effortBoostMax', 3],
  ['progress', 'effortHalfShare', 2],
  // Start-ups and business leads: the baseline has local founders only (external ones are tested on
  // tiny worlds, test/processes/startup-founding.test.ts).
  ['startups', 'localLeadAdvanceBoost', 3],
  ['startups', 'localLeadReachGain', 2],
  // The actors the reviews name (issue 17).
  ['meeting', 'reputationWeight', 20],
  ['market', 'coreFirmChannelCapacity', 0],
  ['market', 'tradingPartnerChannelCapacity', 6],
  ['institutes', 'supportsPerInstituteQuarter', 10],
  ['institutes', 'absorptiveGain', 0.5],
  ['institutes', 'advanceBoost', 3],
  ['institutes', 'introductionProbability', 1],
  ['institutes', 'introductionFitBonus', 3],
  ['institutes', 'clientShare', 1],
  ['institutes', 'sameFieldShare', 0],
  ['needs', 'postProbabilityPerQuarter', 1],
  ['needs', 'lifetimeQuarters', 20],
];

function withParameter(section: Section, key: string, value: number): Scenario {
  const params = baseline.model[section] as Record<string, unknown>;
  expect(params[key], `${section}.${key} is a scenario field`).toBeTypeOf('number');
  return { ...baseline, model: { ...baseline.model, [section]: { ...params, [key]: value } } };
}

/** Every indicator and summary value, and the hubs (their constraint weighs link strengths). */
function outputs(scenario: Scenario, replication: number): string[] {
  const result = simulateReplication(scenario, replication, 5);
  return [...result.timeseries, ...result.summary].map(String).concat(JSON.stringify(result.network.hubs));
}

/**
 * Replications tried per field (4 unless listed). Banks' appraisal skill moves a loan decision only
 * when a noisy estimate falls near the approval threshold, which few replications show since
 * start-ups are founded with the money for their expected own cost (they rarely borrow).
 */
const REPLICATIONS_FOR: Partial<Record<string, number>> = { bankAppraisalSkillSd: 8 };

describe('behavioural constants in the schema', () => {
  const reference: string[][] = [];
  const referenceOf = (replication: number) => (reference[replication] ??= outputs(baseline, replication));

  it.each(MOVED)('model.%s.%s reaches the model', (section, key, value) => {
    expect(value).not.toBe((baseline.model[section] as Record<string, number>)[key]);
    const replications = Array.from({ length: REPLICATIONS_FOR[key] ?? 4 }, (_, r) => r);
    const changed = replications.some((replication) => {
      const values = outputs(withParameter(section, key, value), replication);
      return values.some((v, i) => v !== referenceOf(replication)[i]);
    });
    expect(changed).toBe(true);
  });

  it('derives the lognormal mean corrections and the judged-chance slope as the literals the model used', () => {
    const derived = deriveParameters(baseline.model);
    // exp(N(0, σ) − σ²/2) has mean 1: σ = 0.4 gave −0.08 and σ = 0.5 gave −0.125 in the code.
    expect(derived.researchersLogMeanCorrection).toBe(0.08);
    expect(derived.smeAbsorptiveLogMeanCorrection).toBe(0.125);
    expect(derived.coreFirmCashLogMeanCorrection).toBe(0.125);
    expect(derived.judgedChanceSlope).toBe(0.7);
  });
});

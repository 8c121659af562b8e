// Creating agents, at the start and as births during a run (start-ups, arriving coordinators),
// so both follow the same rules for profiles and attributes.
import type { RandomStream } from '../rng/index.js';
import type { Scenario } from '../scenario/schema.js';
import { clamp, clamp01 } from './math.js';
import type { World } from './world.js';
import { AgentKind, FIELD_COUNT, FIELDS, Reach } from './vocabulary.js';

/** Significant digits the normalised field weights are rounded to (see relativeWeights). */
const WEIGHT_DIGITS = 12;

/**
 * A region's field weights as shares summing to 1: the schema's weights are relative, so scaling them
 * all (×100, ×1e155) must change nothing. Divided by the largest first, so no sum or square overflows;
 * then by their sum, and rounded to WEIGHT_DIGITS significant digits, so weights written to sum to 1
 * come out exactly as written and a scaled copy gives the very same shares (not shares an ulp apart).
 */
export function relativeWeights(written: readonly number[]): number[] {
  const largest = Math.max(...written);
  const scaled = written.map((w) => w / largest);
  const total = scaled.reduce((sum, w) => sum + w, 0);
  return scaled.map((w) => Number((w / total).toPrecision(WEIGHT_DIGITS)));
}

/** Field weights of each region as a dense array (FIELD_COUNT per region): computed once per world (`world.regionFieldWeights`). */
export function regionFieldWeights(scenario: Scenario): Float64Array {
  const weights = new Float64Array(scenario.regions.length * FIELD_COUNT);
  scenario.regions.forEach((region, r) => {
    weights.set(relativeWeights(FIELDS.map((field) => region.fields[field] ?? 0)), r * FIELD_COUNT);
  });
  return weights;
}

/**
 * Gives an agent a main field (drawn from the region's fields, or `mainField` if given) and a
 * unit-length profile concentrated on it, with some weight on the region's other fields.
 */
export function assignProfile(world: World, id: number, rng: RandomStream, mainField = -1): void {
  const weights = world.regionFieldWeights;
  const r = world.agents.region[id];
  const offset = r * FIELD_COUNT;
  let field = mainField;
  if (field < 0) {
    let total = 0;
    for (let f = 0; f < FIELD_COUNT; f++) total += weights[offset + f];
    let pick = rng.uniform() * total;
    field = FIELD_COUNT - 1;
    for (let f = 0; f < FIELD_COUNT; f++) {
      pick -= weights[offset + f];
      if (pick < 0) {
        field = f;
        break;
      }
    }
  }
  const agents = world.agents;
  agents.mainField[id] = field;
  const concentration = world.params.firms.fieldConcentration;
  const base = id * FIELD_COUNT;
  let norm = 0;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const v = (f === field ? concentration : 0) + weights[offset + f] * rng.uniform();
    agents.profile[base + f] = v;
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  for (let f = 0; f < FIELD_COUNT; f++) agents.profile[base + f] /= norm;
}

export function addAcademic(world: World, region: number, kind: number, rng: RandomStream, mainField = -1): number {
  const p = world.params;
  const spec = world.scenario.regions[region];
  const id = world.agents.add(kind, region);
  const institute = kind === AgentKind.PublicInstitute;
  const mean = institute ? p.research.researchersPerInstitute : p.research.researchersPerUniversity;
  const research = p.research;
  world.agents.researchers[id] = mean * (0.5 + spec.academicPotential) * Math.exp(rng.normal(0, research.researchersLogSd) - world.derived.researchersLogMeanCorrection);
  world.agents.researchQuality[id] = clamp(
    rng.normal(research.researchQualityAtZeroPotential + research.researchQualityPerAcademicPotential * spec.academicPotential, research.researchQualitySd),
    research.researchQualityFloor,
    1,
  );
  world.agents.industryOrientation[id] = institute ? p.firms.instituteIndustryOrientation : p.firms.universityIndustryOrientation;
  assignProfile(world, id, rng, mainField);
  return id;
}

export function addSme(world: World, region: number, rng: RandomStream, cashJpyM: number, mainField = -1): number {
  const firms = world.params.firms;
  const spec = world.scenario.regions[region];
  const agents = world.agents;
  const id = agents.add(AgentKind.Sme, region);
  const lognormalFactor = Math.exp(rng.normal(0, firms.smeAbsorptiveLogSd) - world.derived.smeAbsorptiveLogMeanCorrection);
  agents.absorptive[id] = clamp(firms.smeAbsorptiveCapacity * (0.5 + spec.industrialPotential) * lognormalFactor, firms.smeAbsorptiveCapacityFloor, 1);
  agents.cashJpyM[id] = cashJpyM;
  agents.riskTolerance[id] = clamp01(rng.normal(firms.smeRiskTolerance, firms.smeRiskToleranceSd));
  const u = rng.uniform();
  agents.reach[id] = u < firms.smeGlobalReachShare ? Reach.Global : u < firms.smeGlobalReachShare + firms.smeNationalReachShare ? Reach.National : Reach.Local;
  assignProfile(world, id, rng, mainField);
  return id;
}

export function addCoreFirm(world: World, region: number, rng: RandomStream, mainField = -1): number {
  const p = world.params;
  const spec = world.scenario.regions[region];
  const agents = world.agents;
  const id = agents.add(AgentKind.CoreFirm, region);
  agents.absorptive[id] = clamp01(rng.normal(p.firms.coreFirmAbsorptiveCapacity, p.firms.coreFirmAbsorptiveSd));
  agents.cashJpyM[id] = p.finance.coreFirmInitialCashJpyM * (0.5 + spec.industrialPotential) * Math.exp(rng.normal(0, p.finance.coreFirmCashLogSd) - world.derived.coreFirmCashLogMeanCorrection);
  agents.riskTolerance[id] = clamp01(rng.normal(p.firms.coreFirmRiskTolerance, p.firms.coreFirmRiskToleranceSd));
  agents.reach[id] = rng.bernoulli(p.firms.coreFirmGlobalReachShare) ? Reach.Global : Reach.National;
  assignProfile(world, id, rng, mainField);
  return id;
}

export function addBank(world: World, region: number, rng: RandomStream, mainField = -1): number {
  const f = world.params.finance;
  const agents = world.agents;
  const id = agents.add(AgentKind.Bank, region);
  agents.lendingCapacityJpyM[id] = f.bankCapacityJpyM;
  agents.lendableJpyM[id] = f.bankCapacityJpyM;
  agents.appraisalSkill[id] = clamp01(rng.normal(f.bankAppraisalSkill, f.bankAppraisalSkillSd));
  assignProfile(world, id, rng, mainField);
  return id;
}

/** A coordinator of `payer`; `tenureQuarters` -1 means no rotation. */
export function addCoordinator(world: World, region: number, rng: RandomStream, payer: number, skill: number, tenureQuarters: number, mainField = -1): number {
  const agents = world.agents;
  const id = agents.add(AgentKind.Coordinator, region);
  agents.coordinatorSkill[id] = clamp(skill, world.params.learning.coordinatorSkillFloor, 1);
  agents.payer[id] = payer;
  agents.tenureQuarters[id] = tenureQuarters;
  assignProfile(world, id, rng, mainField);
  return id;
}

/** Skill of a coordinator hired locally: better where talent is plentiful. */
export function localCoordinatorSkill(world: World, region: number, rng: RandomStream): number {
  const talent = world.scenario.regions[region].talentSupply;
  const l = world.params.learning;
  return clamp01(rng.normal(l.coordinatorInitialSkill * (0.5 + talent), l.coordinatorInitialSkillSd));
}

/** Lognormal draw with the given median. */
export function lognormal(rng: RandomStream, median: number, sigma: number): number {
  return median * Math.exp(rng.normal(0, sigma));
}

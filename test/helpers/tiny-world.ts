// The one builder of tiny hand-made worlds for process tests: a scenario through the real schema
// with no agents, then agents, links, seeds, projects and loans placed by hand with exact attributes.
import { addAcademic, addBank, addCoordinator, addCoreFirm, addSme } from '../../src/model/agent-factory.js';
import { emptyWorld, type World } from '../../src/model/world.js';
import { compileFundingSchedule } from '../../src/policy/funding-schedule.js';
import { linkTypeFor } from '../../src/model/link-rules.js';
import { projectPublicShare } from '../../src/policy/public-share.js';
import { AgentKind, FIELD_COUNT, FIELDS, Payer, type Field } from '../../src/model/vocabulary.js';
import { deepMerge, type Json } from '../../src/scenario/deep-merge.js';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.js';

/** Overrides of the tiny scenario, written as in a scenario file (merged key by key). */
export type TinyInput = { [key: string]: Json };

/** Quarterly revenue of a tiny world's products: high enough that no project's value decision binds. */
export const TINY_PRODUCT_REVENUE_JPYM = 10_000;

const NO_AGENTS = { universities: 0, publicInstitutes: 0, smes: 0, coreFirms: 0, banks: 0, programmeCoordinators: 0, localCoordinators: 0 };

/**
 * A validated scenario with `regions` regions of no agents, and every process quiet unless a test
 * turns it on: no programme money, no spontaneous meetings, no triadic closure, no operating profit noise,
 * and products so lucrative (TINY_PRODUCT_REVENUE_JPYM) that every firm finds every project worth
 * starting and going on with, unless a test sets the revenue to test that decision. Projects cost
 * 4 / 8 / 12 million yen a quarter by stage (TINY_STAGE_COSTS_JPYM), round numbers the tests' arithmetic uses.
 */
/** Stage costs of tiny worlds, million yen per quarter. */
export const TINY_STAGE_COSTS_JPYM = { jointResearch: 4, prototype: 8, commercialisation: 12 };

export function tinyScenario(overrides: TinyInput = {}, regions = 1): Scenario {
  const base: TinyInput = {
    name: 'tiny',
    horizonQuarters: 4,
    replications: 1,
    regions: Array.from({ length: regions }, (_, r) => ({ id: `r${r}`, block: `b${r}`, fields: { food: 1, materials: 1 }, agents: NO_AGENTS })),
    policy: { programme: { lengthQuarters: 0, budgetPerRegionQuarterJpyM: 0 } },
    model: {
      meeting: { smeSpontaneousRate: 0, coreFirmSpontaneousRate: 0, industryMeetingRate: 0, triadicClosureRate: 0 },
      finance: { smeOperatingProfitJpyM: 0, smeProfitVolatilityJpyM: 0 },
      progress: { entrepreneursPerQuarter: 0 },
      projects: { costPerQuarterJpyM: TINY_STAGE_COSTS_JPYM },
      market: { productRevenueJpyMPerQuarter: TINY_PRODUCT_REVENUE_JPYM },
    },
  };
  return scenarioSchema.parse(deepMerge(base, overrides));
}

/** An empty world of the tiny scenario; `seedHex` picks the replication's random streams. */
export function tinyWorld(overrides: TinyInput = {}, options: { regions?: number; seedHex?: string } = {}): World {
  return emptyWorldOf(tinyScenario(overrides, options.regions ?? 1), options.seedHex ?? '00000000000000a1');
}

/** An empty world of any scenario, its funding schedule compiled as the engine compiles it. */
export function emptyWorldOf(scenario: Scenario, seedHex: string): World {
  return emptyWorld(scenario, seedHex, compileFundingSchedule(scenario, scenario.horizonQuarters));
}

/** Fields by name, so tests read as `field('food')`. */
export function field(name: Field): number {
  return FIELDS.indexOf(name);
}

/** Gives an agent a profile entirely on one field: similarity and seed fit become exactly 0 or 1. */
export function focus(world: World, id: number, onField: number): void {
  const profile = world.agents.profile;
  for (let f = 0; f < FIELD_COUNT; f++) profile[id * FIELD_COUNT + f] = f === onField ? 1 : 0;
  world.agents.mainField[id] = onField;
}

export interface AgentSpec {
  region?: number;
  field?: number;
  /** Firms: absorptive capacity. */
  absorptive?: number;
  /** Academics: industry orientation. */
  industryOrientation?: number;
  /** Academics: research quality. */
  researchQuality?: number;
  /** Coordinators: skill. */
  coordinatorSkill?: number;
  /** Banks: appraisal skill. */
  appraisalSkill?: number;
  researchers?: number;
  cashJpyM?: number;
  riskTolerance?: number;
  reach?: number;
}

function apply(world: World, id: number, spec: AgentSpec): number {
  const a = world.agents;
  focus(world, id, spec.field ?? field('food'));
  if (spec.absorptive !== undefined) a.absorptive[id] = spec.absorptive;
  if (spec.industryOrientation !== undefined) a.industryOrientation[id] = spec.industryOrientation;
  if (spec.researchQuality !== undefined) a.researchQuality[id] = spec.researchQuality;
  if (spec.coordinatorSkill !== undefined) a.coordinatorSkill[id] = spec.coordinatorSkill;
  if (spec.appraisalSkill !== undefined) a.appraisalSkill[id] = spec.appraisalSkill;
  if (spec.researchers !== undefined) a.researchers[id] = spec.researchers;
  if (spec.cashJpyM !== undefined) a.cashJpyM[id] = spec.cashJpyM;
  if (spec.riskTolerance !== undefined) a.riskTolerance[id] = spec.riskTolerance;
  if (spec.reach !== undefined) a.reach[id] = spec.reach;
  return id;
}

/** Places agents through the model's own factories, then pins the attributes a test cares about. */
export const place = {
  university(world: World, spec: AgentSpec = {}): number {
    return apply(world, addAcademic(world, spec.region ?? 0, AgentKind.University, world.streams.init), spec);
  },
  /** A public research institute 公設試. */
  institute(world: World, spec: AgentSpec = {}): number {
    return apply(world, addAcademic(world, spec.region ?? 0, AgentKind.PublicInstitute, world.streams.init), spec);
  },
  sme(world: World, spec: AgentSpec = {}): number {
    return apply(world, addSme(world, spec.region ?? 0, world.streams.init, spec.cashJpyM ?? 0), spec);
  },
  coreFirm(world: World, spec: AgentSpec = {}): number {
    return apply(world, addCoreFirm(world, spec.region ?? 0, world.streams.init), spec);
  },
  /** A bank whose capacity (and money to lend) is `capacityJpyM`, else the scenario's. */
  bank(world: World, spec: AgentSpec & { capacityJpyM?: number } = {}): number {
    const id = addBank(world, spec.region ?? 0, world.streams.init);
    if (spec.capacityJpyM !== undefined) {
      world.agents.lendingCapacityJpyM[id] = spec.capacityJpyM;
      world.agents.lendableJpyM[id] = spec.capacityJpyM;
    }
    return apply(world, id, spec);
  },
  coordinator(world: World, spec: AgentSpec & { payer?: number; tenureQuarters?: number } = {}): number {
    const id = addCoordinator(world, spec.region ?? 0, world.streams.init, spec.payer ?? Payer.LocalGovernment, spec.coordinatorSkill ?? 0.5, spec.tenureQuarters ?? -1);
    return apply(world, id, spec);
  },
};

/** Links two agents with the type the model gives their kinds (or `type`). */
export function link(world: World, x: number, y: number, strength = 0.5, type?: number): number {
  const inferred = linkTypeFor(world.agents.kind[x], world.agents.kind[y]);
  if (type === undefined && inferred < 0) throw new Error(`the model has no link between agents ${x} and ${y}`);
  return world.links.connect(x, y, type ?? inferred, strength);
}

/** A live project of `lead` on a seed of `university`, in the lead's region, at `stage`, with the public share the levers give it. */
export function project(world: World, university: number, lead: number, spec: { stage?: number; seedQuality?: number; seedField?: number } = {}): number {
  const { agents, projects } = world;
  const id = projects.add(spec.seedField ?? agents.mainField[lead], spec.seedQuality ?? 0.5, university, lead, agents.region[lead], projectPublicShare(world, lead));
  projects.stage[id] = spec.stage ?? 0;
  agents.projectsLed[lead]++;
  return id;
}

/** Rebuilds candidate lists and opens the ledger, as createWorld does once agents are placed. */
export function ready(world: World): World {
  world.index.rebuild(world.agents);
  world.ledger.agentsInitial = world.agents.count;
  return world;
}

/** Strength of the link between x and y, or 0 when there is none. */
export function strengthBetween(world: World, x: number, y: number): number {
  const id = world.links.find(x, y);
  return id < 0 ? 0 : world.links.strength[id];
}

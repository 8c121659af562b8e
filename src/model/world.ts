// The world of one replication: every table, the region state, the ledger and the streams.
// Processes are plain functions over it (src/processes/); the engine steps it quarter by quarter.
// Type only: the engine compiles the schedule (policy) and hands it in; the model does not reach up into policy.
import type { FundingSchedule } from '../policy/funding-schedule.js';
import type { ModelParameters, Policy, Scenario } from '../scenario/schema.js';
import { regionFieldWeights } from './agent-factory.js';
import { AgentTable } from './agent-table.js';
import { deriveParameters, type DerivedParameters } from './derived-parameters.js';
import { INDICATOR_COUNT } from './indicators.js';
import { Ledger } from './ledger.js';
import { LinkStore } from './link-store.js';
import { LoanTable } from './loan-table.js';
import { ProductTable } from './product-table.js';
import { ProjectTable } from './project-table.js';
import { RegionIndex } from './region-index.js';
import { Reputation } from './reputation.js';
import { SeedTable } from './seed-table.js';
import { createStreams, type Streams } from './streams.js';
import { Workspace } from './workspace.js';

/** Per-region state that changes during a run. */
export class RegionState {
  /** Public programme money still available this quarter, million yen. */
  budgetJpyM: Float64Array;
  /** Public money the region's programme had at the start of this quarter. */
  budgetAtStartJpyM: Float64Array;
  /** Local entrepreneurs available to found start-ups (from the region's talent supply), novices. */
  entrepreneurs: Float64Array;
  /** Local entrepreneurs with new-business experience (a share of arrivals equal to the region's talent supply). */
  experiencedEntrepreneurs: Float64Array;
  /** External entrepreneurs available to found start-ups (arrived through the external-talent lever). */
  externalEntrepreneurs: Float64Array;
  /** Money of the region's venture fund 認定VC, million yen. */
  ventureFundJpyM: Float64Array;
  /** Scale of the region's budget in the current phase (mid-term evaluation; 1 without one). */
  budgetScale: Float64Array;
  /** Commercialisations so far, and at the start of the current phase (what the evaluation reads). */
  commercializations: Float64Array;
  commercializationsAtPhaseStart: Float64Array;
  /** Money of the region's core institution 中核機関, million yen. */
  fundJpyM: Float64Array;
  /** What that fund paid out this quarter (public money beside the budget), million yen. */
  fundSpentJpyM: Float64Array;
  /** Project managers the programme pays this quarter. */
  managersEmployed: Int32Array;
  /** Researchers the programme employs this quarter 雇用研究者. */
  researchersEmployed: Int32Array;

  constructor(count: number) {
    this.budgetJpyM = new Float64Array(count);
    this.budgetAtStartJpyM = new Float64Array(count);
    this.entrepreneurs = new Float64Array(count);
    this.externalEntrepreneurs = new Float64Array(count);
    this.experiencedEntrepreneurs = new Float64Array(count);
    this.ventureFundJpyM = new Float64Array(count);
    this.budgetScale = new Float64Array(count).fill(1);
    this.commercializations = new Float64Array(count);
    this.commercializationsAtPhaseStart = new Float64Array(count);
    this.fundJpyM = new Float64Array(count);
    this.fundSpentJpyM = new Float64Array(count);
    this.managersEmployed = new Int32Array(count);
    this.researchersEmployed = new Int32Array(count);
  }
}

export interface World {
  readonly scenario: Scenario;
  readonly params: ModelParameters;
  readonly derived: DerivedParameters;
  readonly policy: Policy;
  /** The programme's phases, gaps and taper over the horizon, compiled once by the engine. */
  readonly funding: FundingSchedule;
  readonly regionCount: number;
  /** Field weights of each region (FIELD_COUNT per region), from the scenario: new agents' profiles are drawn from them. */
  readonly regionFieldWeights: Float64Array;
  quarter: number;
  readonly agents: AgentTable;
  readonly links: LinkStore;
  readonly seeds: SeedTable;
  readonly projects: ProjectTable;
  readonly products: ProductTable;
  readonly loans: LoanTable;
  readonly regions: RegionState;
  readonly index: RegionIndex;
  /** Records of successful projects by region, which attract meetings (reputation.ts). */
  readonly reputation: Reputation;
  readonly ledger: Ledger;
  readonly streams: Streams;
  /** This quarter's indicators: row r (0..regionCount-1) per region, row regionCount for the total. */
  readonly quarterIndicators: Float64Array;
  /** The processes' working buffers, kept from quarter to quarter (each module declares its own). */
  readonly workspace: Workspace;
}

/**
 * An empty world for a scenario; `createWorld` (src/model/create-world.ts) fills it. `funding` is the
 * scenario's compiled funding schedule (`compileFundingSchedule(scenario, scenario.horizonQuarters)`).
 */
export function emptyWorld(scenario: Scenario, replicationSeedHex: string, funding: FundingSchedule): World {
  let agentCount = 0;
  for (const region of scenario.regions) {
    const a = region.agents;
    agentCount += a.universities + a.publicInstitutes + a.smes + a.coreFirms + a.banks + a.programmeCoordinators + a.localCoordinators;
  }
  const agents = new AgentTable(Math.ceil(agentCount * 1.1) + 16);
  const regionCount = scenario.regions.length;
  return {
    scenario,
    params: scenario.model,
    derived: deriveParameters(scenario.model),
    policy: scenario.policy,
    funding,
    regionCount,
    regionFieldWeights: regionFieldWeights(scenario),
    quarter: 0,
    agents,
    links: new LinkStore(agents, Math.max(1024, agentCount * 2)),
    seeds: new SeedTable(),
    projects: new ProjectTable(scenario.model.projects.maxPartners),
    products: new ProductTable(),
    loans: new LoanTable(),
    regions: new RegionState(regionCount),
    index: new RegionIndex(regionCount),
    reputation: new Reputation(regionCount),
    ledger: new Ledger(),
    streams: createStreams(replicationSeedHex),
    quarterIndicators: new Float64Array((regionCount + 1) * INDICATOR_COUNT),
    workspace: new Workspace(),
  };
}

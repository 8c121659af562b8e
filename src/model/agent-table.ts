// All agents of a world in one struct-of-arrays table; `kind` says which columns apply, and a column
// that means different things per kind has one name per kind (AGENT_ALIASES). One index space for
// every kind keeps links and network metrics simple.
import { FIELD_COUNT } from './vocabulary.js';
import { ColumnLayout, type AliasSpec, type ColumnSpec, type TableColumns } from './column-layout.js';
import { grown } from './growable.js';
import { TableRows } from './table-rows.js';

/** Columns of the agent table: one row per agent, whatever its kind. */
export const AGENT_COLUMNS = {
  kind: { type: Uint8Array },
  region: { type: Uint16Array },
  alive: { type: Uint8Array },
  mainField: { type: Uint8Array },
  /** Field profile, unit length: FIELD_COUNT floats per agent. */
  profile: { type: Float32Array, width: FIELD_COUNT },
  /** Firms: absorptive capacity 技術吸収能力 (academics: industryOrientation). */
  absorptive: { type: Float32Array },
  /** Academics: research quality (coordinators: coordinatorSkill; banks: appraisalSkill). */
  researchQuality: { type: Float32Array },
  /** Academics: researchers (tenured). */
  researchers: { type: Float32Array },
  /** Academics: researchers the programme employs this quarter 雇用研究者 (they leave when its money stops). */
  employedResearchers: { type: Float32Array },
  /** Coordinators: 1 while in programme-paid training 育成塾 this quarter. */
  trained: { type: Uint8Array },
  /** Firms: cash, million yen (banks: lendableJpyM). */
  cashJpyM: { type: Float64Array },
  /** Firms: product margin earned and not yet spent on R&D, million yen (what `rdFromMarginsJpyM` counts from). */
  marginPotJpyM: { type: Float64Array },
  /** Firms: loan proceeds earmarked for projects, million yen (banks: lendingCapacityJpyM). */
  creditJpyM: { type: Float64Array },
  riskTolerance: { type: Float32Array },
  /** Firms: market reach (Reach). */
  reach: { type: Uint8Array },
  /** Coordinators: quarters left before rotation; -1 when not rotating. */
  tenureQuarters: { type: Int32Array, initial: -1 },
  /** Coordinators: who pays them (Payer). */
  payer: { type: Uint8Array },
  /** Firms: projects led now. */
  projectsLed: { type: Uint16Array },
  /** Coordinators: introductions made this quarter. */
  introductions: { type: Uint16Array },
  /** Link count, kept by the link store. */
  degree: { type: Int32Array },
  /** Patent applications filed with this agent as applicant (a university or institute for its seeds, the lead firm for a prototype's). */
  patents: { type: Int32Array },
  /** Projects this agent took part in that completed a prototype or reached the market: its record, which attracts meetings (reputation). */
  successes: { type: Int32Array },
  /** Core firms: field of the open need ニーズ (-1 when none), and the quarters it stays open. */
  needField: { type: Int16Array, initial: -1 },
  needQuartersLeft: { type: Int16Array },
  /** SMEs: the last quarter a public institute 公設試 supported them (-1 never). */
  supportedQuarter: { type: Int32Array, initial: -1 },
  /** Firms: other firms' products this firm sells now as their sales channel 販路. */
  channelLoad: { type: Int32Array },
} satisfies ColumnSpec;

/**
 * A column means one thing per kind of agent; these names let each kind read it as what it is.
 * An agent has one kind, so the kinds share storage: no memory per agent for the honest names.
 */
export const AGENT_ALIASES = {
  /** Academics: orientation to industry, which raises the chance a seed is patented. */
  industryOrientation: 'absorptive',
  /** Coordinators: skill at introductions, raised by learning. */
  coordinatorSkill: 'researchQuality',
  /** Banks: appraisal skill 目利き, which narrows the error of a loan decision. */
  appraisalSkill: 'researchQuality',
  /** Banks: money available to lend now, million yen. */
  lendableJpyM: 'cashJpyM',
  /** Banks: total lending capacity, million yen. */
  lendingCapacityJpyM: 'creditJpyM',
} as const satisfies AliasSpec<typeof AGENT_COLUMNS>;

export const AGENT_LAYOUT = new ColumnLayout(AGENT_COLUMNS, AGENT_ALIASES);

/** The columns, declared by AGENT_COLUMNS and AGENT_ALIASES; TableRows defines them on each table. */
export interface AgentTable extends TableColumns<typeof AGENT_COLUMNS, typeof AGENT_ALIASES> {}

export class AgentTable {
  count = 0;
  /**
   * Who has left, in order of leaving. Tables that follow the agents (region lists, link rows) read
   * the ids retired since they last looked, instead of passing over every agent to find them.
   */
  readonly retired = new RetiredAgents();
  private readonly rows: TableRows<typeof AGENT_COLUMNS, typeof AGENT_ALIASES>;

  constructor(capacity: number) {
    this.rows = new TableRows(AGENT_LAYOUT, this, Math.max(16, capacity));
  }

  /**
   * Appends an agent of `kind` in `region`, alive, every other column at its initial value (rows
   * are never reused: agents retire, they are not removed); returns its id.
   */
  add(kind: number, region: number): number {
    this.rows.ensureRoom(this, this.count);
    const id = this.count++;
    this.kind[id] = kind;
    this.region[id] = region;
    this.alive[id] = 1;
    return id;
  }

  /**
   * The agent leaves the model (exit, rotation, end of contract): the only way `alive` goes to 0.
   * Returns false, changing nothing, for an agent already gone, so callers count only real exits.
   */
  retire(id: number): boolean {
    if (!this.alive[id]) return false;
    this.alive[id] = 0;
    this.retired.push(id);
    return true;
  }

  /** Field similarity of two agents: cosine of their profiles, in [0, 1]. */
  similarity(a: number, b: number): number {
    const p = this.profile;
    const oa = a * FIELD_COUNT;
    const ob = b * FIELD_COUNT;
    let dot = 0;
    for (let f = 0; f < FIELD_COUNT; f++) dot += p[oa + f] * p[ob + f];
    return dot;
  }

  /** How well one field matches an agent's profile, in [0, 1]. */
  fieldFit(agent: number, field: number): number {
    return this.profile[agent * FIELD_COUNT + field];
  }
}

/** Ids of retired agents in order of leaving: ids[0 .. count). Not a column: it grows with exits. */
export class RetiredAgents {
  ids = new Int32Array(64);
  count = 0;

  push(id: number): void {
    if (this.count === this.ids.length) this.ids = grown(this.ids, 2 * this.count);
    this.ids[this.count++] = id;
  }
}

// All agents of a world in one struct-of-arrays table; `kind` says which columns mean what.
// One index space for every kind keeps links and network metrics simple.
import { FIELD_COUNT } from './vocabulary.js';
import { grown } from './growable.js';

export class AgentTable {
  count = 0;
  /**
   * Who has left, in order of leaving. Tables that follow the agents (region lists, link rows) read
   * the ids retired since they last looked, instead of passing over every agent to find them.
   */
  readonly retired = new RetiredAgents();
  capacity: number;
  kind: Uint8Array;
  region: Uint16Array;
  alive: Uint8Array;
  mainField: Uint8Array;
  /** Field profile, unit length: FIELD_COUNT floats per agent. */
  profile: Float32Array;
  /** Firms: absorptive capacity 技術吸収能力. Academics: industry orientation. */
  absorptive: Float32Array;
  /** Academics: research quality. Coordinators: skill. Banks: appraisal skill 目利き. */
  quality: Float32Array;
  /** Academics: researchers (tenured). */
  researchers: Float32Array;
  /** Academics: researchers the programme employs this quarter 雇用研究者 (they leave when its money stops). */
  employedResearchers: Float32Array;
  /** Coordinators: 1 while in programme-paid training 育成塾 this quarter. */
  trained: Uint8Array;
  /** Firms: cash, million yen. Banks: money available to lend, million yen. */
  cashJpyM: Float64Array;
  /** Firms: loan proceeds earmarked for projects, million yen. Banks: total lending capacity. */
  creditJpyM: Float64Array;
  riskTolerance: Float32Array;
  /** Firms: market reach (Reach). */
  reach: Uint8Array;
  /** Coordinators: quarters left before rotation; -1 when not rotating. */
  tenureQuarters: Int32Array;
  /** Coordinators: who pays them (Payer). */
  payer: Uint8Array;
  /** Firms: projects led now. */
  projectsLed: Uint16Array;
  /** Coordinators: introductions made this quarter. */
  introductions: Uint16Array;
  /** Link count, kept by the link store. */
  degree: Int32Array;

  constructor(capacity: number) {
    this.capacity = Math.max(16, capacity);
    const n = this.capacity;
    this.kind = new Uint8Array(n);
    this.region = new Uint16Array(n);
    this.alive = new Uint8Array(n);
    this.mainField = new Uint8Array(n);
    this.profile = new Float32Array(n * FIELD_COUNT);
    this.absorptive = new Float32Array(n);
    this.quality = new Float32Array(n);
    this.researchers = new Float32Array(n);
    this.employedResearchers = new Float32Array(n);
    this.trained = new Uint8Array(n);
    this.cashJpyM = new Float64Array(n);
    this.creditJpyM = new Float64Array(n);
    this.riskTolerance = new Float32Array(n);
    this.reach = new Uint8Array(n);
    this.tenureQuarters = new Int32Array(n);
    this.payer = new Uint8Array(n);
    this.projectsLed = new Uint16Array(n);
    this.introductions = new Uint16Array(n);
    this.degree = new Int32Array(n);
  }

  /** Appends an agent of `kind` in `region` (alive, every other column zero); returns its id. */
  add(kind: number, region: number): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const id = this.count++;
    this.kind[id] = kind;
    this.region[id] = region;
    this.alive[id] = 1;
    this.tenureQuarters[id] = -1;
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

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.kind = grown(this.kind, capacity);
    this.region = grown(this.region, capacity);
    this.alive = grown(this.alive, capacity);
    this.mainField = grown(this.mainField, capacity);
    this.profile = grown(this.profile, capacity * FIELD_COUNT);
    this.absorptive = grown(this.absorptive, capacity);
    this.quality = grown(this.quality, capacity);
    this.researchers = grown(this.researchers, capacity);
    this.employedResearchers = grown(this.employedResearchers, capacity);
    this.trained = grown(this.trained, capacity);
    this.cashJpyM = grown(this.cashJpyM, capacity);
    this.creditJpyM = grown(this.creditJpyM, capacity);
    this.riskTolerance = grown(this.riskTolerance, capacity);
    this.reach = grown(this.reach, capacity);
    this.tenureQuarters = grown(this.tenureQuarters, capacity);
    this.payer = grown(this.payer, capacity);
    this.projectsLed = grown(this.projectsLed, capacity);
    this.introductions = grown(this.introductions, capacity);
    this.degree = grown(this.degree, capacity);
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

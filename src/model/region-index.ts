// Candidate lists by region (and by region × field for SMEs), kept in id order and refreshed once
// births or exits change them, so partner search never scans the whole population.
// Consumers read the lists; one that needs another order shuffles a copy.
import type { AgentTable } from './agent-table.js';
import { AgentKind, FIELD_COUNT } from './vocabulary.js';

export class RegionIndex {
  academics: number[][];
  smes: number[][];
  /** SMEs by region × main field: smesByField[region * FIELD_COUNT + field]. */
  smesByField: number[][];
  coreFirms: number[][];
  banks: number[][];
  coordinators: number[][];
  /** Alive firms of every region, in id order. */
  firms: number[] = [];
  /**
   * Every list above, by slot: academics r, smes R + r, coreFirms 2R + r, banks 3R + r,
   * coordinators 4R + r, firms 5R, smesByField 5R + 1 + r * FIELD_COUNT + field.
   */
  private readonly lists: number[][];
  private readonly filled: Int32Array;
  /** Agents at the last rebuild or refresh, which of them were alive then, and the exit count then. */
  private agentsSeen = -1;
  private exitsSeen = -1;
  private aliveThen = new Uint8Array(0);
  /** The slots of one agent (at most three). */
  private readonly slots = new Int32Array(3);
  /** Per slot, during a refresh: exits found in it, the last of them, and the slots with any. */
  private readonly exits: Int32Array;
  private readonly lastExit: Int32Array;
  private readonly touched: Int32Array;

  constructor(private readonly regionCount: number) {
    const lists = (count: number) => Array.from({ length: count }, () => [] as number[]);
    this.academics = lists(regionCount);
    this.smes = lists(regionCount);
    this.coreFirms = lists(regionCount);
    this.banks = lists(regionCount);
    this.coordinators = lists(regionCount);
    this.smesByField = lists(regionCount * FIELD_COUNT);
    this.lists = [
      ...this.academics, ...this.smes, ...this.coreFirms, ...this.banks, ...this.coordinators, this.firms, ...this.smesByField,
    ];
    this.filled = new Int32Array(this.lists.length);
    this.exits = new Int32Array(this.lists.length);
    this.lastExit = new Int32Array(this.lists.length);
    this.touched = new Int32Array(this.lists.length);
  }

  /**
   * Brings the lists up to date after births and exits: the same lists as `rebuild`, for less.
   * Agents never change kind, region or main field and never return to life, so an agent alive at
   * the last refresh and dead now has exited: it is cut out of its (id-sorted) lists; agents born
   * since are appended, their ids being the highest.
   */
  refresh(agents: AgentTable): void {
    if (this.agentsSeen < 0) {
      this.rebuild(agents);
      return;
    }
    const { alive } = agents;
    const then = this.aliveThen;
    const { exits, lastExit } = this;
    let touched = 0;
    // Only the agents retired since the last look can leave a list (refresh runs twice a quarter).
    // The last exit of a slot is only used when it is the slot's one exit, so the order is free.
    const { ids: retiredIds, count: exitsNow } = agents.retired;
    for (let i = this.exitsSeen; i < exitsNow; i++) {
      const id = retiredIds[i];
      if (id >= this.agentsSeen || !then[id]) continue;
      then[id] = 0;
      const count = this.slotsOf(agents, id);
      for (let k = 0; k < count; k++) {
        const slot = this.slots[k];
        if (exits[slot]++ === 0) this.touched[touched++] = slot;
        lastExit[slot] = id;
      }
    }
    // One exit: cut it out (binary search and a native shift). Several: one filtering pass over
    // the list, not one shift per exit — a national run has hundreds of exits a quarter in lists
    // of tens of thousands, and cutting them one by one was a quarter of its time. Same lists.
    for (let t = 0; t < touched; t++) {
      const slot = this.touched[t];
      if (exits[slot] === 1) cut(this.lists[slot], lastExit[slot]);
      else keepAlive(this.lists[slot], alive);
      exits[slot] = 0;
    }
    this.seeAgents(agents.count);
    for (let id = this.agentsSeen; id < agents.count; id++) {
      if (!alive[id]) continue;
      this.aliveThen[id] = 1;
      const count = this.slotsOf(agents, id);
      for (let i = 0; i < count; i++) this.lists[this.slots[i]].push(id);
    }
    this.agentsSeen = agents.count;
    this.exitsSeen = agents.retired.count;
  }

  /** Rebuilds every list from the agent table. */
  rebuild(agents: AgentTable): void {
    const filled = this.filled;
    filled.fill(0);
    this.seeAgents(agents.count);
    // Lists are overwritten by position and truncated at the end: emptying them first
    // (length = 0) frees their storage, so every rebuild regrew every list from nothing.
    for (let id = 0; id < agents.count; id++) {
      this.aliveThen[id] = agents.alive[id] ? 1 : 0;
      if (!agents.alive[id]) continue;
      const count = this.slotsOf(agents, id);
      for (let i = 0; i < count; i++) {
        const slot = this.slots[i];
        this.lists[slot][filled[slot]++] = id;
      }
    }
    for (let slot = 0; slot < this.lists.length; slot++) this.lists[slot].length = filled[slot];
    this.agentsSeen = agents.count;
    this.exitsSeen = agents.retired.count;
  }

  /** Writes the list slots of agent `id` into `this.slots`; returns how many. */
  private slotsOf(agents: AgentTable, id: number): number {
    const R = this.regionCount;
    const r = agents.region[id];
    const slots = this.slots;
    switch (agents.kind[id]) {
      case AgentKind.University:
      case AgentKind.PublicInstitute:
        slots[0] = r;
        return 1;
      case AgentKind.Sme:
        slots[0] = R + r;
        slots[1] = 5 * R + 1 + r * FIELD_COUNT + agents.mainField[id];
        slots[2] = 5 * R;
        return 3;
      case AgentKind.CoreFirm:
        slots[0] = 2 * R + r;
        slots[1] = 5 * R;
        return 2;
      case AgentKind.Bank:
        slots[0] = 3 * R + r;
        return 1;
      case AgentKind.Coordinator:
        slots[0] = 4 * R + r;
        return 1;
      default:
        return 0;
    }
  }

  /** Makes room in the alive snapshot for `count` agents. */
  private seeAgents(count: number): void {
    if (this.aliveThen.length < count) {
      const grown = new Uint8Array(Math.max(count, this.aliveThen.length * 2));
      grown.set(this.aliveThen);
      this.aliveThen = grown;
    }
  }

  get regions(): number {
    return this.regionCount;
  }

  /** Whether the lists hold exactly the agents alive now: nobody born or retired since the last refresh. */
  isCurrent(agents: AgentTable): boolean {
    return this.agentsSeen === agents.count && this.exitsSeen === agents.retired.count;
  }
}

/** Where `id` is, or would go, in an id-sorted list (the first position holding `id` or more). */
export function positionOf(list: readonly number[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Removes `id` from an id-sorted list (binary search, then one native shift of the tail). */
function cut(list: number[], id: number): void {
  const at = positionOf(list, id);
  if (list[at] === id) list.splice(at, 1);
}

/** Removes every agent no longer alive from a list, keeping the order of the others. */
function keepAlive(list: number[], alive: Uint8Array): void {
  let kept = 0;
  for (let i = 0; i < list.length; i++) {
    const id = list[i];
    if (alive[id]) list[kept++] = id;
  }
  list.length = kept;
}

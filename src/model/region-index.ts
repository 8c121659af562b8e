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
  /** Agents and alive agents at the last rebuild: what `refresh` compares against. */
  private agentsSeen = -1;
  private aliveSeen = -1;

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
  }

  /**
   * Brings the lists up to date after births and exits: the same lists as `rebuild`, for less.
   * Agents never change kind, region or main field and never return to life, so the agent count
   * and the alive count tell whether anything changed; if so, the dead are filtered out of every
   * list in place (order kept) and agents born since are appended (their ids are the highest).
   */
  refresh(agents: AgentTable): void {
    if (this.agentsSeen < 0) {
      this.rebuild(agents);
      return;
    }
    const alive = agents.countAlive();
    if (agents.count === this.agentsSeen && alive === this.aliveSeen) return;
    const bornAlive = alive - this.aliveSeen;
    if (bornAlive < agents.count - this.agentsSeen) {
      // Someone died since the last refresh: drop the dead, keeping the order.
      for (const list of this.lists) {
        let kept = 0;
        for (let i = 0; i < list.length; i++) {
          const id = list[i];
          if (agents.alive[id]) list[kept++] = id;
        }
        list.length = kept;
      }
    }
    const filled = this.filled;
    for (let slot = 0; slot < this.lists.length; slot++) filled[slot] = this.lists[slot].length;
    for (let id = this.agentsSeen; id < agents.count; id++) if (agents.alive[id]) this.add(agents, id);
    this.agentsSeen = agents.count;
    this.aliveSeen = alive;
  }

  /** Rebuilds every list from the agent table. */
  rebuild(agents: AgentTable): void {
    const filled = this.filled;
    filled.fill(0);
    // Lists are overwritten by position and truncated at the end: emptying them first
    // (length = 0) frees their storage, so every rebuild regrew every list from nothing.
    let alive = 0;
    for (let id = 0; id < agents.count; id++) {
      if (!agents.alive[id]) continue;
      alive++;
      this.add(agents, id);
    }
    for (let slot = 0; slot < this.lists.length; slot++) this.lists[slot].length = filled[slot];
    this.agentsSeen = agents.count;
    this.aliveSeen = alive;
  }

  /** Puts agent `id` at the filled end of each of its lists. */
  private add(agents: AgentTable, id: number): void {
    const R = this.regionCount;
    const r = agents.region[id];
    switch (agents.kind[id]) {
      case AgentKind.University:
      case AgentKind.PublicInstitute:
        this.put(r, id);
        break;
      case AgentKind.Sme:
        this.put(R + r, id);
        this.put(5 * R + 1 + r * FIELD_COUNT + agents.mainField[id], id);
        this.put(5 * R, id);
        break;
      case AgentKind.CoreFirm:
        this.put(2 * R + r, id);
        this.put(5 * R, id);
        break;
      case AgentKind.Bank:
        this.put(3 * R + r, id);
        break;
      case AgentKind.Coordinator:
        this.put(4 * R + r, id);
        break;
    }
  }

  private put(slot: number, id: number): void {
    this.lists[slot][this.filled[slot]++] = id;
  }

  get regions(): number {
    return this.regionCount;
  }
}

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
  /** Every list above, so a rebuild can fill them by position (see `rebuild`). */
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
   * Rebuilds only if agents were born or exited since the last rebuild. Agents never change kind,
   * region or main field and never return to life, so the agent count and the alive count tell.
   */
  refresh(agents: AgentTable): void {
    if (agents.count === this.agentsSeen && countAlive(agents) === this.aliveSeen) return;
    this.rebuild(agents);
  }

  /** Rebuilds every list from the agent table. */
  rebuild(agents: AgentTable): void {
    const R = this.regionCount;
    const filled = this.filled;
    filled.fill(0);
    const firmsSlot = 5 * R;
    // Lists are overwritten by position and truncated at the end: emptying them first
    // (length = 0) frees their storage, so every rebuild regrew every list from nothing.
    let alive = 0;
    for (let id = 0; id < agents.count; id++) {
      if (!agents.alive[id]) continue;
      alive++;
      const r = agents.region[id];
      switch (agents.kind[id]) {
        case AgentKind.University:
        case AgentKind.PublicInstitute:
          this.put(r, id);
          break;
        case AgentKind.Sme:
          this.put(R + r, id);
          this.put(firmsSlot + 1 + r * FIELD_COUNT + agents.mainField[id], id);
          this.put(firmsSlot, id);
          break;
        case AgentKind.CoreFirm:
          this.put(2 * R + r, id);
          this.put(firmsSlot, id);
          break;
        case AgentKind.Bank:
          this.put(3 * R + r, id);
          break;
        case AgentKind.Coordinator:
          this.put(4 * R + r, id);
          break;
      }
    }
    for (let slot = 0; slot < this.lists.length; slot++) this.lists[slot].length = filled[slot];
    this.agentsSeen = agents.count;
    this.aliveSeen = alive;
  }

  private put(slot: number, id: number): void {
    this.lists[slot][this.filled[slot]++] = id;
  }

  get regions(): number {
    return this.regionCount;
  }
}

function countAlive(agents: AgentTable): number {
  let alive = 0;
  for (let id = 0; id < agents.count; id++) alive += agents.alive[id];
  return alive;
}

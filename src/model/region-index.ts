// Candidate lists by region (and by region × field for SMEs), rebuilt once a quarter, so partner
// search never scans the whole population.
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

  constructor(private readonly regionCount: number) {
    const lists = () => Array.from({ length: regionCount }, () => [] as number[]);
    this.academics = lists();
    this.smes = lists();
    this.coreFirms = lists();
    this.banks = lists();
    this.coordinators = lists();
    this.smesByField = Array.from({ length: regionCount * FIELD_COUNT }, () => [] as number[]);
  }

  rebuild(agents: AgentTable): void {
    for (const group of [this.academics, this.smes, this.coreFirms, this.banks, this.coordinators, this.smesByField]) {
      for (const list of group) list.length = 0;
    }
    this.firms.length = 0;
    for (let id = 0; id < agents.count; id++) {
      if (!agents.alive[id]) continue;
      const r = agents.region[id];
      switch (agents.kind[id]) {
        case AgentKind.University:
        case AgentKind.PublicInstitute:
          this.academics[r].push(id);
          break;
        case AgentKind.Sme:
          this.smes[r].push(id);
          this.smesByField[r * FIELD_COUNT + agents.mainField[id]].push(id);
          this.firms.push(id);
          break;
        case AgentKind.CoreFirm:
          this.coreFirms[r].push(id);
          this.firms.push(id);
          break;
        case AgentKind.Bank:
          this.banks[r].push(id);
          break;
        case AgentKind.Coordinator:
          this.coordinators[r].push(id);
          break;
      }
    }
  }

  get regions(): number {
    return this.regionCount;
  }
}

// The world's links: the link table (link-table.ts) with its adjacency rows (link-rows.ts), brought
// up to date on demand, and the pruning of links to agents who left, which reads the rows when it can.
import type { AgentTable } from './agent-table.js';
import { atLeast } from './growable.js';
import { LinkChanges } from './link-changes.js';
import { LinkRows, PATCH_FROM_ENTRIES } from './link-rows.js';
import { LinkTable } from './link-table.js';

export class LinkStore extends LinkTable {
  // The adjacency rows as of the last adjacency() call (the LinkRows' arrays, held here too so that
  // loops read them straight from the store): neighbours of v are adjTarget[adjStart[v] .. adjStart[v+1]).
  adjStart = new Int32Array(0);
  adjTarget = new Int32Array(0);
  adjLink = new Int32Array(0);
  private readonly rows: LinkRows;
  /** The agents' exit count at the last pruneDeadEndpoints pass. */
  private prunedExits = -1;
  /** Ids of the links pruneLinksOfLeavers removes (scratch, grown as needed). */
  private leaverScratch = new Int32Array(0);

  /** `patchFromEntries`: see PATCH_FROM_ENTRIES (tests lower it to exercise the patching). */
  constructor(agents: AgentTable, capacity = 1024, patchFromEntries = PATCH_FROM_ENTRIES) {
    super(agents, capacity, new LinkChanges());
    this.rows = new LinkRows(this, agents, this.changes, patchFromEntries);
  }

  /** Brings the adjacency rows up to date if links or agents changed since the last call (LinkRows.update). */
  adjacency(): void {
    const { rows } = this;
    rows.update();
    this.adjStart = rows.start;
    this.adjTarget = rows.target;
    this.adjLink = rows.link;
  }

  /**
   * Removes every link that touches an agent no longer alive (exits), highest id first. Skipped when
   * nobody left since the last pass and no link was made to a dead agent since: then there is
   * nothing to remove (it runs twice a quarter, and most calls have nothing to do). When the rows
   * still list every old link, only the leavers' rows and the links added since are read
   * (pruneLinksOfLeavers); otherwise every link is passed over.
   */
  pruneDeadEndpoints(): void {
    const exits = this.agents.retired.count;
    if (!this.linkedDead && exits === this.prunedExits) return;
    if (!this.linkedDead && this.prunedExits >= 0 && this.changes.listedIntact()) this.pruneLinksOfLeavers(this.prunedExits, exits);
    else {
      // remove() moves links within these arrays but never reallocates them.
      const { alive } = this.agents;
      const { a, b } = this;
      for (let id = this.count - 1; id >= 0; id--) {
        if (alive[a[id]] === 0 || alive[b[id]] === 0) this.remove(id);
      }
    }
    this.linkedDead = false;
    this.prunedExits = exits;
  }

  /**
   * The pass of pruneDeadEndpoints when the only links to the dead are those of the agents retired
   * since the last pass (retired.ids[from .. to)): found in their rows, which still list their old
   * links, and among the links added since, instead of by a pass over every link. They are removed
   * in descending id order, as the pass does (a removal changes no lower id).
   */
  private pruneLinksOfLeavers(from: number, to: number): void {
    const { ids } = this.agents.retired;
    const { alive } = this.agents;
    const { a, b } = this;
    const { start, link, listedAgents } = this.rows;
    const { listedLinks } = this.changes;
    let found = 0;
    for (let i = from; i < to; i++) {
      const v = ids[i];
      if (v < listedAgents) found += start[v + 1] - start[v];
    }
    const doomed = (this.leaverScratch = atLeast(this.leaverScratch, found + this.count - listedLinks));
    found = 0;
    for (let i = from; i < to; i++) {
      const v = ids[i];
      if (v >= listedAgents) continue;
      for (let k = start[v]; k < start[v + 1]; k++) doomed[found++] = link[k];
    }
    for (let id = listedLinks; id < this.count; id++) {
      if (alive[a[id]] === 0 || alive[b[id]] === 0) doomed[found++] = id;
    }
    // Ascending; a link between two leavers is listed twice.
    doomed.subarray(0, found).sort();
    for (let i = found - 1; i >= 0; i--) if (i === 0 || doomed[i - 1] !== doomed[i]) this.remove(doomed[i]);
  }
}

// The adjacency rows of the links (compressed rows): each agent's neighbours and links in link-id
// order, brought up to date on demand after links change: rebuilt from the link columns, or patched
// in place (link-row-patch.ts) when few links changed since they were built (link-changes.ts).
import type { AgentTable } from './agent-table.js';
import type { LinkChanges } from './link-changes.js';
import { LinkRowPatch } from './link-row-patch.js';

/** What the rows are built from: the links' endpoints (the link table). */
export interface LinkEnds {
  readonly count: number;
  /** Links the columns hold room for. */
  readonly capacity: number;
  readonly a: Int32Array;
  readonly b: Int32Array;
}

/**
 * Row entries (two per link) from which changed rows are patched rather than rebuilt. Below it, rows
 * sit in the caches and a rebuild is the cheaper (at the baseline's 3,600 entries, 7.6% of a run
 * against 9.3%) unless only a few links were added (PATCH_SMALL_UP_TO_ADDED); above it a rebuild
 * writes all over memory (at 150k agents, 13.5% against 8%).
 */
export const PATCH_FROM_ENTRIES = 16_384;
/**
 * The share of links changed between two calls beyond which rows are rebuilt, not patched: a patch
 * then touches most rows anyway. A national quarter changes 2% (at most 8%) between two calls.
 */
const PATCH_UP_TO_CHANGED = 1 / 8;
/**
 * Below PATCH_FROM_ENTRIES, rows are still patched when only this many links or fewer changed since
 * they were built — additions only, for rows built small: a handful of touched rows and block moves
 * against a rebuild of every row (a baseline quarter's finance phase adds 2 to 6 after project
 * formation).
 */
const PATCH_SMALL_UP_TO_ADDED = 8;

export class LinkRows {
  // Neighbours of v are target[start[v] .. start[v+1]), through the links link[start[v] .. start[v+1]).
  start = new Int32Array(0);
  target = new Int32Array(0);
  link = new Int32Array(0);
  /** Agents when the rows were last brought up to date (-1 before the first time). */
  listedAgents = -1;
  private readonly patch: LinkRowPatch;

  /** `patchFromEntries`: see PATCH_FROM_ENTRIES (tests lower it to exercise the patching). */
  constructor(
    private readonly links: LinkEnds,
    private readonly agents: AgentTable,
    private readonly changes: LinkChanges,
    private readonly patchFromEntries = PATCH_FROM_ENTRIES,
  ) {
    this.patch = new LinkRowPatch(this, links, agents, changes);
  }

  /**
   * Brings the rows up to date if links or agents changed since the last call. Large rows are
   * patched when few links changed since they were built (a quarter changes some 5% of the links
   * between calls): a rebuild from the link columns writes all over memory, a third of a national
   * run when done every time. Small rows are patched only when a few links changed (only added, for
   * rows built small).
   */
  update(): void {
    const n = this.agents.count;
    if (this.changes.fresh && this.listedAgents === n) return;
    if (this.patchable(n)) this.patch.apply(n);
    else this.rebuild(n);
    this.listedAgents = n;
    const { count, capacity } = this.links;
    this.changes.restart(count, capacity, this.large() ? PATCH_UP_TO_CHANGED * count : 0);
  }

  /** At most how many links a patch would insert into the rows now. */
  linksToInsert(): number {
    return this.changes.count + Math.max(0, this.links.count - this.changes.listedLinks);
  }

  /** Makes room for the rows of n agents and `slots` row entries, keeping the first `keep` entries. */
  reserve(n: number, slots: number, keepStarts: number, keep: number): void {
    if (this.start.length < n + 1) {
      const grown = new Int32Array(Math.max(n + 1, this.start.length * 2));
      grown.set(this.start.subarray(0, keepStarts));
      this.start = grown;
    }
    if (this.target.length < slots) {
      // Grown by half, not doubled: rows are most of the link store's memory after the index.
      const size = Math.max(slots, Math.ceil(this.target.length * 1.5));
      const target = new Int32Array(size);
      const link = new Int32Array(size);
      target.set(this.target.subarray(0, keep));
      link.set(this.link.subarray(0, keep));
      this.target = target;
      this.link = link;
    }
  }

  /** Whether the rows are large enough to be patched after removals too (see PATCH_FROM_ENTRIES). */
  private large(): boolean {
    return 2 * this.links.count >= this.patchFromEntries;
  }

  /** Whether patching the rows for n agents is likely cheaper than rebuilding them. */
  private patchable(n: number): boolean {
    if (!this.changes.tracking || n < this.listedAgents) return false;
    if (!this.large()) return this.linksToInsert() <= PATCH_SMALL_UP_TO_ADDED;
    return this.linksToInsert() <= PATCH_UP_TO_CHANGED * this.links.count;
  }

  /** Rebuilds every row from the link columns: O(agents + links). */
  private rebuild(n: number): void {
    const slots = 2 * this.links.count;
    this.reserve(n, slots, 0, 0);
    // Row ends from the degree column the link table keeps (no pass over the links to count them);
    // placing the links backwards then leaves start[v] where v's row begins, rows in link-id order.
    const start = this.start;
    const degree = this.agents.degree;
    let end = 0;
    for (let v = 0; v < n; v++) {
      end += degree[v];
      start[v] = end;
    }
    start[n] = slots;
    if (end !== slots) throw new Error(`link store: degrees sum to ${end}, links give ${slots}`);
    this.placeLinks();
  }

  /** Fills the rows back to front from the row ends in `start`. */
  private placeLinks(): void {
    const { a, b } = this.links;
    const { start, target, link } = this;
    for (let id = this.links.count - 1; id >= 0; id--) {
      const x = a[id];
      const y = b[id];
      let slot = --start[x];
      target[slot] = y;
      link[slot] = id;
      slot = --start[y];
      target[slot] = x;
      link[slot] = id;
    }
  }
}

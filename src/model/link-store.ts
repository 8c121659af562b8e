// Undirected, typed, weighted links 連携 with O(1) lookup by pair and an adjacency view
// (compressed rows) rebuilt on demand after links change.
import type { AgentTable } from './agent-table.js';
import { grown } from './growable.js';
import { LinkRegionTally } from './link-region-tally.js';
import { PairIndex } from './pair-index.js';
import { LinkType } from './vocabulary.js';

/** Where appendToRows places the next new link in each row it touches (scratch, shared, grown as needed). */
let appendCursor = new Int32Array(0);

export class LinkStore {
  count = 0;
  private capacity: number;
  a: Int32Array;
  b: Int32Array;
  type: Uint8Array;
  strength: Float32Array;
  crossRegion: Uint8Array;
  private readonly index: PairIndex;
  /** Links per region (touching, cross-region, academia–industry), kept as links change. */
  readonly byRegion = new LinkRegionTally();
  // Adjacency in compressed rows: neighbours of v are adjTarget[adjStart[v] .. adjStart[v+1]).
  adjStart = new Int32Array(0);
  adjTarget = new Int32Array(0);
  adjLink = new Int32Array(0);
  private adjacencyFresh = false;
  private adjacencyAgents = -1;
  /** Links when the rows were last brought up to date, and whether any was removed since. */
  private adjacencyLinks = 0;
  private removedSinceAdjacency = false;
  /** The agents' exit count at the last pruneDeadEndpoints pass; set if a link touched the dead since. */
  private prunedExits = -1;
  private linkedDead = false;
  /** Links created and removed so far (conservation checks). */
  created = 0;
  removed = 0;

  constructor(private readonly agents: AgentTable, capacity = 1024) {
    this.capacity = capacity;
    // Columns are sized for `capacity` links (two per agent; runs keep about one and a quarter). The
    // index doubles by itself when half full, so it starts sized for half of them: sized for all,
    // its power-of-two table alone was 84 bytes per agent at 150k agents.
    this.index = new PairIndex(capacity / 2);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.strength = new Float32Array(capacity);
    this.crossRegion = new Uint8Array(capacity);
  }

  /** The id of the link between x and y, or -1. */
  find(x: number, y: number): number {
    return this.index.get(x, y);
  }

  /** Adds a link, or strengthens the existing one to at least `strength`. Returns the link id. */
  connect(x: number, y: number, type: number, strength: number): number {
    if (x === y) throw new RangeError(`self-link on agent ${x}`);
    const existing = this.index.get(x, y);
    if (existing >= 0) {
      if (this.strength[existing] < strength) this.strength[existing] = strength;
      return existing;
    }
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const id = this.count++;
    this.a[id] = x < y ? x : y;
    this.b[id] = x < y ? y : x;
    this.type[id] = type;
    this.strength[id] = strength > 1 ? 1 : strength;
    this.crossRegion[id] = this.agents.region[x] === this.agents.region[y] ? 0 : 1;
    this.byRegion.add(this.agents.region[x], this.agents.region[y], type === LinkType.AcademiaIndustry, 1);
    this.index.set(x, y, id);
    if (!this.agents.alive[x] || !this.agents.alive[y]) this.linkedDead = true;
    this.agents.degree[x]++;
    this.agents.degree[y]++;
    this.created++;
    this.adjacencyFresh = false;
    return id;
  }

  /** Removes link `id` by moving the last link into its place. */
  remove(id: number): void {
    const x = this.a[id];
    const y = this.b[id];
    this.index.delete(x, y);
    this.byRegion.add(this.agents.region[x], this.agents.region[y], this.type[id] === LinkType.AcademiaIndustry, -1);
    this.agents.degree[x]--;
    this.agents.degree[y]--;
    const last = --this.count;
    if (id !== last) {
      this.a[id] = this.a[last];
      this.b[id] = this.b[last];
      this.type[id] = this.type[last];
      this.strength[id] = this.strength[last];
      this.crossRegion[id] = this.crossRegion[last];
      this.index.set(this.a[id], this.b[id], id);
    }
    this.removed++;
    this.adjacencyFresh = false;
    this.removedSinceAdjacency = true;
  }

  /**
   * Removes, in one pass, every link that touches an agent no longer alive (exits). Skipped when
   * nobody left since the last pass and no link was made to a dead agent since: then there is
   * nothing to remove (it runs twice a quarter, and most calls have nothing to do).
   */
  pruneDeadEndpoints(): void {
    const exits = this.agents.exits;
    if (!this.linkedDead && exits === this.prunedExits) return;
    // remove() moves links within these arrays but never reallocates them.
    const { alive } = this.agents;
    const { a, b } = this;
    for (let id = this.count - 1; id >= 0; id--) {
      if (alive[a[id]] === 0 || alive[b[id]] === 0) this.remove(id);
    }
    this.linkedDead = false;
    this.prunedExits = exits;
  }

  /** Removes, in one pass, every link weaker than `floor`. */
  pruneWeakerThan(floor: number): void {
    const { strength } = this;
    for (let id = this.count - 1; id >= 0; id--) {
      if (strength[id] < floor) this.remove(id);
    }
  }

  /**
   * Brings the adjacency rows up to date if links or agents changed since the last call. Each row
   * lists its links in link-id order. When links were only added (the meeting phase, start-ups,
   * loans) the rows are patched: the new links, having the highest ids, go at the ends of their
   * rows, and the rows between move up in a few block copies, sequential in memory. Otherwise —
   * a removal moves the last link into the hole, reordering rows — they are rebuilt from the link
   * columns, which writes all over memory (a third of a national run when done every time).
   */
  adjacency(): void {
    const n = this.agents.count;
    if (this.adjacencyFresh && this.adjacencyAgents === n) return;
    if (this.adjacencyAgents >= 0 && !this.removedSinceAdjacency) this.appendToRows(n);
    else this.rebuildRows(n);
    this.adjacencyAgents = n;
    this.adjacencyLinks = this.count;
    this.removedSinceAdjacency = false;
    this.adjacencyFresh = true;
  }

  /** Makes room for the rows of n agents and `slots` row entries, keeping the first `keep` entries. */
  private reserveRows(n: number, slots: number, keepStarts: number, keep: number): void {
    if (this.adjStart.length < n + 1) {
      const grown = new Int32Array(Math.max(n + 1, this.adjStart.length * 2));
      grown.set(this.adjStart.subarray(0, keepStarts));
      this.adjStart = grown;
    }
    if (this.adjTarget.length < slots) {
      // Grown by half, not doubled: rows are most of the link store's memory after the index.
      const size = Math.max(slots, Math.ceil(this.adjTarget.length * 1.5));
      const target = new Int32Array(size);
      const link = new Int32Array(size);
      target.set(this.adjTarget.subarray(0, keep));
      link.set(this.adjLink.subarray(0, keep));
      this.adjTarget = target;
      this.adjLink = link;
    }
  }

  /** Rebuilds every row from the link columns: O(agents + links). */
  private rebuildRows(n: number): void {
    const slots = 2 * this.count;
    this.reserveRows(n, slots, 0, 0);
    // Row ends from the degree column the store keeps (no pass over the links to count them);
    // placing the links backwards then leaves start[v] where v's row begins, rows in link-id order.
    const start = this.adjStart;
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

  /** Adds to the rows the agents and links added since they were built (no link removed since). */
  private appendToRows(n: number): void {
    const before = this.adjacencyAgents;
    const oldSlots = 2 * this.adjacencyLinks;
    const slots = 2 * this.count;
    this.reserveRows(n, slots, before + 1, oldSlots);
    const { adjStart: start, adjTarget: target, adjLink: link, a, b } = this;
    for (let v = before + 1; v <= n; v++) start[v] = oldSlots;
    if (slots === oldSlots) return;
    // Rows only grow, so from the last row down each moves up to its new start (degree says how
    // long it is now), entry by entry from its end: nothing is overwritten before it is read, and
    // memory is read and written in order. Rows below the first one with new links stay put.
    const degree = this.agents.degree;
    let next = slots;
    let oldEnd = oldSlots;
    start[n] = slots;
    for (let v = n - 1; v >= 0 && next !== oldEnd; v--) {
      const oldStart = start[v];
      const newStart = next - degree[v];
      for (let k = oldEnd - 1, to = newStart + (oldEnd - oldStart) - 1; k >= oldStart; k--, to--) {
        target[to] = target[k];
        link[to] = link[k];
      }
      start[v] = newStart;
      next = newStart;
      oldEnd = oldStart;
    }
    // The new links fill the free ends of their rows, highest id last: placed from the highest id
    // down, each at the end of what is still free in its rows.
    if (appendCursor.length < n) appendCursor = new Int32Array(Math.max(n, appendCursor.length * 2));
    const cursor = appendCursor;
    for (let id = this.adjacencyLinks; id < this.count; id++) {
      cursor[a[id]] = start[a[id] + 1];
      cursor[b[id]] = start[b[id] + 1];
    }
    for (let id = this.count - 1; id >= this.adjacencyLinks; id--) {
      const x = a[id];
      const y = b[id];
      let slot = --cursor[x];
      target[slot] = y;
      link[slot] = id;
      slot = --cursor[y];
      target[slot] = x;
      link[slot] = id;
    }
  }

  /** Fills the rows back to front from the row ends in adjStart. */
  private placeLinks(): void {
    const { a, b, adjStart: start, adjTarget: target, adjLink: link } = this;
    for (let id = this.count - 1; id >= 0; id--) {
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

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.a = grown(this.a, capacity);
    this.b = grown(this.b, capacity);
    this.type = grown(this.type, capacity);
    this.strength = grown(this.strength, capacity);
    this.crossRegion = grown(this.crossRegion, capacity);
  }
}

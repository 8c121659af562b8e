// The link table: undirected, typed, weighted links 連携 in columns, found by pair in O(1) (pair
// index), counted per region as they change, removed by moving the last link into the gap.
import type { AgentTable } from './agent-table.js';
import { grown } from './growable.js';
import type { LinkChanges } from './link-changes.js';
import { LinkRegionTally } from './link-region-tally.js';
import { PairIndex } from './pair-index.js';
import { LinkType } from './vocabulary.js';

export class LinkTable {
  count = 0;
  /** Links the columns hold room for. */
  capacity: number;
  /** Endpoints, lower id first. */
  a: Int32Array;
  b: Int32Array;
  type: Uint8Array;
  strength: Float32Array;
  crossRegion: Uint8Array;
  private readonly index: PairIndex;
  /** Links per region (touching, cross-region, academia–industry), kept as links change. */
  readonly byRegion = new LinkRegionTally();
  /** Set when a link is made to an agent no longer alive; the pruning of dead endpoints clears it. */
  protected linkedDead = false;
  /** Links created and removed so far (conservation checks). */
  created = 0;
  removed = 0;

  /** `changes` hears of every link added, removed or moved (the adjacency rows follow them). */
  constructor(
    protected readonly agents: AgentTable,
    capacity: number,
    protected readonly changes: LinkChanges,
  ) {
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
    const existing = this.index.getOrAdd(x, y, this.count);
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
    if (!this.agents.alive[x] || !this.agents.alive[y]) this.linkedDead = true;
    this.agents.degree[x]++;
    this.agents.degree[y]++;
    this.created++;
    this.changes.added();
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
    // Both places change for the rows: id gets the last link (or nothing), and last is left empty.
    this.changes.replacing(id, x, y);
    if (id !== last) {
      this.changes.replacing(last, this.a[last], this.b[last]);
      this.a[id] = this.a[last];
      this.b[id] = this.b[last];
      this.type[id] = this.type[last];
      this.strength[id] = this.strength[last];
      this.crossRegion[id] = this.crossRegion[last];
      this.index.set(this.a[id], this.b[id], id);
    }
    this.removed++;
  }

  /** Removes, in one pass, every link weaker than `floor`. */
  pruneWeakerThan(floor: number): void {
    const { strength } = this;
    for (let id = this.count - 1; id >= 0; id--) {
      if (strength[id] < floor) this.remove(id);
    }
  }

  /**
   * pruneWeakerThan(floor) for a caller who knows that every link weaker than `floor` is among
   * `ids[0 .. count)` (ascending): only those are checked, highest first, as the pass over every
   * link meets them (a removal changes no lower id), so the links come out in the same order.
   */
  pruneWeakerAmong(ids: Int32Array, count: number, floor: number): void {
    const { strength } = this;
    for (let i = count - 1; i >= 0; i--) {
      if (strength[ids[i]] < floor) this.remove(ids[i]);
    }
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.a = grown(this.a, capacity);
    this.b = grown(this.b, capacity);
    this.type = grown(this.type, capacity);
    this.strength = grown(this.strength, capacity);
    this.crossRegion = grown(this.crossRegion, capacity);
    this.changes.grow(capacity);
  }
}

// Undirected, typed, weighted links 連携 with O(1) lookup by pair and an adjacency view
// (compressed rows) rebuilt on demand after links change.
import type { AgentTable } from './agent-table.js';
import { grown } from './growable.js';

/** Pair keys: lo * 2^26 + hi stays an exact integer for up to 67 million agents. */
const PAIR_SHIFT = 67_108_864;

export class LinkStore {
  count = 0;
  private capacity: number;
  a: Int32Array;
  b: Int32Array;
  type: Uint8Array;
  strength: Float32Array;
  crossRegion: Uint8Array;
  private readonly index = new Map<number, number>();
  // Adjacency in compressed rows: neighbours of v are adjTarget[adjStart[v] .. adjStart[v+1]).
  adjStart = new Int32Array(0);
  adjTarget = new Int32Array(0);
  adjLink = new Int32Array(0);
  private adjacencyFresh = false;
  private adjacencyAgents = -1;
  private fill = new Int32Array(0);
  /** Links created and removed so far (conservation checks). */
  created = 0;
  removed = 0;

  constructor(private readonly agents: AgentTable, capacity = 1024) {
    this.capacity = capacity;
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.strength = new Float32Array(capacity);
    this.crossRegion = new Uint8Array(capacity);
  }

  private static key(x: number, y: number): number {
    return x < y ? x * PAIR_SHIFT + y : y * PAIR_SHIFT + x;
  }

  find(x: number, y: number): number {
    return this.index.get(LinkStore.key(x, y)) ?? -1;
  }

  /** Adds a link, or strengthens the existing one to at least `strength`. Returns the link id. */
  connect(x: number, y: number, type: number, strength: number): number {
    if (x === y) throw new RangeError(`self-link on agent ${x}`);
    const key = LinkStore.key(x, y);
    const existing = this.index.get(key);
    if (existing !== undefined) {
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
    this.index.set(key, id);
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
    this.index.delete(LinkStore.key(x, y));
    this.agents.degree[x]--;
    this.agents.degree[y]--;
    const last = --this.count;
    if (id !== last) {
      this.a[id] = this.a[last];
      this.b[id] = this.b[last];
      this.type[id] = this.type[last];
      this.strength[id] = this.strength[last];
      this.crossRegion[id] = this.crossRegion[last];
      this.index.set(LinkStore.key(this.a[id], this.b[id]), id);
    }
    this.removed++;
    this.adjacencyFresh = false;
  }

  /** Removes, in one pass, every link that touches an agent no longer alive (exits). */
  pruneDeadEndpoints(): void {
    const alive = this.agents.alive;
    for (let id = this.count - 1; id >= 0; id--) {
      if (alive[this.a[id]] === 0 || alive[this.b[id]] === 0) this.remove(id);
    }
  }

  /** Removes, in one pass, every link weaker than `floor`. */
  pruneWeakerThan(floor: number): void {
    for (let id = this.count - 1; id >= 0; id--) {
      if (this.strength[id] < floor) this.remove(id);
    }
  }

  /** Rebuilds the adjacency rows if links changed since the last call: O(agents + links). */
  adjacency(): void {
    const n = this.agents.count;
    if (this.adjacencyFresh && this.adjacencyAgents === n) return;
    this.adjacencyAgents = n;
    if (this.adjStart.length < n + 1) this.adjStart = new Int32Array(Math.max(n + 1, this.adjStart.length * 2));
    const start = this.adjStart;
    start.fill(0, 0, n + 1);
    for (let id = 0; id < this.count; id++) {
      start[this.a[id] + 1]++;
      start[this.b[id] + 1]++;
    }
    for (let v = 0; v < n; v++) start[v + 1] += start[v];
    const slots = 2 * this.count;
    if (this.adjTarget.length < slots) {
      this.adjTarget = new Int32Array(Math.max(slots, this.adjTarget.length * 2));
      this.adjLink = new Int32Array(this.adjTarget.length);
    }
    if (this.fill.length < n) this.fill = new Int32Array(Math.max(n, this.fill.length * 2));
    const fill = this.fill;
    fill.fill(0, 0, n);
    for (let id = 0; id < this.count; id++) {
      const x = this.a[id];
      const y = this.b[id];
      let slot = start[x] + fill[x]++;
      this.adjTarget[slot] = y;
      this.adjLink[slot] = id;
      slot = start[y] + fill[y]++;
      this.adjTarget[slot] = x;
      this.adjLink[slot] = id;
    }
    this.adjacencyFresh = true;
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

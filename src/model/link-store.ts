// Undirected, typed, weighted links 連携 with O(1) lookup by pair and an adjacency view
// (compressed rows) brought up to date on demand after links change.
import type { AgentTable } from './agent-table.js';
import { grown } from './growable.js';
import { LinkRegionTally } from './link-region-tally.js';
import { PairIndex } from './pair-index.js';
import { LinkType } from './vocabulary.js';

/** Scratch for patchRows, shared by all stores (one patch runs at a time) and grown as needed. */
const patch = {
  /** Per agent, zero between patches: whether its row LOSES and/or GAINS entries; how many it gains. */
  change: new Uint8Array(0),
  gains: new Int32Array(0),
  /** Ids of the links to insert, ascending; the same grouped by row. */
  inserted: new Int32Array(0),
  insertedCount: 0,
  gained: new Int32Array(0),
  /** Per touched row (one that loses or gains entries), ascending: TOUCHED_FIELDS numbers each. */
  touched: new Int32Array(0),
  touchedEnd: 0,
  /** The entries touched rows keep past their split, saved while the rows around them move. */
  keptTarget: new Int32Array(0),
  keptLink: new Int32Array(0),
  keptEnd: 0,
};
/**
 * Per touched row: the row; its length up to the split; the split, then the end, of its old
 * entries; where its saved entries start. Until split, fields 2 and 3 hold its old start and end.
 */
const TOUCHED_FIELDS = 5;
const LOSES = 1;
const GAINS = 2;

/** The first position in [from, to) of the ascending `values` holding more than `value`, or `to`. */
function firstAbove(values: Int32Array, from: number, to: number, value: number): number {
  if (from === to || values[to - 1] < value) return to;
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (values[mid] > value) to = mid;
    else from = mid + 1;
  }
  return from;
}

/** Ids of the links pruneLinksOfLeavers removes (scratch, shared, grown as needed). */
let leaverScratch = new Int32Array(64);

function atLeast(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return array.length >= size ? array : new Int32Array(Math.max(size, 2 * array.length));
}

/**
 * Row entries (two per link) from which changed rows are patched rather than rebuilt. Below it, rows
 * sit in the caches and a rebuild is the cheaper (at the baseline's 3,600 entries, 7.6% of a run
 * against 9.3%) unless only a few links were added (PATCH_SMALL_UP_TO_ADDED); above it a rebuild
 * writes all over memory (at 150k agents, 13.5% against 8%).
 */
const PATCH_FROM_ENTRIES = 16_384;
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
  /** Links when the rows were last brought up to date. */
  private adjacencyLinks = 0;
  /**
   * Link ids below adjacencyLinks whose link was removed or replaced since the rows were built: the
   * rows hold stale entries for them. Each is listed once, with the endpoints it had then
   * (id, a, b in turn), so that patchRows knows which rows lose entries. Kept only while the rows
   * may be patched (`tracking`): not so much changed that they will be rebuilt. Rows built small
   * are patched only after additions, so their tracking stops at the first removal of a listed link.
   */
  private tracking = false;
  private trackingUpTo = 0;
  private changedSinceRows = new Uint8Array(0);
  private changedList = new Int32Array(3 * 64);
  private changedCount = 0;
  /** The agents' exit count at the last pruneDeadEndpoints pass; set if a link touched the dead since. */
  private prunedExits = -1;
  private linkedDead = false;
  /** Links created and removed so far (conservation checks). */
  created = 0;
  removed = 0;

  /** `patchFromEntries`: see PATCH_FROM_ENTRIES (tests lower it to exercise the patching). */
  constructor(
    private readonly agents: AgentTable,
    capacity = 1024,
    private readonly patchFromEntries = PATCH_FROM_ENTRIES,
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
    // Both places change for the rows: id gets the last link (or nothing), and last is left empty.
    this.markChanged(id);
    if (id !== last) {
      this.markChanged(last);
      this.a[id] = this.a[last];
      this.b[id] = this.b[last];
      this.type[id] = this.type[last];
      this.strength[id] = this.strength[last];
      this.crossRegion[id] = this.crossRegion[last];
      this.index.set(this.a[id], this.b[id], id);
    }
    this.removed++;
    this.adjacencyFresh = false;
  }

  /** Notes that the link at `id` is about to change, if the rows have an entry for it. */
  private markChanged(id: number): void {
    if (!this.tracking || id >= this.adjacencyLinks || this.changedSinceRows[id]) return;
    if (this.changedCount >= this.trackingUpTo) {
      this.tracking = false;
      return;
    }
    this.changedSinceRows[id] = 1;
    if (3 * this.changedCount + 3 > this.changedList.length) this.changedList = grown(this.changedList, this.changedList.length * 2);
    const at = 3 * this.changedCount++;
    this.changedList[at] = id;
    this.changedList[at + 1] = this.a[id];
    this.changedList[at + 2] = this.b[id];
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
    if (!this.linkedDead && this.prunedExits >= 0 && this.rowsHoldOldLinks()) this.pruneLinksOfLeavers(this.prunedExits, exits);
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

  /** Whether no link the rows list (ids below adjacencyLinks) was removed or moved since they were built. */
  private rowsHoldOldLinks(): boolean {
    return this.tracking && this.changedCount === 0;
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
    const { a, b, adjStart, adjLink } = this;
    let found = 0;
    for (let i = from; i < to; i++) {
      const v = ids[i];
      if (v < this.adjacencyAgents) found += adjStart[v + 1] - adjStart[v];
    }
    const doomed = (leaverScratch = atLeast(leaverScratch, found + this.count - this.adjacencyLinks));
    found = 0;
    for (let i = from; i < to; i++) {
      const v = ids[i];
      if (v >= this.adjacencyAgents) continue;
      for (let k = adjStart[v]; k < adjStart[v + 1]; k++) doomed[found++] = adjLink[k];
    }
    for (let id = this.adjacencyLinks; id < this.count; id++) {
      if (alive[a[id]] === 0 || alive[b[id]] === 0) doomed[found++] = id;
    }
    // Ascending; a link between two leavers is listed twice.
    doomed.subarray(0, found).sort();
    for (let i = found - 1; i >= 0; i--) if (i === 0 || doomed[i - 1] !== doomed[i]) this.remove(doomed[i]);
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

  /**
   * Brings the adjacency rows up to date if links or agents changed since the last call. Each row
   * lists its links in link-id order. Large rows are patched when few links changed since they were
   * built (a quarter changes some 5% of the links between calls): a rebuild from the link columns
   * writes all over memory, a third of a national run when done every time. Small rows are patched
   * only when a few links changed (only added, for rows built small).
   */
  adjacency(): void {
    const n = this.agents.count;
    if (this.adjacencyFresh && this.adjacencyAgents === n) return;
    if (this.patchable(n)) this.patchRows(n);
    else this.rebuildRows(n);
    for (let i = 0; i < this.changedCount; i++) this.changedSinceRows[this.changedList[3 * i]] = 0;
    this.changedCount = 0;
    this.adjacencyAgents = n;
    this.adjacencyLinks = this.count;
    this.adjacencyFresh = true;
    this.tracking = true;
    this.trackingUpTo = this.large() ? PATCH_UP_TO_CHANGED * this.count : 0;
    if (this.changedSinceRows.length < this.capacity) this.changedSinceRows = new Uint8Array(this.capacity);
  }

  /** Whether the rows are large enough to be patched after removals too (see PATCH_FROM_ENTRIES). */
  private large(): boolean {
    return 2 * this.count >= this.patchFromEntries;
  }

  /** Whether patching the rows for n agents is likely cheaper than rebuilding them. */
  private patchable(n: number): boolean {
    if (!this.tracking || n < this.adjacencyAgents) return false;
    if (!this.large()) return this.linksToInsert() <= PATCH_SMALL_UP_TO_ADDED;
    return this.linksToInsert() <= PATCH_UP_TO_CHANGED * this.count;
  }

  /** At most how many links patchRows would insert into the rows now. */
  private linksToInsert(): number {
    return this.changedCount + Math.max(0, this.count - this.adjacencyLinks);
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

  /**
   * Patches the rows for the agents added and the links changed since they were built. A row is
   * touched when it loses the entries of changed ids, or gains links (those now at changed ids, and
   * the new links). Each touched row splits where it first differs: the entries before the split
   * stay in order, those after are saved, and then merged with the links it gains. Everything
   * between two splits moves as one block; row starts follow from the degrees.
   */
  private patchRows(n: number): void {
    const oldSlots = 2 * this.adjacencyLinks;
    this.reserveRows(n, 2 * this.count, this.adjacencyAgents + 1, oldSlots);
    for (let v = this.adjacencyAgents + 1; v <= n; v++) this.adjStart[v] = oldSlots;
    if (patch.gains.length < n) {
      patch.gains = new Int32Array(Math.max(n, 2 * patch.gains.length));
      patch.change = new Uint8Array(patch.gains.length);
    }
    const firstTouched = this.noteChanges(n);
    if (firstTouched === n) return; // only agents were added, with empty rows
    this.restartRows(firstTouched, n);
    this.groupGainedLinks();
    this.splitTouchedRows();
    this.moveBlocks(oldSlots);
    this.mergeTouchedRows();
  }

  /**
   * Lists the links to insert, ascending: those now at changed ids (all below the new links'), then
   * the new ones. Marks the rows that lose entries (of the changed links as they were) and counts
   * what each row gains. Returns the lowest touched row (n if none).
   */
  private noteChanges(n: number): number {
    const { a, b, changedList, changedCount, count } = this;
    const { change, gains } = patch;
    const inserted = (patch.inserted = atLeast(patch.inserted, this.linksToInsert()));
    let insertedCount = 0;
    let firstTouched = n;
    for (let i = 0; i < changedCount; i++) {
      const at = 3 * i;
      change[changedList[at + 1]] = LOSES;
      change[changedList[at + 2]] = LOSES;
      firstTouched = Math.min(firstTouched, changedList[at + 1]);
      if (changedList[at] < count) inserted[insertedCount++] = changedList[at];
    }
    inserted.subarray(0, insertedCount).sort();
    for (let id = this.adjacencyLinks; id < count; id++) inserted[insertedCount++] = id;
    for (let i = 0; i < insertedCount; i++) {
      const id = inserted[i];
      change[a[id]] |= GAINS;
      change[b[id]] |= GAINS;
      gains[a[id]]++;
      gains[b[id]]++;
      firstTouched = Math.min(firstTouched, a[id]);
    }
    patch.insertedCount = insertedCount;
    return firstTouched;
  }

  /**
   * New row starts from the degrees, from the first touched row on (those below keep theirs). Notes
   * each touched row with its old start and end; a gaining row's count becomes where its group of
   * gained links ends.
   */
  private restartRows(firstTouched: number, n: number): void {
    const start = this.adjStart;
    const degree = this.agents.degree;
    const { change, gains } = patch;
    const touched = (patch.touched = atLeast(patch.touched, TOUCHED_FIELDS * 2 * (this.changedCount + patch.insertedCount)));
    let end = 0;
    let gainedSoFar = 0;
    let next = start[firstTouched];
    for (let v = firstTouched; v < n; v++) {
      if (change[v] !== 0) {
        touched[end] = v;
        touched[end + 2] = start[v];
        touched[end + 3] = start[v + 1];
        end += TOUCHED_FIELDS;
        gains[v] = gainedSoFar += gains[v];
      }
      start[v] = next;
      next += degree[v];
    }
    start[n] = next;
    if (next !== 2 * this.count) throw new Error(`link store: degrees sum to ${next}, links give ${2 * this.count}`);
    patch.touchedEnd = end;
  }

  /** Groups the links to insert by row, ascending in each; gains[v] becomes where v's group starts. */
  private groupGainedLinks(): void {
    const { a, b } = this;
    const { inserted, gains } = patch;
    const gained = (patch.gained = atLeast(patch.gained, 2 * patch.insertedCount));
    for (let i = patch.insertedCount - 1; i >= 0; i--) {
      const id = inserted[i];
      gained[--gains[a[id]]] = id;
      gained[--gains[b[id]]] = id;
    }
  }

  /**
   * Splits each touched row before its first stale entry or where its first gained link goes, and
   * saves the entries it keeps after the split.
   */
  private splitTouchedRows(): void {
    const { adjTarget: target, adjLink: link, changedSinceRows: changed } = this;
    const { touched, touchedEnd, change, gains, gained } = patch;
    let keptMost = 0;
    for (let t = 0; t < touchedEnd; t += TOUCHED_FIELDS) keptMost += touched[t + 3] - touched[t + 2];
    const keptTarget = (patch.keptTarget = atLeast(patch.keptTarget, keptMost));
    const keptLink = (patch.keptLink = atLeast(patch.keptLink, keptMost));
    let kept = 0;
    for (let t = 0; t < touchedEnd; t += TOUCHED_FIELDS) {
      const v = touched[t];
      const oldStart = touched[t + 2];
      const oldEnd = touched[t + 3];
      let split = oldEnd;
      if (change[v] & LOSES) for (split = oldStart; !changed[link[split]]; ) split++;
      if (change[v] & GAINS) split = firstAbove(link, oldStart, split, gained[gains[v]]);
      touched[t + 1] = split - oldStart;
      touched[t + 2] = split;
      touched[t + 4] = kept;
      for (let k = split; k < oldEnd; k++) {
        if (changed[link[k]]) continue;
        keptTarget[kept] = target[k];
        keptLink[kept++] = link[k];
      }
    }
    patch.keptEnd = kept;
  }

  /**
   * Moves the blocks between touched rows to their new places: block t runs from the end of touched
   * row t - 1 to the split of touched row t (or to the end). The order of entries is kept, so
   * blocks moving down, taken lowest first, and then blocks moving up, highest first, each land
   * only where entries have already moved out or been saved.
   */
  private moveBlocks(oldSlots: number): void {
    const start = this.adjStart;
    const { touched, touchedEnd: end } = patch;
    for (let t = TOUCHED_FIELDS; t <= end; t += TOUCHED_FIELDS) {
      const from = touched[t - TOUCHED_FIELDS + 3];
      const to = start[touched[t - TOUCHED_FIELDS] + 1];
      if (to < from) this.moveEntries(from, t < end ? touched[t + 2] : oldSlots, to);
    }
    for (let t = end; t >= TOUCHED_FIELDS; t -= TOUCHED_FIELDS) {
      const from = touched[t - TOUCHED_FIELDS + 3];
      const to = start[touched[t - TOUCHED_FIELDS] + 1];
      if (to > from) this.moveEntries(from, t < end ? touched[t + 2] : oldSlots, to);
    }
  }

  /** Past its split, each touched row merges the entries it kept with the links it gains. */
  private mergeTouchedRows(): void {
    const { adjStart: start, adjTarget: target, adjLink: link, a, b } = this;
    const { touched, touchedEnd: end, keptTarget, keptLink, keptEnd, change, gains, gained } = patch;
    for (let t = 0; t < end; t += TOUCHED_FIELDS) {
      const v = touched[t];
      const rowEnd = start[v + 1];
      let k = touched[t + 4];
      const keptUntil = t + TOUCHED_FIELDS < end ? touched[t + TOUCHED_FIELDS + 4] : keptEnd;
      let g = gains[v];
      const groupEnd = g + (rowEnd - start[v] - touched[t + 1] - (keptUntil - k));
      for (let write = start[v] + touched[t + 1]; write < rowEnd; write++) {
        if (k < keptUntil && (g === groupEnd || keptLink[k] < gained[g])) {
          target[write] = keptTarget[k];
          link[write] = keptLink[k++];
        } else {
          const id = gained[g++];
          target[write] = a[id] === v ? b[id] : a[id];
          link[write] = id;
        }
      }
      gains[v] = 0;
      change[v] = 0;
    }
  }

  /** Moves the row entries in [from, end) to start at `to`. */
  private moveEntries(from: number, end: number, to: number): void {
    this.adjTarget.copyWithin(to, from, end);
    this.adjLink.copyWithin(to, from, end);
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
    if (this.tracking) this.changedSinceRows = grown(this.changedSinceRows, capacity);
  }
}

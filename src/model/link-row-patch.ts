// Patching the adjacency rows (link-rows.ts) in place for the agents added and the links changed
// since they were built (link-changes.ts), to the very rows a rebuild gives, with its own scratch.
import type { AgentTable } from './agent-table.js';
import { atLeast } from './growable.js';
import type { LinkChanges } from './link-changes.js';
import type { LinkEnds, LinkRows } from './link-rows.js';

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

/** Row starts from `from` on as the running sum of degrees (start[from] stays); returns start[n]. */
function restartFrom(start: Int32Array, degree: Int32Array, from: number, n: number): number {
  let next = start[from];
  for (let v = from; v < n; v++) {
    start[v] = next;
    next += degree[v];
  }
  start[n] = next;
  return next;
}

export class LinkRowPatch {
  // Scratch, grown as needed.
  /** Per agent, zero between patches: whether its row LOSES and/or GAINS entries; how many it gains. */
  private change = new Uint8Array(0);
  private gains = new Int32Array(0);
  /** Ids of the links to insert, ascending; the same grouped by row. */
  private inserted = new Int32Array(0);
  private insertedCount = 0;
  private gained = new Int32Array(0);
  /** Per touched row (one that loses or gains entries), ascending: TOUCHED_FIELDS numbers each. */
  private touched = new Int32Array(0);
  private touchedEnd = 0;
  /** The entries touched rows keep past their split, saved while the rows around them move. */
  private keptTarget = new Int32Array(0);
  private keptLink = new Int32Array(0);
  private keptEnd = 0;

  constructor(
    private readonly rows: LinkRows,
    private readonly links: LinkEnds,
    private readonly agents: AgentTable,
    private readonly changes: LinkChanges,
  ) {}

  /**
   * Patches the rows for n agents. A row is touched when it loses the entries of changed ids, or
   * gains links (those now at changed ids, and the new links). Each touched row splits where it
   * first differs: the entries before the split stay in order, those after are saved, and then
   * merged with the links it gains. Everything between two splits moves as one block; row starts
   * follow from the degrees.
   */
  apply(n: number): void {
    const { rows } = this;
    const oldSlots = 2 * this.changes.listedLinks;
    rows.reserve(n, 2 * this.links.count, rows.listedAgents + 1, oldSlots);
    for (let v = rows.listedAgents + 1; v <= n; v++) rows.start[v] = oldSlots;
    if (this.gains.length < n) {
      this.gains = new Int32Array(Math.max(n, 2 * this.gains.length));
      this.change = new Uint8Array(this.gains.length);
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
    const { a, b, count } = this.links;
    const { list, count: changedCount, listedLinks } = this.changes;
    const { change, gains } = this;
    const inserted = (this.inserted = atLeast(this.inserted, this.rows.linksToInsert()));
    let insertedCount = 0;
    let firstTouched = n;
    for (let i = 0; i < changedCount; i++) {
      const at = 3 * i;
      change[list[at + 1]] = LOSES;
      change[list[at + 2]] = LOSES;
      firstTouched = Math.min(firstTouched, list[at + 1]);
      if (list[at] < count) inserted[insertedCount++] = list[at];
    }
    inserted.subarray(0, insertedCount).sort();
    for (let id = listedLinks; id < count; id++) inserted[insertedCount++] = id;
    for (let i = 0; i < insertedCount; i++) {
      const id = inserted[i];
      change[a[id]] |= GAINS;
      change[b[id]] |= GAINS;
      gains[a[id]]++;
      gains[b[id]]++;
      firstTouched = Math.min(firstTouched, a[id]);
    }
    this.insertedCount = insertedCount;
    return firstTouched;
  }

  /**
   * New row starts from the degrees, from the first touched row on (those below keep theirs). Notes
   * each touched row with its old start and end; a gaining row's count becomes where its group of
   * gained links ends.
   */
  private restartRows(firstTouched: number, n: number): void {
    // Touched rows first, while every old start is still in place; then the starts of all rows. Two
    // loops, not one with a rare branch: V8 deoptimised the single loop again and again (type
    // feedback of the branch), which made it several times slower on large worlds.
    this.touchedEnd = this.listTouchedRows(firstTouched, n);
    const next = restartFrom(this.rows.start, this.agents.degree, firstTouched, n);
    const slots = 2 * this.links.count;
    if (next !== slots) throw new Error(`link store: degrees sum to ${next}, links give ${slots}`);
  }

  /** Notes each touched row from `firstTouched` on with its old start and end; returns the end of the notes. */
  private listTouchedRows(firstTouched: number, n: number): number {
    const start = this.rows.start;
    const { change, gains } = this;
    const touched = (this.touched = atLeast(this.touched, TOUCHED_FIELDS * 2 * (this.changes.count + this.insertedCount)));
    let end = 0;
    let gainedSoFar = 0;
    for (let v = firstTouched; v < n; v++) {
      if (change[v] === 0) continue;
      touched[end] = v;
      touched[end + 2] = start[v];
      touched[end + 3] = start[v + 1];
      end += TOUCHED_FIELDS;
      gains[v] = gainedSoFar += gains[v];
    }
    return end;
  }

  /** Groups the links to insert by row, ascending in each; gains[v] becomes where v's group starts. */
  private groupGainedLinks(): void {
    const { a, b } = this.links;
    const { inserted, gains } = this;
    const gained = (this.gained = atLeast(this.gained, 2 * this.insertedCount));
    for (let i = this.insertedCount - 1; i >= 0; i--) {
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
    const { target, link } = this.rows;
    const changed = this.changes.flagged;
    const { touched, touchedEnd, change, gains, gained } = this;
    let keptMost = 0;
    for (let t = 0; t < touchedEnd; t += TOUCHED_FIELDS) keptMost += touched[t + 3] - touched[t + 2];
    const keptTarget = (this.keptTarget = atLeast(this.keptTarget, keptMost));
    const keptLink = (this.keptLink = atLeast(this.keptLink, keptMost));
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
    this.keptEnd = kept;
  }

  /**
   * Moves the blocks between touched rows to their new places: block t runs from the end of touched
   * row t - 1 to the split of touched row t (or to the end). The order of entries is kept, so
   * blocks moving down, taken lowest first, and then blocks moving up, highest first, each land
   * only where entries have already moved out or been saved.
   */
  private moveBlocks(oldSlots: number): void {
    const start = this.rows.start;
    const { touched, touchedEnd: end } = this;
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
    const { start, target, link } = this.rows;
    const { a, b } = this.links;
    const { touched, touchedEnd: end, keptTarget, keptLink, keptEnd, change, gains, gained } = this;
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
    this.rows.target.copyWithin(to, from, end);
    this.rows.link.copyWithin(to, from, end);
  }
}

// The rows of one struct-of-arrays table: capacity and growth, and moving or resetting a row in
// every column of the layout at once, for compaction that keeps order and removal by swap.
import type { AliasSpec, ColumnHolder, ColumnLayout, ColumnSpec } from './column-layout.js';
import type { NumericArray } from './growable.js';

/**
 * A column seen as unsigned words of its element size (a Float64 as two 32-bit words): rows move
 * bit for bit, with three array types instead of seven.
 */
type WordView = Uint8Array | Uint16Array | Uint32Array;

/** The columns whose word view has one type, with their words per row and initial words. */
interface WordGroup<V extends WordView> {
  readonly views: V[];
  readonly rowWords: number[];
  readonly initialWord: number[];
}

/**
 * The columns by word type. Rows move in one loop per type: V8 keeps type feedback per loop, and
 * a loop that meets a single array type compiles to plain copies, about twice as fast as one loop
 * over all three (this is the per-quarter compaction of seeds and projects).
 */
interface WordGroups {
  readonly bytes: WordGroup<Uint8Array>;
  readonly halves: WordGroup<Uint16Array>;
  readonly words: WordGroup<Uint32Array>;
}

/** Spans longer than this many words are copied by a builtin (copyWithin, fill), whose call costs that much. */
const LOOP_WORDS = 16;

export class TableRows<S extends ColumnSpec, A extends AliasSpec<S>> {
  capacity: number;
  /**
   * The columns as words, made when rows first move after the columns were allocated or grown (the
   * agent table, whose rows never move, never makes them).
   */
  private groups: WordGroups | null = null;
  /** Compaction: rows kept so far (where the next kept run goes) and the first row of that run. */
  private kept = 0;
  private runStart = 0;

  /** Gives `table` the layout's columns, `capacity` rows each, at initial values. */
  constructor(private readonly layout: ColumnLayout<S, A>, table: ColumnHolder<S, A>, capacity: number) {
    this.capacity = capacity;
    layout.allocate(table, capacity);
  }

  /** Makes room for the row after the first `count`: doubles the capacity when the table is full. */
  ensureRoom(table: ColumnHolder<S, A>, count: number): void {
    if (count < this.capacity) return;
    this.capacity *= 2;
    this.layout.grow(table, this.capacity);
    this.groups = null;
  }

  /** Removes `row` by moving the `last` row into it (order is not kept); the freed last row is reset. */
  swapRemove(table: ColumnHolder<S, A>, row: number, last: number): void {
    const groups = this.groupsOf(table);
    if (row !== last) moveDown(groups, last, row, 1);
    reset(groups, last, last + 1);
  }

  /**
   * Compaction in one pass that keeps order: the table visits its rows in increasing order, calls
   * `drop` for each row that leaves, then `endCompaction`. Each run of kept rows moves down once,
   * after the loop has passed it, so the loop reads every row where it was.
   */
  beginCompaction(): void {
    this.kept = 0;
    this.runStart = 0;
  }

  drop(table: ColumnHolder<S, A>, row: number): void {
    this.keepRunUntil(table, row);
    this.runStart = row + 1;
  }

  /** Ends a compaction of `count` rows; the freed rows are reset. Returns the rows left. */
  endCompaction(table: ColumnHolder<S, A>, count: number): number {
    this.keepRunUntil(table, count);
    if (this.kept < count) reset(this.groupsOf(table), this.kept, count);
    return this.kept;
  }

  private keepRunUntil(table: ColumnHolder<S, A>, row: number): void {
    const n = row - this.runStart;
    if (n <= 0) return;
    if (this.kept !== this.runStart) moveDown(this.groupsOf(table), this.runStart, this.kept, n);
    this.kept += n;
  }

  private groupsOf(table: ColumnHolder<S, A>): WordGroups {
    if (this.groups) return this.groups;
    const groups: WordGroups = { bytes: group(), halves: group(), words: group() };
    for (const c of this.layout.columns) {
      const view = wordView(table[c.name]);
      const g: WordGroup<WordView> = view instanceof Uint8Array ? groups.bytes : view instanceof Uint16Array ? groups.halves : groups.words;
      g.views.push(view);
      g.rowWords.push(c.rowWords);
      g.initialWord.push(c.initialWord);
    }
    return (this.groups = groups);
  }
}

function group<V extends WordView>(): WordGroup<V> {
  return { views: [], rowWords: [], initialWord: [] };
}

/** Copies rows [from, from + count) to [to, to + count) in every column; needs to < from. One loop per word type (WordGroups). */
function moveDown(groups: WordGroups, from: number, to: number, count: number): void {
  const { bytes, halves, words } = groups;
  for (let c = 0; c < bytes.views.length; c++) {
    const v = bytes.views[c], w = bytes.rowWords[c], s = from * w, n = count * w;
    if (n > LOOP_WORDS) v.copyWithin(to * w, s, s + n);
    else for (let k = 0, d = to * w; k < n; k++) v[d + k] = v[s + k];
  }
  for (let c = 0; c < halves.views.length; c++) {
    const v = halves.views[c], w = halves.rowWords[c], s = from * w, n = count * w;
    if (n > LOOP_WORDS) v.copyWithin(to * w, s, s + n);
    else for (let k = 0, d = to * w; k < n; k++) v[d + k] = v[s + k];
  }
  for (let c = 0; c < words.views.length; c++) {
    const v = words.views[c], w = words.rowWords[c], s = from * w, n = count * w;
    if (n > LOOP_WORDS) v.copyWithin(to * w, s, s + n);
    else for (let k = 0, d = to * w; k < n; k++) v[d + k] = v[s + k];
  }
}

/** Puts rows [from, to) of every column at their initial values. One loop per word type (WordGroups). */
function reset(groups: WordGroups, from: number, to: number): void {
  const { bytes, halves, words } = groups;
  for (let c = 0; c < bytes.views.length; c++) {
    const v = bytes.views[c], w = bytes.rowWords[c], word = bytes.initialWord[c];
    for (let i = from * w, end = to * w; i < end; i++) v[i] = word;
  }
  for (let c = 0; c < halves.views.length; c++) {
    const v = halves.views[c], w = halves.rowWords[c], word = halves.initialWord[c];
    for (let i = from * w, end = to * w; i < end; i++) v[i] = word;
  }
  for (let c = 0; c < words.views.length; c++) {
    const v = words.views[c], w = words.rowWords[c], word = words.initialWord[c];
    for (let i = from * w, end = to * w; i < end; i++) v[i] = word;
  }
}

/** `column` as unsigned words of its element size. */
export function wordView(column: NumericArray): WordView {
  const { buffer, byteOffset, byteLength } = column;
  switch (column.BYTES_PER_ELEMENT) {
    case 1: return new Uint8Array(buffer, byteOffset, byteLength);
    case 2: return new Uint16Array(buffer, byteOffset, byteLength / 2);
    default: return new Uint32Array(buffer, byteOffset, byteLength / 4);
  }
}

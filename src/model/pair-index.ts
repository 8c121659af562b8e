// Hash from an unordered agent pair to a link id, open addressing on typed arrays. It replaces a
// Map keyed by lo * 2^26 + hi: those keys leave the small-integer range, so every lookup hashed
// a heap number, and pair lookups were a leading cost of a run.

const EMPTY = -1;

export class PairIndex {
  size = 0;
  private mask: number;
  private lo: Int32Array;
  private hi: Int32Array;
  /** Link id per slot, EMPTY when the slot is free. */
  private value: Int32Array;

  constructor(expectedPairs = 1024) {
    let slots = 16;
    while (slots < expectedPairs * 2) slots *= 2;
    this.mask = slots - 1;
    this.lo = new Int32Array(slots);
    this.hi = new Int32Array(slots);
    this.value = new Int32Array(slots).fill(EMPTY);
  }

  /** Home slot of the pair (lo < hi): a multiplicative mix, so neighbouring ids spread out. */
  private home(lo: number, hi: number): number {
    let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & this.mask;
  }

  /** The slot holding the pair, or the free slot where it would go. */
  private slotOf(lo: number, hi: number): number {
    const { value, mask } = this;
    let slot = this.home(lo, hi);
    while (value[slot] !== EMPTY && (this.lo[slot] !== lo || this.hi[slot] !== hi)) slot = (slot + 1) & mask;
    return slot;
  }

  /** The id stored for the pair {x, y}, or -1. */
  get(x: number, y: number): number {
    return this.value[x < y ? this.slotOf(x, y) : this.slotOf(y, x)];
  }

  /** Stores `id` for the pair {x, y}, replacing any previous id. */
  set(x: number, y: number, id: number): void {
    const lo = x < y ? x : y;
    const hi = x < y ? y : x;
    let slot = this.slotOf(lo, hi);
    if (this.value[slot] === EMPTY) {
      // Keep the table at most half full so probe runs stay short.
      if ((this.size + 1) * 2 > this.value.length) {
        this.resize(this.value.length * 2);
        slot = this.slotOf(lo, hi);
      }
      this.size++;
      this.lo[slot] = lo;
      this.hi[slot] = hi;
    }
    this.value[slot] = id;
  }

  /** Removes the pair {x, y} if present (backward-shift deletion: no tombstones to slow lookups). */
  delete(x: number, y: number): void {
    const { lo, hi, value, mask } = this;
    let hole = x < y ? this.slotOf(x, y) : this.slotOf(y, x);
    if (value[hole] === EMPTY) return;
    this.size--;
    let slot = hole;
    for (;;) {
      slot = (slot + 1) & mask;
      if (value[slot] === EMPTY) break;
      const want = this.home(lo[slot], hi[slot]);
      // Move the entry back into the hole unless its home lies cyclically in (hole, slot].
      const stays = hole <= slot ? hole < want && want <= slot : hole < want || want <= slot;
      if (stays) continue;
      lo[hole] = lo[slot];
      hi[hole] = hi[slot];
      value[hole] = value[slot];
      hole = slot;
    }
    value[hole] = EMPTY;
  }

  private resize(slots: number): void {
    const { lo, hi, value } = this;
    this.mask = slots - 1;
    this.lo = new Int32Array(slots);
    this.hi = new Int32Array(slots);
    this.value = new Int32Array(slots).fill(EMPTY);
    for (let s = 0; s < value.length; s++) {
      if (value[s] === EMPTY) continue;
      const slot = this.slotOf(lo[s], hi[s]);
      this.lo[slot] = lo[s];
      this.hi[slot] = hi[s];
      this.value[slot] = value[s];
    }
  }
}

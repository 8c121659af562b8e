// Hash from an unordered agent pair to a link id, open addressing on typed arrays. It replaces a
// Map keyed by lo * 2^26 + hi: those keys leave the small-integer range, so every lookup hashed
// a heap number, and pair lookups were a leading cost of a run.

const EMPTY = -1;

export class PairIndex {
  size = 0;
  private mask: number;
  /**
   * Slot s holds lo, hi and the link id at 3s, 3s + 1, 3s + 2 (id EMPTY when free): one slot is
   * one memory read, where three parallel columns cost up to three cache misses per probe.
   */
  private slots: Int32Array;

  constructor(expectedPairs = 1024) {
    let slots = 16;
    while (slots < expectedPairs * 2) slots *= 2;
    this.mask = slots - 1;
    this.slots = emptySlots(slots);
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
    const { slots, mask } = this;
    let slot = this.home(lo, hi);
    for (;;) {
      const at = 3 * slot;
      if (slots[at + 2] === EMPTY || (slots[at] === lo && slots[at + 1] === hi)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The id stored for the pair {x, y}, or -1. */
  get(x: number, y: number): number {
    return this.slots[3 * (x < y ? this.slotOf(x, y) : this.slotOf(y, x)) + 2];
  }

  /**
   * The id stored for the pair {x, y}; if there is none, stores `id` for it and returns -1. One
   * probe where get then set take two (links are made far more often than they are looked up twice).
   */
  getOrAdd(x: number, y: number, id: number): number {
    const lo = x < y ? x : y;
    const hi = x < y ? y : x;
    let slot = this.slotOf(lo, hi);
    const found = this.slots[3 * slot + 2];
    if (found !== EMPTY) return found;
    slot = this.claim(lo, hi, slot);
    this.slots[3 * slot + 2] = id;
    return EMPTY;
  }

  /** Stores `id` for the pair {x, y}, replacing any previous id. */
  set(x: number, y: number, id: number): void {
    const lo = x < y ? x : y;
    const hi = x < y ? y : x;
    let slot = this.slotOf(lo, hi);
    if (this.slots[3 * slot + 2] === EMPTY) slot = this.claim(lo, hi, slot);
    this.slots[3 * slot + 2] = id;
  }

  /** Takes the empty `slot` found for {lo, hi} (another, after growing the table); returns the slot taken. */
  private claim(lo: number, hi: number, slot: number): number {
    // Keep the table at most half full so probe runs stay short.
    if ((this.size + 1) * 2 > this.mask + 1) {
      this.resize((this.mask + 1) * 2);
      slot = this.slotOf(lo, hi);
    }
    this.size++;
    this.slots[3 * slot] = lo;
    this.slots[3 * slot + 1] = hi;
    return slot;
  }

  /** Removes the pair {x, y} if present (backward-shift deletion: no tombstones to slow lookups). */
  delete(x: number, y: number): void {
    const { slots, mask } = this;
    let hole = x < y ? this.slotOf(x, y) : this.slotOf(y, x);
    if (slots[3 * hole + 2] === EMPTY) return;
    this.size--;
    let slot = hole;
    for (;;) {
      slot = (slot + 1) & mask;
      const at = 3 * slot;
      if (slots[at + 2] === EMPTY) break;
      const want = this.home(slots[at], slots[at + 1]);
      // Move the entry back into the hole unless its home lies cyclically in (hole, slot].
      const stays = hole <= slot ? hole < want && want <= slot : hole < want || want <= slot;
      if (stays) continue;
      slots[3 * hole] = slots[at];
      slots[3 * hole + 1] = slots[at + 1];
      slots[3 * hole + 2] = slots[at + 2];
      hole = slot;
    }
    slots[3 * hole + 2] = EMPTY;
  }

  private resize(count: number): void {
    const old = this.slots;
    this.mask = count - 1;
    this.slots = emptySlots(count);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === EMPTY) continue;
      const slot = 3 * this.slotOf(old[at], old[at + 1]);
      this.slots[slot] = old[at];
      this.slots[slot + 1] = old[at + 1];
      this.slots[slot + 2] = old[at + 2];
    }
  }
}

function emptySlots(count: number): Int32Array {
  const slots = new Int32Array(3 * count);
  for (let at = 2; at < slots.length; at += 3) slots[at] = EMPTY;
  return slots;
}

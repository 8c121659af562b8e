// Which links changed since the adjacency rows (link-rows.ts) were last brought up to date: whether
// any did, and, while the rows may still be patched, which of the ids they list were removed or
// replaced. The link table reports each change as it makes it.
import { grown } from './growable.js';

export class LinkChanges {
  /** Whether no link was added or removed since the rows were brought up to date. */
  fresh = false;
  /** Links when the rows were last brought up to date: the rows list the ids below it. */
  listedLinks = 0;
  /**
   * Whether the changed ids are kept: not so many changed that the rows will be rebuilt (past
   * `upTo` of them, the list stops). Rows built small are patched only after additions: their `upTo`
   * is 0, so their tracking stops at the first removal of a listed link.
   */
  tracking = false;
  private upTo = 0;
  /**
   * Listed link ids whose link was removed or replaced since the rows were built: the rows hold
   * stale entries for them. Each is listed once, with the endpoints it had then (id, a, b in turn
   * in `list`), so that a patch knows which rows lose entries; `flagged[id]` is 1 while it is listed.
   */
  flagged = new Uint8Array(0);
  list = new Int32Array(3 * 64);
  count = 0;

  /** Notes that a link was added. */
  added(): void {
    this.fresh = false;
  }

  /** Notes that the link at `id`, between x and y, is about to be removed or replaced. */
  replacing(id: number, x: number, y: number): void {
    this.fresh = false;
    if (!this.tracking || id >= this.listedLinks || this.flagged[id]) return;
    if (this.count >= this.upTo) {
      this.tracking = false;
      return;
    }
    this.flagged[id] = 1;
    if (3 * this.count + 3 > this.list.length) this.list = grown(this.list, this.list.length * 2);
    const at = 3 * this.count++;
    this.list[at] = id;
    this.list[at + 1] = x;
    this.list[at + 2] = y;
  }

  /** Whether no listed link was removed or moved since the rows were built: they list every one. */
  listedIntact(): boolean {
    return this.tracking && this.count === 0;
  }

  /**
   * Starts over once the rows list the `links` links of a table of `capacity`: nothing changed,
   * and up to `upTo` changed ids will be kept.
   */
  restart(links: number, capacity: number, upTo: number): void {
    for (let i = 0; i < this.count; i++) this.flagged[this.list[3 * i]] = 0;
    this.count = 0;
    this.listedLinks = links;
    this.fresh = true;
    this.tracking = true;
    this.upTo = upTo;
    if (this.flagged.length < capacity) this.flagged = new Uint8Array(capacity);
  }

  /** Follows the link table to `capacity` links. */
  grow(capacity: number): void {
    if (this.tracking) this.flagged = grown(this.flagged, capacity);
  }
}

// Unused research seeds 研究シーズ. A seed leaves the table when a project takes it or it ages out.
import { grown } from './growable.js';

export class SeedTable {
  count = 0;
  private capacity = 256;
  origin = new Int32Array(this.capacity);
  field = new Uint8Array(this.capacity);
  quality = new Float32Array(this.capacity);
  ageQuarters = new Int32Array(this.capacity);
  patented = new Uint8Array(this.capacity);
  /** Set when a project takes the seed during formation; removed at the end of that phase. */
  taken = new Uint8Array(this.capacity);
  /** Seeds lost unused so far (成果の死蔵). */
  lost = 0;

  add(origin: number, field: number, quality: number, patented: boolean): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const id = this.count++;
    this.origin[id] = origin;
    this.field[id] = field;
    this.quality[id] = quality;
    this.ageQuarters[id] = 0;
    this.patented[id] = patented ? 1 : 0;
    this.taken[id] = 0;
    return id;
  }

  /** Drops taken seeds and seeds of age >= lifetime, keeping the order of the rest. */
  compact(lifetimeQuarters: number): void {
    let kept = 0;
    for (let id = 0; id < this.count; id++) {
      if (this.taken[id]) continue;
      if (this.ageQuarters[id] >= lifetimeQuarters) {
        this.lost++;
        continue;
      }
      if (kept !== id) {
        this.origin[kept] = this.origin[id];
        this.field[kept] = this.field[id];
        this.quality[kept] = this.quality[id];
        this.ageQuarters[kept] = this.ageQuarters[id];
        this.patented[kept] = this.patented[id];
        this.taken[kept] = 0;
      }
      kept++;
    }
    this.count = kept;
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.origin = grown(this.origin, capacity);
    this.field = grown(this.field, capacity);
    this.quality = grown(this.quality, capacity);
    this.ageQuarters = grown(this.ageQuarters, capacity);
    this.patented = grown(this.patented, capacity);
    this.taken = grown(this.taken, capacity);
  }
}

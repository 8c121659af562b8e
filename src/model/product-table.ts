// Products on the market: each earns revenue for its owner until it ages out.
import { grown } from './growable.js';

export class ProductTable {
  count = 0;
  private capacity = 128;
  owner = new Int32Array(this.capacity);
  /** Revenue per quarter before the reach multiplier, million yen. */
  baseRevenueJpyM = new Float32Array(this.capacity);
  reach = new Uint8Array(this.capacity);
  ageQuarters = new Int32Array(this.capacity);
  lifetimeQuarters = new Int32Array(this.capacity);

  add(owner: number, baseRevenueJpyM: number, reach: number, lifetimeQuarters: number): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const id = this.count++;
    this.owner[id] = owner;
    this.baseRevenueJpyM[id] = baseRevenueJpyM;
    this.reach[id] = reach;
    this.ageQuarters[id] = 0;
    this.lifetimeQuarters[id] = lifetimeQuarters;
    return id;
  }

  remove(id: number): void {
    const last = --this.count;
    if (id === last) return;
    this.owner[id] = this.owner[last];
    this.baseRevenueJpyM[id] = this.baseRevenueJpyM[last];
    this.reach[id] = this.reach[last];
    this.ageQuarters[id] = this.ageQuarters[last];
    this.lifetimeQuarters[id] = this.lifetimeQuarters[last];
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.owner = grown(this.owner, capacity);
    this.baseRevenueJpyM = grown(this.baseRevenueJpyM, capacity);
    this.reach = grown(this.reach, capacity);
    this.ageQuarters = grown(this.ageQuarters, capacity);
    this.lifetimeQuarters = grown(this.lifetimeQuarters, capacity);
  }
}

// Products on the market: each earns revenue for its owner until it ages out.
import { ColumnLayout, type ColumnSpec, type TableColumns } from './column-layout.js';

export const PRODUCT_COLUMNS = {
  owner: { type: Int32Array },
  /** Revenue per quarter before the reach multiplier, million yen. */
  baseRevenueJpyM: { type: Float32Array },
  reach: { type: Uint8Array },
  ageQuarters: { type: Int32Array },
  lifetimeQuarters: { type: Int32Array },
} satisfies ColumnSpec;

export const PRODUCT_LAYOUT = new ColumnLayout(PRODUCT_COLUMNS);

/** The columns, declared by PRODUCT_COLUMNS; the constructor's layout defines them. */
export interface ProductTable extends TableColumns<typeof PRODUCT_COLUMNS> {}

export class ProductTable {
  count = 0;
  private capacity = 128;

  constructor() {
    PRODUCT_LAYOUT.allocate(this, this.capacity);
  }

  /** Appends a product of age 0; returns its row. */
  add(owner: number, baseRevenueJpyM: number, reach: number, lifetimeQuarters: number): number {
    if (this.count === this.capacity) {
      this.capacity *= 2;
      PRODUCT_LAYOUT.grow(this, this.capacity);
    }
    const id = this.count++;
    this.owner[id] = owner;
    this.baseRevenueJpyM[id] = baseRevenueJpyM;
    this.reach[id] = reach;
    this.lifetimeQuarters[id] = lifetimeQuarters;
    return id;
  }

  /** Removes product `id`; the last product takes its row. */
  remove(id: number): void {
    PRODUCT_LAYOUT.swapRemove(this, id, --this.count);
  }
}

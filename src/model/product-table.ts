// Products on the market: each earns revenue for its owner until it ages out.
import { ColumnLayout, type ColumnSpec, type TableColumns } from './column-layout.js';
import { TableRows } from './table-rows.js';

export const PRODUCT_COLUMNS = {
  owner: { type: Int32Array },
  /** Revenue per quarter before the reach multiplier, million yen. */
  baseRevenueJpyM: { type: Float32Array },
  reach: { type: Uint8Array },
  ageQuarters: { type: Int32Array },
  lifetimeQuarters: { type: Int32Array },
  /** The firm selling it as its channel 販路 (sales-channels.ts), or -1 when the owner sells it itself. */
  channel: { type: Int32Array, initial: -1 },
} satisfies ColumnSpec;

export const PRODUCT_LAYOUT = new ColumnLayout(PRODUCT_COLUMNS);

/** The columns, declared by PRODUCT_COLUMNS; TableRows defines them on each table. */
export interface ProductTable extends TableColumns<typeof PRODUCT_COLUMNS> {}

export class ProductTable {
  count = 0;
  private readonly rows = new TableRows(PRODUCT_LAYOUT, this, 128);

  /** Appends a product of age 0; returns its row. */
  add(owner: number, baseRevenueJpyM: number, reach: number, lifetimeQuarters: number, channel = -1): number {
    this.rows.ensureRoom(this, this.count);
    const id = this.count++;
    this.owner[id] = owner;
    this.baseRevenueJpyM[id] = baseRevenueJpyM;
    this.reach[id] = reach;
    this.lifetimeQuarters[id] = lifetimeQuarters;
    this.channel[id] = channel;
    return id;
  }

  /** Removes product `id`; the last product takes its row. */
  remove(id: number): void {
    this.rows.swapRemove(this, id, --this.count);
  }
}

// Unused research seeds 研究シーズ. A seed leaves the table when a project takes it or it ages out.
import { ColumnLayout, type ColumnSpec, type TableColumns } from './column-layout.js';
import { TableRows } from './table-rows.js';

export const SEED_COLUMNS = {
  /** The academic whose research produced the seed. */
  origin: { type: Int32Array },
  field: { type: Uint8Array },
  quality: { type: Float32Array },
  ageQuarters: { type: Int32Array },
  patented: { type: Uint8Array },
  /** Set when a project takes the seed during formation; removed at the end of that phase. */
  taken: { type: Uint8Array },
} satisfies ColumnSpec;

export const SEED_LAYOUT = new ColumnLayout(SEED_COLUMNS);

/** The columns, declared by SEED_COLUMNS; TableRows defines them on each table. */
export interface SeedTable extends TableColumns<typeof SEED_COLUMNS> {}

export class SeedTable {
  count = 0;
  /** Seeds lost unused so far (成果の死蔵). */
  lost = 0;
  private readonly rows = new TableRows(SEED_LAYOUT, this, 256);

  /** Appends a seed of age 0, not taken; returns its row. */
  add(origin: number, field: number, quality: number, patented: boolean): number {
    this.rows.ensureRoom(this, this.count);
    const id = this.count++;
    this.origin[id] = origin;
    this.field[id] = field;
    this.quality[id] = quality;
    this.patented[id] = patented ? 1 : 0;
    return id;
  }

  /** Drops taken seeds and seeds of age >= lifetime, keeping the order of the rest. */
  compact(lifetimeQuarters: number): void {
    const rows = this.rows;
    rows.beginCompaction();
    for (let id = 0; id < this.count; id++) {
      if (this.taken[id]) rows.drop(this, id);
      else if (this.ageQuarters[id] >= lifetimeQuarters) {
        this.lost++;
        rows.drop(this, id);
      }
    }
    this.count = rows.endCompaction(this, this.count);
  }
}

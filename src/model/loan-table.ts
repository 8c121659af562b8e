// Outstanding bank loans: repaid in equal parts; written off when the borrower exits.
import { ColumnLayout, type ColumnSpec, type TableColumns } from './column-layout.js';
import { TableRows } from './table-rows.js';

export const LOAN_COLUMNS = {
  borrower: { type: Int32Array },
  bank: { type: Int32Array },
  outstandingJpyM: { type: Float64Array },
  instalmentJpyM: { type: Float64Array },
} satisfies ColumnSpec;

export const LOAN_LAYOUT = new ColumnLayout(LOAN_COLUMNS);

/** The columns, declared by LOAN_COLUMNS; TableRows defines them on each table. */
export interface LoanTable extends TableColumns<typeof LOAN_COLUMNS> {}

export class LoanTable {
  count = 0;
  private readonly rows = new TableRows(LOAN_LAYOUT, this, 64);

  add(borrower: number, bank: number, principalJpyM: number, termQuarters: number): number {
    this.rows.ensureRoom(this, this.count);
    const id = this.count++;
    this.borrower[id] = borrower;
    this.bank[id] = bank;
    this.outstandingJpyM[id] = principalJpyM;
    this.instalmentJpyM[id] = principalJpyM / termQuarters;
    return id;
  }

  /** Removes loan `id`; the last loan takes its row. */
  remove(id: number): void {
    this.rows.swapRemove(this, id, --this.count);
  }
}

// Dropping rows from a struct-of-arrays table in one pass while keeping the order of the rest:
// each run of kept rows moves down once in every column, not row by row.
import type { AliasSpec, ColumnHolder, ColumnLayout, ColumnSpec } from './column-layout.js';

/**
 * The table's loop visits rows in increasing order and calls `drop` for each row that leaves;
 * `end` moves what is left into place, puts the freed rows back to initial values and returns
 * the new row count. A row is read where it was until the loop has passed it.
 */
export class RowCompaction<S extends ColumnSpec, A extends AliasSpec<S>> {
  /** Rows kept so far: where the next kept run goes. */
  private kept = 0;
  /** First row of the run of kept rows not moved yet. */
  private runStart = 0;

  constructor(private readonly layout: ColumnLayout<S, A>) {}

  begin(): void {
    this.kept = 0;
    this.runStart = 0;
  }

  /** Row `row` leaves the table. */
  drop(table: ColumnHolder<S, A>, row: number): void {
    this.keepRunUntil(table, row);
    this.runStart = row + 1;
  }

  /** Ends a pass over `count` rows; returns the rows left. */
  end(table: ColumnHolder<S, A>, count: number): number {
    this.keepRunUntil(table, count);
    this.layout.resetRows(table, this.kept, count);
    return this.kept;
  }

  private keepRunUntil(table: ColumnHolder<S, A>, row: number): void {
    const n = row - this.runStart;
    if (n <= 0) return;
    if (this.kept !== this.runStart) this.layout.moveRows(table, this.runStart, this.kept, n);
    this.kept += n;
  }
}

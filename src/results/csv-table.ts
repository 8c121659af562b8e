// Reading clustersim's own CSV outputs back: header-indexed rows, empty fields as NaN. The files
// are ours (identifiers and numbers, never quoted commas), so a plain split is exact.
import { LineReader } from '../io/line-reader.js';

export interface CsvRow {
  /** Field by column name, as text. */
  text(column: string): string;
  /** Field by column name as a number; NaN for an empty field. */
  number(column: string): number;
  /** Position of a column (an error if the file has none): for rows read many times, with `numberAt`. */
  columnIndex(column: string): number;
  /** Field at a column position as a number; NaN for an empty field. */
  numberAt(index: number): number;
}

/** Calls `visit` for every data row of `path`, streaming (files may be gigabytes). */
export function forEachCsvRow(path: string, visit: (row: CsvRow) => void): string[] {
  const reader = new LineReader(path);
  try {
    const header = (reader.next() ?? '').split(',');
    const index = new Map(header.map((name, i) => [name, i]));
    let fields: string[] = [];
    const column = (name: string) => {
      const i = index.get(name);
      if (i === undefined) throw new Error(`${path}: no column ${name}`);
      return i;
    };
    const numberAt = (i: number) => {
      const field = fields[i];
      return field === '' ? NaN : Number(field);
    };
    const row: CsvRow = {
      text: (name) => fields[column(name)],
      number: (name) => numberAt(column(name)),
      columnIndex: column,
      numberAt,
    };
    for (let line = reader.next(); line !== undefined; line = reader.next()) {
      if (line === '') continue;
      fields = line.split(',');
      visit(row);
    }
    return header;
  } finally {
    reader.close();
  }
}

/** Every column of a small CSV (summary.csv) as numbers, in file order. */
export function readNumericColumns(path: string, columns: readonly string[]): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(columns.map((c) => [c, []]));
  forEachCsvRow(path, (row) => {
    for (const c of columns) out[c].push(row.number(c));
  });
  return out;
}

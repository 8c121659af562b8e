// Reading clustersim's own CSV outputs back: header-indexed rows, empty fields as NaN. The files
// are ours (identifiers and numbers, never quoted commas), so a plain split is exact.
import { LineReader } from '../io/line-reader.js';

export interface CsvRow {
  /** Field by column name, as text. */
  text(column: string): string;
  /** Field by column name as a number; NaN for an empty field. */
  number(column: string): number;
}

/**
 * Streams `path` (files may be gigabytes): `onHeader` gets the column names, then `onFields` the
 * fields of every data row, split on commas. Empty lines are skipped.
 */
export function forEachCsvLine(path: string, onHeader: (columns: string[]) => void, onFields: (fields: string[]) => void): void {
  const reader = new LineReader(path);
  try {
    onHeader((reader.next() ?? '').split(','));
    for (let line = reader.next(); line !== undefined; line = reader.next()) {
      if (line !== '') onFields(line.split(','));
    }
  } finally {
    reader.close();
  }
}

/** Calls `visit` for every data row of `path`, fields found by column name; returns the header. */
export function forEachCsvRow(path: string, visit: (row: CsvRow) => void): string[] {
  let header: string[] = [];
  let index = new Map<string, number>();
  let fields: string[] = [];
  const column = (name: string) => {
    const i = index.get(name);
    if (i === undefined) throw new Error(`${path}: no column ${name}`);
    return i;
  };
  const row: CsvRow = {
    text: (name) => fields[column(name)],
    number: (name) => {
      const field = fields[column(name)];
      return field === '' ? NaN : Number(field);
    },
  };
  forEachCsvLine(path, (columns) => {
    header = columns;
    index = new Map(columns.map((name, i) => [name, i]));
  }, (line) => {
    fields = line;
    visit(row);
  });
  return header;
}

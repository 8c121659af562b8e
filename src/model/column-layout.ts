// Struct-of-arrays tables declared once: a column spec (type, values per row, initial value) from
// which a layout allocates and grows every column of a table and counts its bytes per row (rows
// move in table-rows.ts). Columns are plain own data properties: processes read `agents.kind[id]`.
import { grown, type NumericArray } from './growable.js';
import { wordView } from './table-rows.js';

/** Typed-array constructors a column can use. */
export interface ColumnType {
  new (length: number): NumericArray;
  readonly prototype: NumericArray;
  readonly BYTES_PER_ELEMENT: number;
}

export interface ColumnDef {
  readonly type: ColumnType;
  /** Values per row, side by side (a row's field profile is FIELD_COUNT floats); 1 if absent. */
  readonly width?: number;
  /** Value of a row not yet used or freed (0 if absent; in a float column, only 0). */
  readonly initial?: number;
}

export type ColumnSpec = Readonly<Record<string, ColumnDef>>;

/**
 * Other names of a column: one storage column read under the name that fits each kind of row
 * (a bank's appraisal skill is stored where an academic's research quality is), at no memory cost.
 */
export type AliasSpec<S extends ColumnSpec> = Readonly<Record<string, Extract<keyof S, string>>>;

/** The typed arrays a spec gives a table, one per column, typed from the spec. */
export type Columns<S extends ColumnSpec> = { -readonly [K in keyof S]: S[K]['type']['prototype'] };
/** The typed arrays of the aliases: each is its storage column. */
export type AliasColumns<S extends ColumnSpec, A extends AliasSpec<S>> = { -readonly [K in keyof A]: Columns<S>[A[K]] };
export type TableColumns<S extends ColumnSpec, A extends AliasSpec<S> = Record<never, never>> = Columns<S> & AliasColumns<S, A>;

/** What the layout sees of a table: every column and alias as some typed array. */
export type ColumnHolder<S extends ColumnSpec, A extends AliasSpec<S>> = Record<Extract<keyof S | keyof A, string>, NumericArray>;

export interface Column<Name extends string> {
  readonly name: Name;
  readonly type: ColumnType;
  readonly width: number;
  readonly initial: number;
  /** Unsigned words per row when the column is seen as words of its element size, a Float64 as two 32-bit words (TableRows). */
  readonly rowWords: number;
  /** The initial value as one such word (every word of it is alike). */
  readonly initialWord: number;
}

export class ColumnLayout<S extends ColumnSpec, A extends AliasSpec<S> = Record<never, never>> {
  /** Storage columns, in spec order. */
  readonly columns: readonly Column<Extract<keyof S, string>>[];
  /** Aliases and the storage column each one names. */
  readonly aliases: readonly { readonly name: Extract<keyof A, string>; readonly of: Extract<keyof S, string> }[];
  /** Bytes per row over the storage columns (an alias shares its column's bytes). */
  readonly bytesPerRow: number;
  /** Columns whose initial value is not 0: new typed arrays are 0, so only these are filled on allocation and growth. */
  private readonly nonZero: readonly Column<Extract<keyof S, string>>[];

  constructor(spec: S, aliases?: A) {
    const columns: Column<Extract<keyof S, string>>[] = [];
    for (const name in spec) columns.push(column(name, spec[name]));
    this.columns = columns;
    const named: { name: Extract<keyof A, string>; of: Extract<keyof S, string> }[] = [];
    if (aliases) for (const name in aliases) named.push({ name, of: aliases[name] });
    this.aliases = named;
    this.bytesPerRow = columns.reduce((sum, c) => sum + c.type.BYTES_PER_ELEMENT * c.width, 0);
    this.nonZero = columns.filter((c) => c.initial !== 0);
  }

  /**
   * Gives `table` every column and alias, `capacity` rows each, at initial values. Defined, not
   * assigned: properties added by a keyed store (`table[name] = …`) would put a table with many
   * columns in V8's dictionary mode, and every `agents.kind` read would become a hash lookup.
   */
  allocate(table: ColumnHolder<S, A>, capacity: number): void {
    for (const c of this.columns) define(table, c.name, new c.type(capacity * c.width));
    for (const a of this.aliases) define(table, a.name, table[a.of]);
    fill(table, this.nonZero, 0, capacity);
  }

  /** Grows every column to `capacity` rows, keeping the rows stored; the new rows are at initial values. */
  grow(table: ColumnHolder<S, A>, capacity: number): void {
    const before = this.columns.length > 0 ? table[this.columns[0].name].length / this.columns[0].width : 0;
    for (const c of this.columns) table[c.name] = grown(table[c.name], capacity * c.width);
    for (const a of this.aliases) table[a.name] = table[a.of];
    fill(table, this.nonZero, before, capacity);
  }
}

function column<Name extends string>(name: Name, def: ColumnDef): Column<Name> {
  const width = def.width ?? 1;
  const initial = def.initial ?? 0;
  const wordsPerValue = def.type.BYTES_PER_ELEMENT === 8 ? 2 : 1;
  return { name, type: def.type, width, initial, rowWords: width * wordsPerValue, initialWord: initial === 0 ? 0 : initialWord(name, def.type, initial) };
}

/** `initial` as a word of its column's word view; rows are reset a word at a time, so every word of it must be alike. */
function initialWord(name: string, type: ColumnType, initial: number): number {
  const one = new type(1);
  one[0] = initial;
  const words = wordView(one);
  if (words.some((w) => w !== words[0])) throw new Error(`column ${name}: initial value ${initial} is not one repeated word (-1 as a Float64)`);
  return words[0];
}

/** Puts rows [from, to) of `columns` at their initial values. */
function fill(table: Record<string, NumericArray>, columns: readonly Column<string>[], from: number, to: number): void {
  if (to > from) for (const c of columns) table[c.name].fill(c.initial, from * c.width, to * c.width);
}

function define(table: object, name: string, column: NumericArray): void {
  Object.defineProperty(table, name, { value: column, writable: true, enumerable: true, configurable: true });
}

// Every column of every table, from its spec: kept through growth, compaction and swap removal,
// freed rows back at initial values, aliases sharing storage, and tables kept in V8's fast mode.
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { AGENT_ALIASES, AGENT_LAYOUT, AgentTable } from '../../src/model/agent-table.js';
import type { Column } from '../../src/model/column-layout.js';
import type { NumericArray } from '../../src/model/growable.js';
import { LOAN_LAYOUT, LoanTable } from '../../src/model/loan-table.js';
import { PRODUCT_LAYOUT, ProductTable } from '../../src/model/product-table.js';
import { ProjectTable } from '../../src/model/project-table.js';
import { SEED_LAYOUT, SeedTable } from '../../src/model/seed-table.js';
import { FIELD_COUNT, ProjectStatus } from '../../src/model/vocabulary.js';

type Table = object;

function columnOf(table: Table, name: string): NumericArray {
  const column: unknown = Reflect.get(table, name);
  if (!ArrayBuffer.isView(column) || column instanceof DataView) throw new Error(`no column ${name}`);
  return column as NumericArray;
}

/** A value for (row, slot) of column number `c`, distinct across rows and columns and exact in every type (Uint8 too). */
function value(c: number, row: number, slot: number): number {
  return ((row * 7 + slot * 3 + c * 11) % 97) + 1;
}

/** Fills rows [from, to) of every column with `value`. */
function fill(table: Table, columns: readonly Column<string>[], from: number, to: number): void {
  columns.forEach((c, i) => {
    const column = columnOf(table, c.name);
    for (let row = from; row < to; row++) for (let k = 0; k < c.width; k++) column[row * c.width + k] = value(i, row, k);
  });
}

/** Every column of `row` holds what was written for `from`. */
function expectRow(table: Table, columns: readonly Column<string>[], row: number, from: number): void {
  columns.forEach((c, i) => {
    const column = columnOf(table, c.name);
    for (let k = 0; k < c.width; k++) expect(column[row * c.width + k], `${c.name}[${row}] from row ${from}`).toBe(value(i, from, k));
  });
}

/** Every column of `row` holds its initial value. */
function expectInitial(table: Table, columns: readonly Column<string>[], row: number): void {
  for (const c of columns) {
    const column = columnOf(table, c.name);
    for (let k = 0; k < c.width; k++) expect(column[row * c.width + k], `${c.name}[${row}]`).toBe(c.initial);
  }
}

describe('column layouts', () => {
  it('the agent table keeps every column through growth; new rows start at initial values (tenure -1)', () => {
    const table = new AgentTable(16);
    for (let i = 0; i < 16; i++) table.add(0, 0);
    fill(table, AGENT_LAYOUT.columns, 0, 16);
    for (let i = 0; i < 40; i++) table.add(0, 0);
    for (let row = 0; row < 16; row++) expectRow(table, AGENT_LAYOUT.columns, row, row);
    expect(table.tenureQuarters[16]).toBe(-1);
    expect(table.alive[16]).toBe(1);
    for (const c of AGENT_LAYOUT.columns) if (!['kind', 'region', 'alive'].includes(c.name)) expect(columnOf(table, c.name)[55 * c.width], c.name).toBe(c.initial);
  });

  it('agent aliases are their storage column, also after growth, and cost no bytes', () => {
    const table = new AgentTable(16);
    const check = () => {
      for (const [alias, of] of Object.entries(AGENT_ALIASES)) expect(columnOf(table, alias), alias).toBe(columnOf(table, of));
    };
    check();
    for (let i = 0; i < 100; i++) table.add(0, 0);
    check();
    table.appraisalSkill[3] = 0.5;
    expect(table.researchQuality[3]).toBe(0.5);
    const distinct = new Set<ArrayBufferView>(Object.values(new AgentTable(100)).filter((v) => ArrayBuffer.isView(v)));
    expect(AGENT_LAYOUT.bytesPerRow).toBe([...distinct].reduce((sum, v) => sum + v.byteLength, 0) / 100);
    expect(AGENT_LAYOUT.columns.find((c) => c.name === 'profile')?.width).toBe(FIELD_COUNT);
  });

  it('seed compaction keeps every column of the kept rows, in order, and resets the freed rows', () => {
    const table = new SeedTable();
    // Filled in two parts, so the first part goes through two doublings of the columns.
    for (let i = 0; i < 200; i++) table.add(0, 0, 0, false);
    fill(table, SEED_LAYOUT.columns, 0, 200);
    for (let i = 200; i < 600; i++) table.add(0, 0, 0, false);
    fill(table, SEED_LAYOUT.columns, 200, 600);
    const kept: number[] = [];
    for (let row = 0; row < 600; row++) {
      table.taken[row] = row % 5 === 0 || (row > 100 && row < 140) ? 1 : 0;
      table.ageQuarters[row] = 0;
      if (!table.taken[row]) kept.push(row);
    }
    table.compact(1);
    expect(table.count).toBe(kept.length);
    // taken and ageQuarters were overwritten above; every other column moved with its row.
    const moved = SEED_LAYOUT.columns.filter((c) => c.name !== 'taken' && c.name !== 'ageQuarters');
    kept.forEach((from, row) => {
      for (const c of moved) expect(columnOf(table, c.name)[row], `${c.name}[${row}]`).toBe(value(SEED_LAYOUT.columns.indexOf(c), from, 0));
    });
    for (let row = table.count; row < 600; row++) expectInitial(table, SEED_LAYOUT.columns, row);
  });

  it('project compaction keeps every column (partners too) of the kept rows, in order, and resets the freed rows', () => {
    const table = new ProjectTable(3);
    const columns = table.layout.columns;
    for (let i = 0; i < 100; i++) table.add(0, 0, 0, 0, 0, 0);
    fill(table, columns, 0, 100);
    for (let i = 100; i < 300; i++) table.add(0, 0, 0, 0, 0, 0);
    fill(table, columns, 100, 300);
    const statusColumn = columns.findIndex((c) => c.name === 'status');
    const kept: number[] = [];
    for (let row = 0; row < 300; row++) {
      const ends = row % 7 === 0 || row % 11 === 0 || (row >= 200 && row < 230);
      // Status ranks below Failed keep the project: the filled value is kept when it does.
      if (ends) table.status[row] = ProjectStatus.Done;
      else if (table.status[row] >= ProjectStatus.Failed) table.status[row] = 0;
      if (!ends) kept.push(row);
    }
    const status = kept.map((row) => table.status[row]);
    table.compact();
    expect(table.count).toBe(kept.length);
    kept.forEach((from, row) => {
      columns.forEach((c, i) => {
        const column = columnOf(table, c.name);
        for (let k = 0; k < c.width; k++) expect(column[row * c.width + k], `${c.name}[${row}] from ${from}`).toBe(i === statusColumn ? status[row] : value(i, from, k));
      });
    });
    for (let row = table.count; row < 300; row++) expectInitial(table, columns, row);
    // A project added after compaction has nothing left of the row's former project.
    const id = table.add(1, 0.5, 2, 3, 0, 0.25);
    expect([table.coordinator[id], table.partnerCount[id], table.stage[id], table.publicJpyM[id], table.managed[id]]).toEqual([-1, 0, 0, 0, 0]);
  });

  for (const [name, make, layout] of [
    ['product', () => new ProductTable(), PRODUCT_LAYOUT],
    ['loan', () => new LoanTable(), LOAN_LAYOUT],
  ] as const) {
    it(`${name} removal moves every column of the last row into the gap and resets the freed row`, () => {
      const table = make();
      for (let i = 0; i < 200; i++) table.add(0, 0, 0, 1);
      fill(table, layout.columns, 0, 200);
      table.remove(10);
      expect(table.count).toBe(199);
      expectRow(table, layout.columns, 10, 199);
      expectRow(table, layout.columns, 11, 11);
      expectInitial(table, layout.columns, 199);
      table.remove(198);
      expectInitial(table, layout.columns, 198);
    });
  }

  it('tables keep fast properties (many columns defined by a keyed store would turn a table into a hash map)', () => {
    setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;
    const agents = new AgentTable(16);
    for (let i = 0; i < 40; i++) agents.add(0, 0);
    for (const table of [agents, new SeedTable(), new ProjectTable(3), new ProductTable(), new LoanTable()]) expect(hasFastProperties(table), table.constructor.name).toBe(true);
  });
});

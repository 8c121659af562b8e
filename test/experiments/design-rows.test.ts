// A sweep.csv edited by hand is refused by readDesignRows with the row and column named, never read
// into silent nonsense (a text cell turning a numeric parameter into categories, a word in a summary
// column leaving its row out as "undefined", a row twice counting twice).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_COLUMNS } from '../../src/engine/run-summary.js';
import { readDesignRows } from '../../src/experiments/design-rows.js';
import { InputError } from '../../src/messages.js';
import { tempDir } from '../helpers/run-folders.js';

const HEADER = ['runId', 'model.market.productRevenueJpyMPerQuarter', 'policy.bankHub.enabled', 'replication', 'seed', ...SUMMARY_COLUMNS].join(',');

/** A row of point `runId` (parameters `revenue`, `hub`), replication `r`, every summary value `value`. */
function row(runId: number | string, revenue: number | string, hub: string, r: number | string, value: number | string = 1): string {
  return [runId, revenue, hub, r, 'abc123', ...SUMMARY_COLUMNS.map(() => value)].join(',');
}

describe('readDesignRows on an edited sweep.csv', () => {
  const root = tempDir('design-rows');
  const sweep = (name: string, rows: string[]) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'sweep.csv'), `${[HEADER, ...rows].join('\n')}\n`);
    return dir;
  };

  it('reads the table as the sweep wrote it (empty, Inf and -Inf summary cells included)', () => {
    const rows = readDesignRows([sweep('ok', [row(0, 2, 'true', 0), row(0, 2, 'true', 1, ''), row(1, 10, 'false', 0, 'Inf'), row(1, 10, 'false', 1, '-Inf')])]);
    expect(rows.inputs.map((i) => [i.name, i.numeric])).toEqual([['model.market.productRevenueJpyMPerQuarter', true], ['policy.bankHub.enabled', false]]);
    expect(rows.summaries.map((s) => s[0])).toEqual([1, NaN, Infinity, -Infinity]);
  });

  it.each([
    ['a word in a summary column', [row(0, 2, 'true', 0), row(0, 2, 'true', 1, 'abc')], /runId 0, replication 1: patentsDomestic is 'abc', not a number/],
    ['an empty parameter cell', [row(0, 2, 'true', 0), row(1, '', 'true', 0)], /runId 1, replication 0: model\.market\.productRevenueJpyMPerQuarter is empty/],
    ['a numeric parameter with a text cell', [row(0, 2, 'true', 0), row(1, 'x', 'true', 0)], /productRevenueJpyMPerQuarter mixes numbers and text \('x'\)/],
    ['a row twice', [row(0, 2, 'true', 0), row(0, 2, 'true', 0)], /runId 0, replication 0: the row is there twice/],
    ['a point whose parameters differ between its rows', [row(0, 2, 'true', 0), row(0, 3, 'true', 1)], /parameter values differ from an earlier row of the same runId/],
    ['a replication that is not a whole number', [row(0, 2, 'true', 'one')], /the replication is not a whole number/],
    ['no rows at all', [], /it has no rows/],
  ])('refuses %s', (name, rows, message) => {
    const dir = sweep(name.replaceAll(' ', '-'), rows);
    expect(() => readDesignRows([dir])).toThrow(InputError);
    expect(() => readDesignRows([dir])).toThrow(message);
  });
});

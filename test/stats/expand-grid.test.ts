// Grid sweep expansion: order, run ids, edge cases.
import { describe, expect, it } from 'vitest';
import { expandGrid } from '../../src/stats/index.js';

describe('expandGrid', () => {
  it('is the cartesian product with the last parameter varying fastest, run ids 0..n−1', () => {
    const d = expandGrid([
      { path: 'a', values: [1, 2] },
      { path: 'b.c', values: ['x', 'y', 'z'] },
    ]);
    expect(d.parameters).toEqual(['a', 'b.c']);
    expect(d.points.map((p) => [p.runId, p.values.a, p.values['b.c']])).toEqual([
      [0, 1, 'x'], [1, 1, 'y'], [2, 1, 'z'], [3, 2, 'x'], [4, 2, 'y'], [5, 2, 'z'],
    ]);
    expect(Object.keys(d.points[0].values)).toEqual(['a', 'b.c']);
  });

  it('no parameters: one empty point; empty or repeated parameters are errors', () => {
    expect(expandGrid([]).points).toEqual([{ runId: 0, values: {} }]);
    expect(() => expandGrid([{ path: 'a', values: [] }])).toThrow(/no values/);
    expect(() => expandGrid([{ path: 'a', values: [1] }, { path: 'a', values: [2] }])).toThrow(/more than once/);
  });
});

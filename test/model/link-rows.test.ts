// The adjacency rows on their own: the change log the link table feeds (which listed ids changed,
// with their endpoints then, and when it gives up), and the rows' choice between patching and
// rebuilding, each leaving the rows a build from the columns gives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgentTable } from '../../src/model/agent-table.js';
import { LinkChanges } from '../../src/model/link-changes.js';
import { LinkRowPatch } from '../../src/model/link-row-patch.js';
import { LinkRows } from '../../src/model/link-rows.js';
import { LinkTable } from '../../src/model/link-table.js';
import { AgentKind, LinkType } from '../../src/model/vocabulary.js';
import { RandomStream } from '../../src/rng/index.js';

/** A table, its change log and rows over `agentCount` agents, with `links` random links. */
function make(agentCount: number, links: number, patchFromEntries?: number) {
  const agents = new AgentTable(agentCount);
  for (let i = 0; i < agentCount; i++) agents.add(AgentKind.Sme, i % 3);
  const changes = new LinkChanges();
  const table = new LinkTable(agents, 4, changes);
  const rows = new LinkRows(table, agents, changes, patchFromEntries);
  const rng = new RandomStream(`link-rows-${agentCount}-${links}`);
  while (table.count < links) {
    const x = rng.int(agentCount);
    const y = rng.int(agentCount);
    if (x !== y) table.connect(x, y, LinkType.IndustryIndustry, rng.uniform());
  }
  return { agents, changes, table, rows, rng };
}

/** Each agent's links in id order, and their other ends, from the columns. */
function expectRowsFromColumns(table: LinkTable, rows: LinkRows, n: number): void {
  for (let v = 0; v < n; v++) {
    const ids: number[] = [];
    for (let id = 0; id < table.count; id++) if (table.a[id] === v || table.b[id] === v) ids.push(id);
    expect(Array.from(rows.link.subarray(rows.start[v], rows.start[v + 1]))).toEqual(ids);
    expect(Array.from(rows.target.subarray(rows.start[v], rows.start[v + 1]))).toEqual(ids.map((id) => (table.a[id] === v ? table.b[id] : table.a[id])));
  }
  expect(rows.start[n]).toBe(2 * table.count);
}

describe('LinkChanges', () => {
  it('lists each listed link once, with the endpoints it had, until more than upTo changed', () => {
    const changes = new LinkChanges();
    changes.replacing(0, 1, 2);
    expect(changes.count).toBe(0); // nothing tracked before the first restart
    changes.restart(10, 16, 3);
    expect(changes.fresh).toBe(true);
    expect(changes.listedIntact()).toBe(true);
    changes.replacing(4, 5, 6);
    changes.replacing(4, 7, 8); // already listed: keeps the endpoints it had first
    changes.replacing(12, 1, 2); // not listed by the rows
    expect(changes.fresh).toBe(false);
    expect(changes.listedIntact()).toBe(false);
    expect(Array.from(changes.list.subarray(0, 3 * changes.count))).toEqual([4, 5, 6]);
    changes.replacing(1, 0, 3);
    changes.replacing(2, 0, 9);
    expect(changes.tracking).toBe(true);
    changes.replacing(3, 0, 9); // the fourth: past upTo
    expect(changes.tracking).toBe(false);
    expect(changes.count).toBe(3);
    changes.restart(10, 16, 3);
    expect(changes.count).toBe(0);
    expect(Array.from(changes.flagged)).toEqual(new Array(16).fill(0));
  });
});

describe('LinkRows', () => {
  afterEach(() => vi.restoreAllMocks());

  it('does nothing when neither links nor agents changed', () => {
    const { rows } = make(30, 40);
    rows.update();
    const start = rows.start;
    const apply = vi.spyOn(LinkRowPatch.prototype, 'apply');
    rows.start[0] = -7; // a second call that rebuilt would overwrite it
    rows.update();
    expect(apply).not.toHaveBeenCalled();
    expect(rows.start).toBe(start);
    expect(rows.start[0]).toBe(-7);
  });

  it('patches small rows after a few additions only, and rebuilds them after a removal', () => {
    const { agents, table, rows } = make(30, 40);
    rows.update();
    const apply = vi.spyOn(LinkRowPatch.prototype, 'apply');
    table.connect(0, 29, LinkType.Finance, 0.5);
    agents.add(AgentKind.Sme, 0);
    table.connect(30, 3, LinkType.Finance, 0.5);
    rows.update();
    expect(apply).toHaveBeenCalledTimes(1);
    expectRowsFromColumns(table, rows, agents.count);
    table.remove(5);
    rows.update();
    expect(apply).toHaveBeenCalledTimes(1);
    expectRowsFromColumns(table, rows, agents.count);
  });

  it('patches large rows after few changes and rebuilds them after many', () => {
    const { agents, table, rows, rng } = make(200, 400, 0);
    rows.update();
    const apply = vi.spyOn(LinkRowPatch.prototype, 'apply');
    // 10 removals (each changes up to two ids) and 10 additions: within an eighth of the links.
    for (let i = 0; i < 10; i++) table.remove(rng.int(table.count));
    for (let i = 0; i < 10; i++) table.connect(i, 199 - i, LinkType.IndustryIndustry, 0.5);
    rows.update();
    expect(apply).toHaveBeenCalledTimes(1);
    expectRowsFromColumns(table, rows, agents.count);
    // A quarter of the links removed: rebuilt.
    for (let i = 0; i < 100; i++) table.remove(rng.int(table.count));
    rows.update();
    expect(apply).toHaveBeenCalledTimes(1);
    expectRowsFromColumns(table, rows, agents.count);
  });
});

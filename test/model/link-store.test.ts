// The link store against a plain reference model under random operations: pair lookup, degrees,
// adjacency rows and pruning stay consistent however links are added, removed and pruned.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { AgentTable } from '../../src/model/agent-table.js';
import { LinkRowPatch } from '../../src/model/link-row-patch.js';
import { LinkStore } from '../../src/model/link-store.js';
import { AgentKind, LinkType } from '../../src/model/vocabulary.js';
import { RandomStream } from '../../src/rng/index.js';

const AGENTS = 24;

type Op =
  | { op: 'connect'; x: number; y: number; strength: number }
  | { op: 'remove'; pick: number }
  | { op: 'prune'; floor: number }
  | { op: 'kill'; agent: number };

const agent = fc.integer({ min: 0, max: AGENTS - 1 });
const operation: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('connect' as const), x: agent, y: agent, strength: fc.double({ min: 0.01, max: 1, noNaN: true }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('prune' as const), floor: fc.double({ min: 0, max: 0.5, noNaN: true }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('kill' as const), agent }) },
);

const key = (x: number, y: number) => (x < y ? `${x}-${y}` : `${y}-${x}`);

describe('LinkStore', () => {
  it('agrees with a reference map of pairs under connect, remove, prune and exits', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 200 }), (ops) => {
        const agents = new AgentTable(AGENTS);
        for (let i = 0; i < AGENTS; i++) agents.add(AgentKind.Sme, i % 3);
        const links = new LinkStore(agents, 4);
        const reference = new Map<string, number>();
        for (const o of ops) {
          if (o.op === 'connect') {
            if (o.x === o.y) {
              expect(() => links.connect(o.x, o.y, LinkType.IndustryIndustry, o.strength)).toThrow(RangeError);
              continue;
            }
            if (!agents.alive[o.x] || !agents.alive[o.y]) continue;
            links.connect(o.x, o.y, LinkType.IndustryIndustry, o.strength);
            const stored = Math.fround(o.strength);
            reference.set(key(o.x, o.y), Math.max(reference.get(key(o.x, o.y)) ?? 0, stored));
          } else if (o.op === 'remove') {
            if (links.count === 0) continue;
            const id = o.pick % links.count;
            reference.delete(key(links.a[id], links.b[id]));
            links.remove(id);
          } else if (o.op === 'prune') {
            links.pruneWeakerThan(o.floor);
            for (const [k, s] of reference) if (s < o.floor) reference.delete(k);
          } else {
            agents.retire(o.agent);
            links.pruneDeadEndpoints();
            for (const k of [...reference.keys()]) if (k.split('-').map(Number).includes(o.agent)) reference.delete(k);
          }
        }
        // Same pairs, same strengths, found both ways round.
        expect(links.count).toBe(reference.size);
        for (let id = 0; id < links.count; id++) {
          expect(links.strength[id]).toBe(reference.get(key(links.a[id], links.b[id])));
          expect(links.find(links.a[id], links.b[id])).toBe(id);
          expect(links.find(links.b[id], links.a[id])).toBe(id);
        }
        for (let x = 0; x < AGENTS; x++) {
          for (let y = 0; y < AGENTS; y++) if (!reference.has(key(x, y))) expect(links.find(x, y)).toBe(-1);
        }
        // Degrees and adjacency rows match the pairs.
        links.adjacency();
        for (let v = 0; v < AGENTS; v++) {
          const expected = [...reference.keys()].map((k) => k.split('-').map(Number)).filter((p) => p.includes(v)).map(([a, b]) => (a === v ? b : a)).sort((p, q) => p - q);
          const row = Array.from(links.adjTarget.subarray(links.adjStart[v], links.adjStart[v + 1])).sort((p, q) => p - q);
          expect(agents.degree[v]).toBe(expected.length);
          expect(row).toEqual(expected);
          for (let k = links.adjStart[v]; k < links.adjStart[v + 1]; k++) {
            const id = links.adjLink[k];
            expect([links.a[id], links.b[id]]).toContain(v);
            expect([links.a[id], links.b[id]]).toContain(links.adjTarget[k]);
          }
        }
        expect(links.created - links.removed).toBe(links.count);
      }),
      { numRuns: 80 },
    );
  });

  // Small stores rebuild their rows (patching them only after a few additions); with
  // patchFromEntries 0 they patch them whenever few links changed.
  it.each([
    ['rebuilt', undefined],
    ['patched', 0],
  ])('keeps every adjacency row in link-id order, rows %s', (_, patchFromEntries) => {
    type RowOp = Op | { op: 'adjacency' } | { op: 'born' };
    const rowOp: fc.Arbitrary<RowOp> = fc.oneof(
      { weight: 8, arbitrary: operation },
      { weight: 3, arbitrary: fc.constant({ op: 'adjacency' as const }) },
      { weight: 1, arbitrary: fc.constant({ op: 'born' as const }) },
    );
    fc.assert(
      fc.property(fc.array(rowOp, { maxLength: 250 }), (ops) => {
        const agents = new AgentTable(4);
        for (let i = 0; i < AGENTS; i++) agents.add(AgentKind.Sme, i % 3);
        const links = new LinkStore(agents, 4, patchFromEntries);
        const check = () => {
          links.adjacency();
          for (let v = 0; v < agents.count; v++) {
            const expected: number[] = [];
            for (let id = 0; id < links.count; id++) if (links.a[id] === v || links.b[id] === v) expected.push(id);
            expect(Array.from(links.adjLink.subarray(links.adjStart[v], links.adjStart[v + 1]))).toEqual(expected);
            expect(Array.from(links.adjTarget.subarray(links.adjStart[v], links.adjStart[v + 1]))).toEqual(expected.map((id) => (links.a[id] === v ? links.b[id] : links.a[id])));
          }
          expect(links.adjStart[agents.count]).toBe(2 * links.count);
        };
        for (const o of ops) {
          if (o.op === 'adjacency') check();
          else if (o.op === 'born') agents.add(AgentKind.Sme, 0);
          else if (o.op === 'connect') {
            const x = o.x % agents.count;
            const y = (o.y * 7 + 3) % agents.count;
            if (x !== y && agents.alive[x] && agents.alive[y]) links.connect(x, y, LinkType.IndustryIndustry, o.strength);
          } else if (o.op === 'remove') {
            if (links.count > 0) links.remove(o.pick % links.count);
          } else if (o.op === 'prune') links.pruneWeakerThan(o.floor);
          else {
            agents.retire(o.agent);
            links.pruneDeadEndpoints();
          }
        }
        check();
      }),
      { numRuns: 150 },
    );
  });

  it('patches large rows after a few links change, to the rows a rebuild gives', () => {
    const patchRows = vi.spyOn(LinkRowPatch.prototype, 'apply');
    // Rows as built from the columns: each agent's links in id order.
    const rowsFromColumns = (links: LinkStore, n: number) => {
      const start = [0];
      const target: number[] = [];
      const link: number[] = [];
      for (let v = 0; v < n; v++) {
        for (let id = 0; id < links.count; id++) {
          if (links.a[id] !== v && links.b[id] !== v) continue;
          target.push(links.a[id] === v ? links.b[id] : links.a[id]);
          link.push(id);
        }
        start.push(target.length);
      }
      return { start, target, link };
    };
    const rows = (links: LinkStore, n: number) => {
      links.adjacency();
      return { start: Array.from(links.adjStart.subarray(0, n + 1)), target: Array.from(links.adjTarget.subarray(0, 2 * links.count)), link: Array.from(links.adjLink.subarray(0, 2 * links.count)) };
    };
    const AGENTS_LARGE = 300;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.array(operation, { minLength: 1, maxLength: 60 }), (seed, ops) => {
        const agents = new AgentTable(AGENTS_LARGE);
        for (let i = 0; i < AGENTS_LARGE; i++) agents.add(AgentKind.Sme, i % 3);
        const links = new LinkStore(agents, 4, 0);
        const rng = new RandomStream(`rows-${seed}`);
        while (links.count < 600) {
          const x = rng.int(AGENTS_LARGE);
          const y = rng.int(AGENTS_LARGE);
          if (x !== y) links.connect(x, y, LinkType.IndustryIndustry, rng.uniform());
        }
        links.adjacency();
        for (const o of ops) {
          // Operations on the first agents, so that rows of all lengths change, some of them twice.
          if (o.op === 'connect') {
            if (o.x !== o.y && agents.alive[o.x] && agents.alive[o.y]) links.connect(o.x, o.y, LinkType.IndustryIndustry, o.strength);
          } else if (o.op === 'remove') {
            if (links.count > 0) links.remove(o.pick % links.count);
          } else if (o.op === 'prune') links.pruneWeakerThan(o.floor / 20);
          else {
            agents.retire(o.agent);
            links.pruneDeadEndpoints();
          }
          if (rng.uniform() < 0.2) agents.add(AgentKind.Sme, 0);
          if (rng.uniform() < 0.3) expect(rows(links, agents.count)).toEqual(rowsFromColumns(links, agents.count));
        }
        expect(rows(links, agents.count)).toEqual(rowsFromColumns(links, agents.count));
      }),
      { numRuns: 60 },
    );
    expect(patchRows).toHaveBeenCalled();
    patchRows.mockRestore();
  });

  it('prunes the links of leavers from their rows to the very columns a pass over every link leaves', () => {
    // The subject calls adjacency() between operations, so its pruning may read the leavers' rows;
    // the reference never builds rows, so it always passes over every link.
    type PruneOp = Op | { op: 'adjacency' } | { op: 'born' } | { op: 'leave'; agents: number[]; pick: number };
    const pruneOp: fc.Arbitrary<PruneOp> = fc.oneof(
      { weight: 8, arbitrary: operation },
      { weight: 3, arbitrary: fc.constant({ op: 'adjacency' as const }) },
      { weight: 1, arbitrary: fc.constant({ op: 'born' as const }) },
      { weight: 3, arbitrary: fc.record({ op: fc.constant('leave' as const), agents: fc.array(agent, { maxLength: 3 }), pick: fc.nat() }) },
    );
    const fromRows = vi.spyOn(LinkStore.prototype as unknown as { pruneLinksOfLeavers: () => void }, 'pruneLinksOfLeavers');
    const columns = (links: LinkStore) => ({
      a: Array.from(links.a.subarray(0, links.count)),
      b: Array.from(links.b.subarray(0, links.count)),
      strength: Array.from(links.strength.subarray(0, links.count)),
    });
    for (const patchFromEntries of [undefined, 0]) {
      fc.assert(
        fc.property(fc.array(pruneOp, { maxLength: 250 }), (ops) => {
          const make = () => {
            const agents = new AgentTable(4);
            for (let i = 0; i < AGENTS; i++) agents.add(AgentKind.Sme, i % 3);
            return { agents, links: new LinkStore(agents, 4, patchFromEntries) };
          };
          const subject = make();
          const reference = make();
          for (const o of ops) {
            if (o.op === 'adjacency') {
              subject.links.adjacency();
              continue;
            }
            for (const { agents, links } of [subject, reference]) {
              if (o.op === 'born') agents.add(AgentKind.Sme, 0);
              else if (o.op === 'connect') {
                // Links to the dead are allowed here: the next pruning must then pass over every link.
                const x = o.x % agents.count;
                const y = (o.y * 7 + 3) % agents.count;
                if (x !== y) links.connect(x, y, LinkType.IndustryIndustry, o.strength);
              } else if (o.op === 'remove') {
                if (links.count > 0) links.remove(o.pick % links.count);
              } else if (o.op === 'prune') links.pruneWeakerThan(o.floor);
              else if (o.op === 'kill') {
                agents.retire(o.agent);
                links.pruneDeadEndpoints();
              } else {
                // Several leave before one pruning: both ends of a link, others, one of them perhaps
                // born since the rows were built.
                if (links.count > 0) {
                  const id = o.pick % links.count;
                  const [x, y] = [links.a[id], links.b[id]];
                  agents.retire(x);
                  agents.retire(y);
                }
                for (const v of o.agents) agents.retire(v);
                if (agents.count > AGENTS) agents.retire(agents.count - 1);
                links.pruneDeadEndpoints();
              }
            }
            expect(columns(subject.links)).toEqual(columns(reference.links));
          }
          subject.links.adjacency();
          reference.links.adjacency();
          expect(Array.from(subject.links.adjLink.subarray(0, 2 * subject.links.count))).toEqual(Array.from(reference.links.adjLink.subarray(0, 2 * reference.links.count)));
        }),
        { numRuns: 150 },
      );
    }
    expect(fromRows).toHaveBeenCalled();
    fromRows.mockRestore();
  });

  it('prunes weak links from a list holding every weak one to the columns pruneWeakerThan leaves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, extra) => {
        const make = () => {
          const agents = new AgentTable(AGENTS);
          for (let i = 0; i < AGENTS; i++) agents.add(AgentKind.Sme, i % 3);
          const links = new LinkStore(agents, 4);
          const rng = new RandomStream(`weak-${seed}`);
          for (let i = 0; i < 120; i++) {
            const x = rng.int(AGENTS);
            const y = rng.int(AGENTS);
            if (x !== y) links.connect(x, y, LinkType.IndustryIndustry, rng.uniform());
          }
          return links;
        };
        const floor = 0.3;
        const subject = make();
        const reference = make();
        // Every weak link, and a share `extra` of the others, ascending.
        const rng = new RandomStream(`pick-${seed}`);
        const ids: number[] = [];
        for (let id = 0; id < subject.count; id++) if (subject.strength[id] < floor || rng.uniform() < extra) ids.push(id);
        subject.pruneWeakerAmong(Int32Array.from(ids), ids.length, floor);
        reference.pruneWeakerThan(floor);
        expect(Array.from(subject.a.subarray(0, subject.count))).toEqual(Array.from(reference.a.subarray(0, reference.count)));
        expect(Array.from(subject.b.subarray(0, subject.count))).toEqual(Array.from(reference.b.subarray(0, reference.count)));
        expect(Array.from(subject.strength.subarray(0, subject.count))).toEqual(Array.from(reference.strength.subarray(0, reference.count)));
      }),
      { numRuns: 100 },
    );
  });

  it('marks links between regions as cross-region', () => {
    const agents = new AgentTable(4);
    const a = agents.add(AgentKind.Sme, 0);
    const b = agents.add(AgentKind.Sme, 0);
    const c = agents.add(AgentKind.Sme, 1);
    const links = new LinkStore(agents);
    expect(links.crossRegion[links.connect(a, b, LinkType.IndustryIndustry, 0.5)]).toBe(0);
    expect(links.crossRegion[links.connect(a, c, LinkType.IndustryIndustry, 0.5)]).toBe(1);
  });
});

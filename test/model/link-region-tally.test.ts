// The link store's per-region tally (what the indicators read) against a scan of the links, under
// random connects, removals, pruning and exits across regions.
import { describe, expect, it } from 'vitest';
import { AgentTable } from '../../src/model/agent-table.js';
import { LinkStore } from '../../src/model/link-store.js';
import { AgentKind, LinkType } from '../../src/model/vocabulary.js';
import { RandomStream } from '../../src/rng/index.js';

const AGENTS = 40;
const REGIONS = 4;

function scan(links: LinkStore, agents: AgentTable) {
  const touching = new Array<number>(REGIONS).fill(0);
  const cross = new Array<number>(REGIONS).fill(0);
  const academic = new Array<number>(REGIONS).fill(0);
  let crossTotal = 0;
  let academicTotal = 0;
  for (let id = 0; id < links.count; id++) {
    const ra = agents.region[links.a[id]];
    const rb = agents.region[links.b[id]];
    const isCross = links.crossRegion[id] === 1;
    const isAcademic = links.type[id] === LinkType.AcademiaIndustry;
    for (const r of ra === rb ? [ra] : [ra, rb]) {
      touching[r]++;
      if (isCross) cross[r]++;
      if (isAcademic) academic[r]++;
    }
    if (isCross) crossTotal++;
    if (isAcademic) academicTotal++;
  }
  return { touching, cross, academic, crossTotal, academicTotal };
}

describe('LinkStore per-region tally', () => {
  it('equals a scan of the links after every operation', () => {
    const rng = new RandomStream('link-region-tally');
    const agents = new AgentTable(AGENTS);
    for (let i = 0; i < AGENTS; i++) agents.add(AgentKind.Sme, i % REGIONS);
    const links = new LinkStore(agents, 4);
    for (let step = 0; step < 3000; step++) {
      const op = rng.uniform();
      if (op < 0.6) {
        const x = rng.int(AGENTS);
        const y = rng.int(AGENTS);
        if (x === y || !agents.alive[x] || !agents.alive[y]) continue;
        links.connect(x, y, rng.int(4), rng.between(0.05, 1));
      } else if (op < 0.8 && links.count > 0) {
        links.remove(rng.int(links.count));
      } else if (op < 0.95) {
        links.pruneWeakerThan(rng.between(0, 0.1));
      } else {
        agents.retire(rng.int(AGENTS));
        links.pruneDeadEndpoints();
      }
      const expected = scan(links, agents);
      for (let r = 0; r < REGIONS; r++) {
        expect(links.byRegion.touching(r)).toBe(expected.touching[r]);
        expect(links.byRegion.crossTouching(r)).toBe(expected.cross[r]);
        expect(links.byRegion.academicTouching(r)).toBe(expected.academic[r]);
      }
      expect(links.byRegion.crossTotal).toBe(expected.crossTotal);
      expect(links.byRegion.academicTotal).toBe(expected.academicTotal);
    }
  });
});

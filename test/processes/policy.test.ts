// Phase 1, policy, on tiny worlds: the region's budget follows the programme, and coordinators the
// programme pays are hired while it pays and leave when it stops (金の切れ目).
import { describe, expect, it } from 'vitest';
import { policyPhase } from '../../src/processes/policy.js';
import { AgentKind, Payer } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { place, ready, tinyWorld } from '../helpers/tiny-world.js';

function aliveCoordinators(world: World, payer: number): number {
  let n = 0;
  for (let id = 0; id < world.agents.count; id++) {
    if (world.agents.kind[id] === AgentKind.Coordinator && world.agents.alive[id] && world.agents.payer[id] === payer) n++;
  }
  return n;
}

/** One policy phase at the world's quarter, as the engine runs it (index rebuilt after), then the next quarter. */
function quarter(world: World): void {
  policyPhase(world);
  world.index.rebuild(world.agents);
  world.quarter++;
}

describe('policy', () => {
  const programme = { policy: { programme: { startQuarter: 1, lengthQuarters: 2, budgetPerRegionQuarterJpyM: 50 } } };

  it('opens the budget only while the programme pays', () => {
    const world = ready(tinyWorld(programme, { regions: 2 }));
    const budgets: number[][] = [];
    for (let q = 0; q < 4; q++) {
      quarter(world);
      budgets.push([...world.regions.budgetJpyM]);
    }
    expect(budgets).toEqual([[0, 0], [50, 50], [50, 50], [0, 0]]);
  });

  it('programme coordinators are hired while funding lasts and leave when it stops; local ones stay', () => {
    const world = tinyWorld({ ...programme, regions: [{ id: 'r0', fields: { food: 1 }, agents: { programmeCoordinators: 2, localCoordinators: 0, universities: 0, publicInstitutes: 0, smes: 0, coreFirms: 0, banks: 0 } }] });
    place.coordinator(world, { payer: Payer.LocalGovernment });
    ready(world);
    const seen: number[] = [];
    for (let q = 0; q < 4; q++) {
      quarter(world);
      seen.push(aliveCoordinators(world, Payer.Programme));
      expect(aliveCoordinators(world, Payer.LocalGovernment)).toBe(1);
    }
    expect(seen).toEqual([0, 2, 2, 0]);
    // Hired once (not re-hired each quarter), and every departure booked.
    expect(world.ledger.births).toBe(2);
    expect(world.ledger.exits).toBe(2);
  });

  it('entrepreneurs arrive in proportion to the talent supply (all experienced at talent supply 1)', () => {
    const world = ready(tinyWorld({
      regions: [
        { id: 'scarce', talentSupply: 0, fields: { food: 1 } },
        { id: 'rich', talentSupply: 1, fields: { food: 1 } },
      ],
      model: { progress: { entrepreneursPerQuarter: 2 } },
    }));
    for (let q = 0; q < 20; q++) quarter(world);
    expect(world.regions.entrepreneurs[0] + world.regions.experiencedEntrepreneurs[0]).toBe(0);
    expect(world.regions.entrepreneurs[1]).toBe(0);
    expect(world.regions.experiencedEntrepreneurs[1]).toBeGreaterThan(20);
  });
});

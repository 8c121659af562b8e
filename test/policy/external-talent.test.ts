// External talent on tiny worlds: coordinators arrive with the configured skill while the programme
// runs and leave after their stay (or when the budget stops paying them); each arrival and quarter of
// stay debits the budget; entrepreneurs arrive; training multiplies coordinators' learning.
import { describe, expect, it } from 'vitest';
import { AgentKind, Payer } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { learningPhase } from '../../src/processes/learning.js';
import { policyPhase } from '../../src/processes/policy.js';
import { place, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

function externalTalent(talent: TinyInput, lengthQuarters = 6): TinyInput {
  // A budget large enough to pay every arrival and stay (what the budget cannot pay is tested below).
  return { policy: { programme: { startQuarter: 0, lengthQuarters, budgetPerRegionQuarterJpyM: 1000 }, externalTalent: talent } };
}

/** One quarter's policy and turnover, as the engine runs them. */
function quarter(world: World): void {
  policyPhase(world);
  world.index.rebuild(world.agents);
  learningPhase(world);
  world.index.rebuild(world.agents);
  world.quarter++;
}

describe('external talent: coordinators', () => {
  it('arrive with the configured skill, paid externally, and each leaves after exactly its stay', () => {
    const world = ready(tinyWorld(externalTalent({ coordinatorsPerRegionYear: 8, coordinatorSkill: 0.83, stayQuarters: 3 }, 6), { regions: 2 }));
    const arrived = new Map<number, number>();
    const left = new Map<number, number>();
    for (let q = 0; q < 12; q++) {
      const before = world.agents.count;
      policyPhase(world);
      world.index.rebuild(world.agents);
      for (let id = before; id < world.agents.count; id++) arrived.set(id, q);
      learningPhase(world);
      world.index.rebuild(world.agents);
      for (const id of arrived.keys()) if (!world.agents.alive[id] && !left.has(id)) left.set(id, q);
      world.quarter++;
    }
    expect(arrived.size).toBeGreaterThan(6);
    for (const [id, q] of arrived) {
      expect(world.agents.kind[id]).toBe(AgentKind.Coordinator);
      expect(world.agents.payer[id]).toBe(Payer.External);
      expect(world.agents.researchQuality[id]).toBeCloseTo(0.83, 6);
      // Working quarters q, q+1, q+2: gone at the end of q+2 — or in quarter 6, the first the
      // programme's budget no longer pays them (金の切れ目).
      expect(left.get(id), `coordinator ${id} arrived in quarter ${q}`).toBe(Math.min(q + 2, 6));
      expect(q).toBeLessThan(6); // arrivals only while the programme runs
    }
    expect(new Set([...arrived.keys()].map((id) => world.agents.region[id]))).toEqual(new Set([0, 1]));
    expect(world.ledger.births).toBe(arrived.size);
    expect(world.ledger.exits).toBe(arrived.size);
  });

  it('none arrive without the lever', () => {
    const world = ready(tinyWorld(externalTalent({})));
    for (let q = 0; q < 6; q++) quarter(world);
    expect(world.agents.count).toBe(0);
  });
});

describe('external talent: entrepreneurs and training', () => {
  it('entrepreneurs arrive while the programme runs, as external talent (apart from the region\'s own)', () => {
    const world = ready(tinyWorld(externalTalent({ entrepreneursPerRegionYear: 40 }, 4)));
    for (let q = 0; q < 4; q++) quarter(world);
    const during = world.regions.externalEntrepreneurs[0];
    expect(during).toBeGreaterThan(20);
    expect(world.regions.entrepreneurs[0]).toBe(0);
    for (let q = 0; q < 4; q++) quarter(world);
    expect(world.regions.externalEntrepreneurs[0]).toBe(during);
  });

  it('training multiplies a working coordinator\'s learning rate', () => {
    const skillAfterWork = (trainingSkillGrowth: number) => {
      const world = tinyWorld({ ...externalTalent({ trainingSkillGrowth }), model: { learning: { coordinatorLearningRate: 0.1 } } });
      const c = place.coordinator(world, { coordinatorSkill: 0.5 });
      ready(world);
      policyPhase(world); // the programme pays for the training this quarter
      world.agents.introductions[c] = 1;
      learningPhase(world);
      return world.agents.coordinatorSkill[c];
    };
    expect(skillAfterWork(1)).toBeCloseTo(0.5 + 0.1 * 0.5, 6);
    expect(skillAfterWork(3)).toBeCloseTo(0.5 + 0.3 * 0.5, 6);
  });
});

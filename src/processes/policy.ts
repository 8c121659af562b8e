// Phase 1, policy: public money available this quarter (the continuity schedule, scaled by a
// mid-term evaluation), programme coordinators hired while the programme runs and let go when it
// stops (unless a core institution keeps them), external talent and local entrepreneurs arriving.
import { addCoordinator, localCoordinatorSkill } from '../model/agent-factory.js';
import type { World } from '../model/world.js';
import { Payer } from '../model/vocabulary.js';
import { fundKeepsCoordinator, poolUnspentBudget } from '../policy/core-institution.js';
import { talentArrivals } from '../policy/external-talent.js';
import { programmeRunning } from '../policy/funding-schedule.js';
import { evaluateAtPhaseStart, regionBudgetJpyM } from '../policy/mid-term-evaluation.js';

export function policyPhase(world: World): void {
  const rng = world.streams.policy;
  const { agents, regions, scenario, index } = world;
  const running = programmeRunning(world.funding, world.quarter);
  evaluateAtPhaseStart(world);
  for (let r = 0; r < world.regionCount; r++) {
    poolUnspentBudget(world, r);
    const budget = regionBudgetJpyM(world, r);
    regions.budgetJpyM[r] = budget;
    regions.budgetAtStartJpyM[r] = budget;
    regions.fundToProjectsJpyM[r] = 0;
    regions.entrepreneurs[r] += rng.poisson(scenario.regions[r].talentSupply * world.params.progress.entrepreneursPerQuarter);

    // 金の切れ目: coordinators the programme pays leave when it stops paying.
    let employed = 0;
    for (const id of index.coordinators[r]) {
      if (agents.payer[id] !== Payer.Programme) continue;
      if (running || fundKeepsCoordinator(world, r)) {
        employed++;
      } else {
        if (agents.retire(id)) world.ledger.exits++;
      }
    }
    if (running) {
      for (let i = employed; i < scenario.regions[r].agents.programmeCoordinators; i++) {
        addCoordinator(world, r, rng, Payer.Programme, localCoordinatorSkill(world, r, rng), -1);
        world.ledger.births++;
      }
      talentArrivals(world, r);
    }
  }
}

// Phase 1, policy: public money available this quarter, programme coordinators hired while it
// pays and let go when it stops, entrepreneurs arriving from the region's talent supply.
import { addCoordinator, localCoordinatorSkill } from '../model/agent-factory.js';
import type { World } from '../model/world.js';
import { Payer } from '../model/vocabulary.js';
import { programmeActive, regionBudgetJpyM } from '../policy/funding-schedule.js';

export function policyPhase(world: World): void {
  const rng = world.streams.policy;
  const { agents, regions, scenario, index } = world;
  const paying = programmeActive(world.policy, world.quarter);
  for (let r = 0; r < world.regionCount; r++) {
    const budget = regionBudgetJpyM(world.policy, world.quarter);
    regions.budgetJpyM[r] = budget;
    regions.budgetAtStartJpyM[r] = budget;
    regions.entrepreneurs[r] += rng.poisson(scenario.regions[r].talentSupply * world.params.progress.entrepreneursPerQuarter);

    // 金の切れ目: coordinators the programme pays leave when it stops paying.
    let employed = 0;
    for (const id of index.coordinators[r]) {
      if (agents.payer[id] !== Payer.Programme) continue;
      if (paying) {
        employed++;
      } else {
        agents.alive[id] = 0;
        world.ledger.exits++;
      }
    }
    if (paying) {
      for (let i = employed; i < scenario.regions[r].agents.programmeCoordinators; i++) {
        addCoordinator(world, r, rng, Payer.Programme, localCoordinatorSkill(world, r, rng), -1);
        world.ledger.births++;
      }
    }
  }
}

// Coordinators and what they cost: programme coordinators are paid from the region's budget at the
// start of each quarter (or by a core institution's fund when the budget cannot) and leave when
// nobody pays them; the programme hires up to the scenario's number while its budget can pay;
// local-government coordinators are paid by local government, never from the budget.
import { Account, budgetOf, localGovernmentOf, OUTSIDE } from '../model/accounts.js';
import { addCoordinator, localCoordinatorSkill } from '../model/agent-factory.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';
import { Payer } from '../model/vocabulary.js';
import { fundKeepsCoordinator } from './core-institution.js';

/** Pays (or lets go) the region's programme coordinators in post; returns how many stay. */
export function keepProgrammeCoordinators(world: World, region: number, running: boolean): number {
  const { agents, index } = world;
  const cost = world.policy.programme.coordinatorCostJpyMPerQuarter;
  const budget = budgetOf(region);
  let employed = 0;
  for (const id of index.coordinators[region]) {
    if (agents.payer[id] !== Payer.Programme || !agents.alive[id]) continue;
    if (running && canPay(world, budget, cost)) {
      transfer(world, budget, OUTSIDE, cost, Account.Coordinators);
      employed++;
    } else if (fundKeepsCoordinator(world, region)) {
      employed++;
    } else if (agents.retire(id)) {
      // 金の切れ目: coordinators the programme pays leave when nobody pays them.
      world.ledger.exits++;
    }
  }
  return employed;
}

/** While the programme runs, hires programme coordinators up to the scenario's number, each paid for this quarter. */
export function hireProgrammeCoordinators(world: World, region: number, employed: number): void {
  const rng = world.streams.policy;
  const cost = world.policy.programme.coordinatorCostJpyMPerQuarter;
  const budget = budgetOf(region);
  for (let i = employed; i < world.scenario.regions[region].agents.programmeCoordinators && canPay(world, budget, cost); i++) {
    transfer(world, budget, OUTSIDE, cost, Account.Coordinators);
    addCoordinator(world, region, rng, Payer.Programme, localCoordinatorSkill(world, region, rng), -1);
    world.ledger.births++;
  }
}

/** Local government pays its coordinators' quarter (its own account: not the programme budget). */
export function payLocalCoordinators(world: World, region: number): void {
  const { agents, index } = world;
  const cost = world.policy.localGovernment.coordinatorCostJpyMPerQuarter;
  for (const id of index.coordinators[region]) {
    if (agents.payer[id] === Payer.LocalGovernment && agents.alive[id]) transfer(world, localGovernmentOf(region), OUTSIDE, cost, Account.LocalCoordinators);
  }
}

// External talent 域外人材: coordinators and entrepreneurs arrive from a national talent market while
// the programme runs, each arrival paid from the region's budget (no budget, no arrival); external
// coordinators come with the configured skill, are paid for every quarter of their stay and leave
// when it ends or the budget cannot pay them. Training (育成塾) speeds the learning of the
// coordinators it trains, paid per coordinator-quarter.
import { Account, budgetOf, OUTSIDE } from '../model/accounts.js';
import { addCoordinator } from '../model/agent-factory.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';
import { AgentKind, Payer, QUARTERS_PER_YEAR } from '../model/vocabulary.js';

/** Pays the region's external coordinators in post for this quarter; one the budget cannot pay leaves. */
export function keepExternalCoordinators(world: World, region: number): void {
  const { agents, index } = world;
  const cost = world.policy.externalTalent.coordinatorCostJpyMPerQuarter;
  const budget = budgetOf(region);
  for (const id of index.coordinators[region]) {
    if (agents.payer[id] !== Payer.External || !agents.alive[id]) continue;
    if (canPay(world, budget, cost)) transfer(world, budget, OUTSIDE, cost, Account.Talent);
    else if (agents.retire(id)) world.ledger.exits++;
  }
}

/**
 * This quarter's arrivals in region r (the policy phase calls it while the programme runs): a
 * coordinator costs its arrival and its first quarter, an entrepreneur its arrival.
 */
export function talentArrivals(world: World, region: number): void {
  const t = world.policy.externalTalent;
  if (t.coordinatorsPerRegionYear === 0 && t.entrepreneursPerRegionYear === 0) return;
  const rng = world.streams.talent;
  const budget = budgetOf(region);
  const coordinatorCost = t.coordinatorArrivalCostJpyM + t.coordinatorCostJpyMPerQuarter;
  const coordinators = rng.poisson(t.coordinatorsPerRegionYear / QUARTERS_PER_YEAR);
  for (let i = 0; i < coordinators && canPay(world, budget, coordinatorCost); i++) {
    transfer(world, budget, OUTSIDE, coordinatorCost, Account.Talent);
    addCoordinator(world, region, rng, Payer.External, t.coordinatorSkill, t.stayQuarters);
    world.ledger.births++;
  }
  const entrepreneurs = rng.poisson(t.entrepreneursPerRegionYear / QUARTERS_PER_YEAR);
  for (let i = 0; i < entrepreneurs && canPay(world, budget, t.entrepreneurArrivalCostJpyM); i++) {
    transfer(world, budget, OUTSIDE, t.entrepreneurArrivalCostJpyM, Account.Talent);
    world.regions.externalEntrepreneurs[region]++;
  }
}

/** Training 育成塾: each coordinator of the region in post is trained this quarter if the budget pays for it. */
export function trainCoordinators(world: World, region: number): void {
  const t = world.policy.externalTalent;
  if (t.trainingSkillGrowth === 1) return;
  const { agents, index } = world;
  const budget = budgetOf(region);
  for (const id of index.coordinators[region]) {
    if (!agents.alive[id] || agents.kind[id] !== AgentKind.Coordinator) continue;
    const paid = canPay(world, budget, t.trainingCostJpyMPerCoordinatorQuarter);
    if (paid) transfer(world, budget, OUTSIDE, t.trainingCostJpyMPerCoordinatorQuarter, Account.Training);
    agents.trained[id] = paid ? 1 : 0;
  }
}

/** Share of the gap to full skill a working coordinator closes per quarter: untrained, and in training. */
export function coordinatorLearningRates(world: World): { untrained: number; trained: number } {
  const base = world.params.learning.coordinatorLearningRate;
  return { untrained: base, trained: Math.min(1, base * world.policy.externalTalent.trainingSkillGrowth) };
}

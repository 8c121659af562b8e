// External talent 域外人材: coordinators and entrepreneurs arrive from a national talent market while
// the programme runs; external coordinators come with the configured skill and leave after their
// stay (their tenure runs down in learning and turnover). Training (育成塾) speeds every
// coordinator's learning.
import { addCoordinator } from '../model/agent-factory.js';
import type { World } from '../model/world.js';
import { Payer } from '../model/vocabulary.js';

/** This quarter's arrivals in region r (the policy phase calls it while the programme runs). */
export function talentArrivals(world: World, region: number): void {
  const t = world.policy.externalTalent;
  if (t.coordinatorsPerRegionYear === 0 && t.entrepreneursPerRegionYear === 0) return;
  const rng = world.streams.talent;
  const coordinators = rng.poisson(t.coordinatorsPerRegionYear / 4);
  for (let i = 0; i < coordinators; i++) {
    addCoordinator(world, region, rng, Payer.External, t.coordinatorSkill, t.stayQuarters);
    world.ledger.births++;
  }
  world.regions.entrepreneurs[region] += rng.poisson(t.entrepreneursPerRegionYear / 4);
}

/** Share of the gap to full skill a working coordinator closes per quarter, with training. */
export function coordinatorLearningRate(world: World): number {
  return Math.min(1, world.params.learning.coordinatorLearningRate * world.policy.externalTalent.trainingSkillGrowth);
}

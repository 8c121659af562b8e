// Phase 8, learning and turnover: joint work raises firms' absorptive capacity and reinforces the
// project's links; every link decays by its type and disappears below the floor; coordinators
// learn by working (faster in training); local-government coordinators rotate out and a novice
// replaces them; external coordinators leave when their stay ends.
import { addCoordinator, localCoordinatorSkill } from '../model/agent-factory.js';
import type { World } from '../model/world.js';
import { AgentKind, Payer, ProjectStatus } from '../model/vocabulary.js';
import { scratchSlot } from '../model/workspace.js';
import { coordinatorLearningRates } from '../policy/external-talent.js';

/** Ids of the links that decay leaves below the floor (grown as needed, kept in the world from quarter to quarter). */
class LearningScratch {
  weak = new Int32Array(64);
}

const LEARNING_SCRATCH = scratchSlot('learning', () => new LearningScratch());

export function learningPhase(world: World): void {
  // Strength lives in (0, 1]: with a floor of 0, a link decayed or damaged to nothing would
  // otherwise stay as a tie of strength 0, so the floor is at least the smallest positive number.
  const floor = Math.max(world.params.learning.linkFloor, Number.MIN_VALUE);
  const scratch = world.workspace.of(LEARNING_SCRATCH);
  const weak = decayLinks(world, floor, scratch);
  jointWork(world);
  // Joint work only strengthens links (reinforcement is a share, >= 0) and neither adds nor
  // removes any: every link below the floor now is one that decay left there.
  world.links.pruneWeakerAmong(scratch.weak, weak, floor);
  coordinatorTurnover(world);
  world.links.pruneDeadEndpoints();
}

/** Decays every link by its type; lists those left weaker than `floor` in `scratch.weak`, returns how many. */
function decayLinks(world: World, floor: number, scratch: LearningScratch): number {
  const { links } = world;
  const { strength, type } = links;
  const d = world.params.learning.linkDecay;
  const keep = Float32Array.of(1 - d.academiaIndustry, 1 - d.industryIndustry, 1 - d.finance, 1 - d.coordination);
  if (scratch.weak.length < links.count) scratch.weak = new Int32Array(Math.max(links.count, 2 * scratch.weak.length));
  const weak = scratch.weak;
  let count = 0;
  for (let id = 0; id < links.count; id++) {
    strength[id] *= keep[type[id]];
    // The stored (single-precision) strength, as the pruning reads it.
    if (strength[id] < floor) weak[count++] = id;
  }
  return count;
}

/** Only ever strengthens (learningPhase prunes just the links decay left weak, relying on it). */
function reinforce(world: World, a: number, b: number): void {
  const link = world.links.find(a, b);
  if (link < 0) return;
  const s = world.links.strength[link] + world.params.learning.linkReinforcement;
  world.links.strength[link] = s > 1 ? 1 : s;
}

function learn(world: World, firm: number): void {
  const a = world.agents.absorptive;
  a[firm] += world.params.learning.absorptiveLearningRate * (1 - a[firm]);
}

/** Active projects strengthen their ties and teach their firms. */
function jointWork(world: World): void {
  const { projects, agents } = world;
  for (let id = 0; id < projects.count; id++) {
    if (projects.status[id] !== ProjectStatus.Active) continue;
    const lead = projects.lead[id];
    const university = projects.university[id];
    learn(world, lead);
    reinforce(world, university, lead);
    const coordinator = projects.coordinator[id];
    if (coordinator >= 0 && agents.alive[coordinator]) {
      reinforce(world, coordinator, lead);
      reinforce(world, coordinator, university);
    }
    for (let k = 0; k < projects.partnerCount[id]; k++) {
      const partner = projects.partner(id, k);
      if (!agents.alive[partner]) continue;
      learn(world, partner);
      reinforce(world, lead, partner);
    }
  }
}

function coordinatorTurnover(world: World): void {
  const rng = world.streams.learning;
  const { agents, index, ledger } = world;
  const l = world.params.learning;
  const rates = coordinatorLearningRates(world);
  for (let r = 0; r < world.regionCount; r++) {
    for (const c of index.coordinators[r]) {
      if (!agents.alive[c] || agents.kind[c] !== AgentKind.Coordinator) continue;
      const learningRate = agents.trained[c] ? rates.trained : rates.untrained;
      if (agents.introductions[c] > 0) agents.coordinatorSkill[c] += learningRate * (1 - agents.coordinatorSkill[c]);
      agents.introductions[c] = 0;
      if (agents.tenureQuarters[c] < 0 || --agents.tenureQuarters[c] > 0) continue;
      // Rotation: the post stays, the experience leaves with the person.
      if (agents.retire(c)) ledger.exits++;
      if (agents.payer[c] === Payer.LocalGovernment) {
        addCoordinator(world, r, rng, Payer.LocalGovernment, localCoordinatorSkill(world, r, rng), l.localCoordinatorTenureQuarters);
        ledger.births++;
      }
    }
  }
}

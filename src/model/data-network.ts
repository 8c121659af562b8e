// Initial network from data (MODEL.md §6): the scenario's `initialNetwork` rows become agents and
// links. Data agents come after the generated ones, in the order of the rows, with attributes drawn
// as for generated agents of their kind and region; their links at the start are exactly the data's.
import type { RandomStream } from '../rng/index.js';
import { messages } from '../messages.js';
import type { InitialNetwork } from '../scenario/schema.js';
import { addAcademic, addBank, addCoordinator, addCoreFirm, addSme, localCoordinatorSkill, lognormal } from './agent-factory.js';
import type { World } from './world.js';
import { AgentKind, FIELDS, LINK_TYPE_NAMES, Payer } from './vocabulary.js';

/** Adds the data's agents and links; returns the agent index of each data id. */
export function addDataNetwork(world: World, network: InitialNetwork, rng: RandomStream): Map<string, number> {
  const { agents, edges } = network;
  // The loader puts the CSV files' rows into the scenario; a path here means it was bypassed.
  if (typeof agents === 'string' || typeof edges === 'string') throw new Error(messages.networkNotLoaded());
  const p = world.params;
  const regionOf = new Map(world.scenario.regions.map((region, r) => [region.id, r]));
  const index = new Map<string, number>();
  for (const agent of agents) {
    const r = regionOf.get(agent.region);
    if (r === undefined) throw new Error(`initialNetwork: unknown region ${JSON.stringify(agent.region)}`);
    const field = agent.field === undefined ? -1 : FIELDS.indexOf(agent.field);
    let id: number;
    switch (agent.kind) {
      case 'university': id = addAcademic(world, r, AgentKind.University, rng, field); break;
      case 'publicInstitute': id = addAcademic(world, r, AgentKind.PublicInstitute, rng, field); break;
      case 'sme': {
        const cash = lognormal(rng, p.finance.smeInitialCashJpyM * (0.5 + world.scenario.regions[r].industrialPotential), p.finance.smeInitialCashLogSd);
        id = addSme(world, r, rng, cash, field);
        break;
      }
      case 'coreFirm': id = addCoreFirm(world, r, rng, field); break;
      case 'bank': id = addBank(world, r, rng, field); break;
      case 'coordinator': {
        // Coordinators in the data are the region's own (local government), with staggered tenures.
        const tenure = 1 + rng.int(p.learning.localCoordinatorTenureQuarters);
        id = addCoordinator(world, r, rng, Payer.LocalGovernment, localCoordinatorSkill(world, r, rng), tenure, field);
        break;
      }
    }
    index.set(agent.id, id);
  }
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined) throw new Error(`initialNetwork: link ${edge.source}–${edge.target} names an unknown agent`);
    world.links.connect(a, b, LINK_TYPE_NAMES.indexOf(edge.kind), edge.weight);
  }
  return index;
}

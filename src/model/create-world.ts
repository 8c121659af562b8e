// Initialisation (MODEL.md §6): agents per region from the scenario, supplier and bank-client links,
// then the initial network from data, if the scenario has one.
import type { FundingSchedule } from '../policy/funding-schedule.js';
import type { Scenario } from '../scenario/schema.js';
import { addAcademic, addBank, addCoordinator, addCoreFirm, addSme, localCoordinatorSkill, lognormal } from './agent-factory.js';
import { addDataNetwork } from './data-network.js';
import { emptyWorld, type World } from './world.js';
import { AgentKind, LinkType, Payer } from './vocabulary.js';

/** The world of one replication at quarter 0; `funding` is compiled by the engine (see `newWorld` in src/engine/simulate.ts). */
export function createWorld(scenario: Scenario, replicationSeedHex: string, funding: FundingSchedule): World {
  const world = emptyWorld(scenario, replicationSeedHex, funding);
  const rng = world.streams.init;
  const p = scenario.model;
  scenario.regions.forEach((region, r) => {
    const counts = region.agents;
    for (let i = 0; i < counts.universities; i++) addAcademic(world, r, AgentKind.University, rng);
    for (let i = 0; i < counts.publicInstitutes; i++) addAcademic(world, r, AgentKind.PublicInstitute, rng);
    const smes: number[] = [];
    for (let i = 0; i < counts.smes; i++) {
      smes.push(addSme(world, r, rng, lognormal(rng, p.finance.smeInitialCashJpyM * (0.5 + region.industrialPotential), p.finance.smeInitialCashLogSd)));
    }
    const banks: number[] = [];
    for (let i = 0; i < counts.banks; i++) banks.push(addBank(world, r, rng));
    for (let i = 0; i < counts.coreFirms; i++) {
      const core = addCoreFirm(world, r, rng);
      // Supplier network 系列: a core firm trades with SMEs of its region from the start.
      for (let s = 0; s < p.firms.suppliersPerCoreFirm && smes.length > 0; s++) {
        const supplier = smes[rng.int(smes.length)];
        world.links.connect(core, supplier, LinkType.IndustryIndustry, rng.between(p.firms.initialLinkStrengthMin, p.firms.initialLinkStrengthMax));
      }
    }
    if (banks.length > 0) {
      for (const sme of smes) {
        if (rng.bernoulli(p.finance.bankClientShare)) {
          world.links.connect(sme, banks[rng.int(banks.length)], LinkType.Finance, rng.between(p.firms.initialLinkStrengthMin, p.firms.initialLinkStrengthMax));
        }
      }
    }
    // Programme coordinators are hired by the policy process when funding starts.
    for (let i = 0; i < counts.localCoordinators; i++) {
      const tenure = 1 + rng.int(p.learning.localCoordinatorTenureQuarters);
      addCoordinator(world, r, rng, Payer.LocalGovernment, localCoordinatorSkill(world, r, rng), tenure);
    }
  });
  // After every generated agent, so a scenario without data draws exactly as before.
  if (scenario.initialNetwork) addDataNetwork(world, scenario.initialNetwork, rng);
  world.ledger.agentsInitial = world.agents.count;
  for (let id = 0; id < world.agents.count; id++) {
    const kind = world.agents.kind[id];
    if (kind === AgentKind.Sme || kind === AgentKind.CoreFirm) {
      world.ledger.initialFirmMoneyJpyM += world.agents.cashJpyM[id] + world.agents.creditJpyM[id];
    }
  }
  world.index.rebuild(world.agents);
  return world;
}

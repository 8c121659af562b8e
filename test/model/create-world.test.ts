// Initialisation (MODEL.md §6) of the baseline: agents per region and kind as the scenario says,
// supplier and bank-client links, unit-length field profiles, and the opening ledger.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorld } from '../../src/engine/simulate.js';
import { AgentKind, FIELD_COUNT, isFirm, LinkType, Payer } from '../../src/model/vocabulary.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const baseline = loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml')).scenario;

describe('createWorld on the baseline', () => {
  const world = newWorld(baseline, '0123456789abcdef');
  const { agents } = world;
  const ids = Array.from({ length: agents.count }, (_, i) => i);
  const countOf = (region: number, kind: number) => ids.filter((id) => agents.region[id] === region && agents.kind[id] === kind).length;

  it('places the scenario\'s agents per region and kind; programme coordinators wait for the programme', () => {
    baseline.regions.forEach((region, r) => {
      const a = region.agents;
      expect(countOf(r, AgentKind.University)).toBe(a.universities);
      expect(countOf(r, AgentKind.PublicInstitute)).toBe(a.publicInstitutes);
      expect(countOf(r, AgentKind.Sme)).toBe(a.smes);
      expect(countOf(r, AgentKind.CoreFirm)).toBe(a.coreFirms);
      expect(countOf(r, AgentKind.Bank)).toBe(a.banks);
      expect(countOf(r, AgentKind.Coordinator)).toBe(a.localCoordinators);
    });
    expect(ids.every((id) => agents.alive[id] === 1)).toBe(true);
    expect(ids.filter((id) => agents.kind[id] === AgentKind.Coordinator).every((id) => agents.payer[id] === Payer.LocalGovernment)).toBe(true);
    expect(world.ledger.agentsInitial).toBe(agents.count);
  });

  it('core firms start with supplier SMEs of their region, and most SMEs with a bank of their region', () => {
    const byType = (type: number) => Array.from({ length: world.links.count }, (_, id) => id).filter((id) => world.links.type[id] === type);
    const supply = byType(LinkType.IndustryIndustry);
    expect(supply.length).toBeGreaterThan(0);
    for (const id of supply) {
      const kinds = [agents.kind[world.links.a[id]], agents.kind[world.links.b[id]]].sort();
      expect(kinds).toEqual([AgentKind.Sme, AgentKind.CoreFirm]);
      expect(world.links.crossRegion[id]).toBe(0);
    }
    const smes = ids.filter((id) => agents.kind[id] === AgentKind.Sme).length;
    const clients = byType(LinkType.Finance).length;
    expect(clients / smes).toBeGreaterThan(baseline.model.finance.bankClientShare - 0.1);
    expect(clients / smes).toBeLessThan(baseline.model.finance.bankClientShare + 0.1);
    expect(byType(LinkType.AcademiaIndustry)).toHaveLength(0);
  });

  it('every field profile has unit length, and banks start with their whole capacity to lend', () => {
    for (const id of ids) {
      let norm = 0;
      for (let f = 0; f < FIELD_COUNT; f++) norm += agents.profile[id * FIELD_COUNT + f] ** 2;
      expect(Math.sqrt(norm)).toBeCloseTo(1, 5);
      if (agents.kind[id] === AgentKind.Bank) expect(agents.lendableJpyM[id]).toBe(agents.lendingCapacityJpyM[id]);
    }
  });

  it('the ledger opens with the firms\' money', () => {
    const money = ids.filter((id) => isFirm(agents.kind[id])).reduce((sum, id) => sum + agents.cashJpyM[id] + agents.creditJpyM[id], 0);
    expect(world.ledger.initialFirmMoneyJpyM).toBeCloseTo(money, 6);
    expect(money).toBeGreaterThan(0);
  });
});

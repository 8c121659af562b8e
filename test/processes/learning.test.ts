// Phase 8, learning and turnover, on tiny worlds: link decay by type, the floor, reinforcement by
// joint work, absorptive learning and coordinator rotation.
import { describe, expect, it } from 'vitest';
import { Payer, ProjectStatus } from '../../src/model/vocabulary.js';
import { learningPhase } from '../../src/processes/learning.js';
import { link, place, project, ready, strengthBetween, tinyWorld } from '../helpers/tiny-world.js';

const rates = { model: { learning: { linkDecay: { academiaIndustry: 0.1, industryIndustry: 0.01, finance: 0.005, coordination: 0.12 }, linkFloor: 0.1, linkReinforcement: 0.2, absorptiveLearningRate: 0.1 } } };

describe('learning: links', () => {
  it('links decay by their type', () => {
    const world = tinyWorld(rates);
    const u = place.university(world);
    const a = place.sme(world);
    const b = place.sme(world);
    const bank = place.bank(world);
    link(world, u, a, 0.5);
    link(world, a, b, 0.5);
    link(world, a, bank, 0.5);
    ready(world);
    learningPhase(world);
    expect(strengthBetween(world, u, a)).toBeCloseTo(0.45, 6);
    expect(strengthBetween(world, a, b)).toBeCloseTo(0.495, 6);
    expect(strengthBetween(world, a, bank)).toBeCloseTo(0.4975, 6);
  });

  it('a link that falls below the floor disappears, and both degrees drop', () => {
    const world = tinyWorld(rates);
    const u = place.university(world);
    const a = place.sme(world);
    const b = place.sme(world);
    link(world, u, a, 0.105); // 0.0945 after decay: below 0.1
    link(world, u, b, 0.2);
    ready(world);
    learningPhase(world);
    expect(world.links.find(u, a)).toBe(-1);
    expect(world.links.find(u, b)).toBeGreaterThanOrEqual(0);
    expect(world.agents.degree[a]).toBe(0);
    expect(world.agents.degree[u]).toBe(1);
  });

  it('with a floor of 0, a link decayed to nothing still disappears (strength stays in (0, 1])', () => {
    const world = tinyWorld({ model: { learning: { linkFloor: 0, linkDecay: { academiaIndustry: 1 } } } });
    const u = place.university(world);
    const a = place.sme(world);
    link(world, u, a, 0.5);
    ready(world);
    learningPhase(world);
    expect(world.links.count).toBe(0);
    expect(world.agents.degree[a]).toBe(0);
  });

  it('joint work reinforces the project\'s links and saves them from the floor', () => {
    const world = tinyWorld(rates);
    const u = place.university(world);
    const lead = place.sme(world, { absorptive: 0.2 });
    const partner = place.sme(world, { absorptive: 0.2 });
    const idle = place.sme(world, { absorptive: 0.2 });
    link(world, u, lead, 0.105);
    link(world, lead, partner, 0.9);
    link(world, u, idle, 0.105);
    const p = project(world, u, lead);
    world.projects.addPartner(p, partner);
    world.projects.status[p] = ProjectStatus.Active;
    ready(world);
    learningPhase(world);
    expect(strengthBetween(world, u, lead)).toBeCloseTo(0.105 * 0.9 + 0.2, 6);
    expect(strengthBetween(world, lead, partner)).toBe(1); // capped at 1
    expect(world.links.find(u, idle)).toBe(-1);
    // Absorptive capacity closes 10% of its gap to 1 for the firms at work, not for the idle one.
    expect(world.agents.absorptive[lead]).toBeCloseTo(0.28, 6);
    expect(world.agents.absorptive[partner]).toBeCloseTo(0.28, 6);
    expect(world.agents.absorptive[idle]).toBeCloseTo(0.2, 6);
  });

  it('a stalled project does not reinforce', () => {
    const world = tinyWorld(rates);
    const u = place.university(world);
    const lead = place.sme(world);
    link(world, u, lead, 0.5);
    const p = project(world, u, lead);
    world.projects.status[p] = ProjectStatus.Stalled;
    ready(world);
    learningPhase(world);
    expect(strengthBetween(world, u, lead)).toBeCloseTo(0.45, 6);
  });
});

describe('learning: coordinators', () => {
  it('a local coordinator rotates out at the end of tenure and a novice takes the post', () => {
    const world = tinyWorld({ model: { learning: { localCoordinatorTenureQuarters: 5, coordinatorLearningRate: 0.5 } } });
    const u = place.university(world);
    const c = place.coordinator(world, { payer: Payer.LocalGovernment, tenureQuarters: 2, coordinatorSkill: 0.9 });
    link(world, c, u, 0.9);
    ready(world);
    world.agents.introductions[c] = 1;
    learningPhase(world);
    expect(world.agents.alive[c]).toBe(1);
    expect(world.agents.coordinatorSkill[c]).toBeCloseTo(0.95, 6); // learnt from this quarter's work
    expect(world.agents.introductions[c]).toBe(0);
    learningPhase(world);
    expect(world.agents.alive[c]).toBe(0);
    expect(world.links.count).toBe(0); // the person's ties leave with them
    const successor = world.agents.count - 1;
    expect(successor).not.toBe(c);
    expect(world.agents.alive[successor]).toBe(1);
    expect(world.agents.tenureQuarters[successor]).toBe(5);
    expect(world.ledger.births).toBe(1);
    expect(world.ledger.exits).toBe(1);
  });

  it('programme coordinators do not rotate (they leave with the funding instead)', () => {
    const world = tinyWorld();
    const c = place.coordinator(world, { payer: Payer.Programme, tenureQuarters: -1 });
    ready(world);
    for (let q = 0; q < 10; q++) learningPhase(world);
    expect(world.agents.alive[c]).toBe(1);
  });
});

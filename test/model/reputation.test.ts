// Reputation and applicants: partners are picked in proportion to 1 + weight × successes (one draw),
// successes are recorded when a prototype completes and at launch, and every patent has an applicant.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { pickByReputation, Reputation } from '../../src/model/reputation.js';
import { Stage } from '../../src/model/vocabulary.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { researchPhase } from '../../src/processes/research.js';
import { link, place, project, ready, tinyWorld } from '../helpers/tiny-world.js';

describe('pickByReputation', () => {
  it('without tickets it is the uniform pick of the same draw', () => {
    const urn = new Reputation(1).academics[0];
    const list = [10, 11, 12, 13];
    for (const u of [0, 0.1, 0.49, 0.5, 0.99]) expect(pickByReputation(list, urn, 3, u)).toBe(list[Math.floor(u * list.length)]);
  });

  it('an agent with successes is picked in proportion to 1 + weight × successes', () => {
    const urn = new Reputation(1).firms[0];
    const list = [0, 1, 2, 3];
    urn.push(2);
    urn.push(2);
    // Weights: 1, 1, 1 + 2 × 2 = 5, 1 → agent 2 has 5 of 8.
    const draws = 80_000;
    let hits = 0;
    for (let i = 0; i < draws; i++) if (pickByReputation(list, urn, 2, (i + 0.5) / draws) === 2) hits++;
    expect(hits / draws).toBeCloseTo(5 / 8, 3);
  });
});

describe('records and applicants', () => {
  const sure = { model: { progress: { advanceHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, prototypePatentProbability: 1 } } };

  it('a completed prototype and a launch each give the university and the firms a success (and a ticket)', () => {
    const world = tinyWorld(sure);
    const university = place.university(world);
    const firm = place.sme(world, { cashJpyM: 1000 });
    link(world, university, firm, 0.8);
    project(world, university, firm, { stage: Stage.Prototype });
    ready(world);
    projectProgressPhase(world);
    expect(world.agents.successes[university]).toBe(1);
    expect(world.agents.successes[firm]).toBe(1);
    expect(world.reputation.academics[0].count).toBe(1);
    expect(world.reputation.firms[0].count).toBe(1);
  });

  it('a prototype\'s patent names the lead firm, a seed\'s patent the university that found it', () => {
    const world = tinyWorld(sure);
    const university = place.university(world, { researchers: 0 });
    const firm = place.sme(world, { cashJpyM: 1000 });
    link(world, university, firm, 0.8);
    project(world, university, firm, { stage: Stage.Prototype });
    ready(world);
    projectProgressPhase(world);
    expect(world.agents.patents[firm]).toBe(1);

    const research = tinyWorld({ model: { research: { seedPatentProbability: 1, seedsPerResearcherQuarter: 1 } } });
    const lab = place.university(research, { researchers: 20, researchQuality: 1, industryOrientation: 1 });
    ready(research);
    researchPhase(research);
    const row = research.regionCount * INDICATOR_COUNT;
    const patents = research.quarterIndicators[row + I.patentsDomestic] + research.quarterIndicators[row + I.patentsOverseas];
    expect(patents).toBeGreaterThan(0);
    expect(research.agents.patents[lab]).toBe(patents);
  });
});

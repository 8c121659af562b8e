// Programme participants as the Knowledge Cluster table counts them (programmeInstitutions,
// programmePeople), on a tiny world: institutions in a programme-funded project, the banks lending to
// them, the coordinator running it, counted for a window of quarters after they last took part.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import type { World } from '../../src/model/world.js';
import { indicatorsPhase } from '../../src/processes/indicators.js';
import { policyPhase } from '../../src/processes/policy.js';
import { place, project, ready, tinyWorld } from '../helpers/tiny-world.js';

/** One region funded in quarter 0 only; participants counted for 2 quarters, 3 staff per institution. */
function world(researcherShare = 0): { world: World; bank: number; coordinator: number } {
  const w = tinyWorld({
    policy: { programme: { startQuarter: 0, lengthQuarters: 1, budgetPerRegionQuarterJpyM: 100, researcherShare, researcherCostJpyMPerQuarter: 5 } },
    model: { observation: { participationWindowQuarters: 2, staffPerParticipatingInstitution: 3 } },
  });
  const university = place.university(w, { researchers: 10 });
  place.university(w, { researchers: 10 }); // idle: in no project
  const lead = place.sme(w, { cashJpyM: 100 });
  const partner = place.sme(w);
  place.sme(w); // idle
  const bank = place.bank(w);
  const coordinator = place.coordinator(w);
  ready(w);
  const id = project(w, university, lead);
  w.projects.addPartner(id, partner);
  w.projects.coordinator[id] = coordinator;
  w.loans.add(lead, bank, 10, 4);
  return { world: w, bank, coordinator };
}

/** Runs the policy and indicator phases for `quarters` quarters; per quarter the totals asked for. */
function observe(w: World, quarters: number, between?: (quarter: number) => void): { institutions: number[]; people: number[]; inProjects: number[] } {
  const total = w.regionCount * INDICATOR_COUNT;
  const out = { institutions: [] as number[], people: [] as number[], inProjects: [] as number[] };
  for (let q = 0; q < quarters; q++) {
    w.quarterIndicators.fill(0);
    policyPhase(w);
    indicatorsPhase(w);
    out.institutions.push(w.quarterIndicators[total + I.programmeInstitutions]);
    out.people.push(w.quarterIndicators[total + I.programmePeople]);
    out.inProjects.push(w.quarterIndicators[total + I.participatingInstitutions]);
    between?.(q);
    w.quarter++;
  }
  return out;
}

describe('programme participants', () => {
  it('count the project\'s university, lead, partner and lending bank while the programme funds the region, for the window after', () => {
    const { world: w } = world();
    const seen = observe(w, 3);
    // Quarter 0 funded: university, lead, partner, bank. Quarter 1: still in the 2-quarter window.
    // Quarter 2: out of it, though the project lives on (participatingInstitutions counts it, not the bank).
    expect(seen.institutions).toEqual([4, 4, 0]);
    // People: the coordinator + 3 staff per institution; none once the window has passed.
    expect(seen.people).toEqual([1 + 3 * 4, 1 + 3 * 4, 0]);
    expect(seen.inProjects).toEqual([3, 3, 3]);
  });

  it('add the researchers the programme employs to the people', () => {
    // 20% of 100 at 5 a quarter: 4 employed researchers in quarter 0, none once the money stops.
    const { world: w } = world(0.2);
    expect(observe(w, 2).people).toEqual([1 + 3 * 4 + 4, 1 + 3 * 4]);
  });

  it('remember who took part when new agents arrive between quarters', () => {
    const { world: w } = world();
    const seen = observe(w, 2, (q) => {
      if (q === 0) for (let k = 0; k < 20; k++) place.sme(w);
    });
    expect(seen.institutions).toEqual([4, 4]);
  });

  it('are nobody without programme money', () => {
    const w = tinyWorld();
    const university = place.university(w, { researchers: 10 });
    const lead = place.sme(w, { cashJpyM: 100 });
    ready(w);
    project(w, university, lead);
    const seen = observe(w, 2);
    expect(seen.institutions).toEqual([0, 0]);
    expect(seen.inProjects).toEqual([2, 2]);
  });
});

// Phase 2, research: universities and institutes write papers (domestic / overseas), find research
// seeds, and patent some of them, in proportion to their researchers: tenured ones and those the
// programme employs this quarter (雇用研究者), so research responds to funding. Unused seeds age and
// are eventually lost (成果の死蔵).
import { I } from '../model/indicators.js';
import { tally } from '../model/tally.js';
import { clamp } from '../model/math.js';
import type { World } from '../model/world.js';
import { FIELD_COUNT } from '../model/vocabulary.js';

export function researchPhase(world: World): void {
  const rng = world.streams.research;
  const { agents, seeds, index } = world;
  const p = world.params.research;

  for (let id = 0; id < seeds.count; id++) seeds.ageQuarters[id]++;
  seeds.compact(p.seedLifetimeQuarters);

  for (let r = 0; r < world.regionCount; r++) {
    for (const id of index.academics[r]) {
      const researchers = agents.researchers[id] + agents.employedResearchers[id];
      const quality = agents.researchQuality[id];
      const papers = researchers * quality * p.papersPerResearcherQuarter;
      const overseasShare = quality * p.overseasPaperShareAtTopQuality;
      const overseas = rng.poisson(papers * overseasShare);
      const domestic = rng.poisson(papers * (1 - overseasShare));
      tally(world, r, I.papersOverseas, overseas);
      tally(world, r, I.papersDomestic, domestic);

      const newSeeds = rng.poisson(researchers * quality * p.seedsPerResearcherQuarter);
      const patentChance = p.seedPatentProbability * agents.industryOrientation[id];
      for (let s = 0; s < newSeeds; s++) {
        const field = drawField(agents.profile, id, rng.uniform());
        const seedQuality = clamp(rng.normal(quality, p.seedQualitySd), p.seedQualityFloor, 1);
        const patented = rng.bernoulli(patentChance);
        seeds.add(id, field, seedQuality, patented);
        if (patented) countPatent(world, id, rng.bernoulli(p.overseasPatentShare));
      }
    }
  }
}

/** A field drawn in proportion to the squared profile (the profile is unit length, so squares sum to 1). */
export function drawField(profile: Float32Array, agent: number, u: number): number {
  const base = agent * FIELD_COUNT;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const w = profile[base + f];
    u -= w * w;
    if (u < 0) return f;
  }
  return FIELD_COUNT - 1;
}

/**
 * Books a patent application, domestic or overseas, with its applicant: the university or institute
 * for a seed it patents, the lead firm for a prototype's patent. Counted in the applicant's region.
 */
export function countPatent(world: World, applicant: number, overseas: boolean): void {
  world.agents.patents[applicant]++;
  tally(world, world.agents.region[applicant], overseas ? I.patentsOverseas : I.patentsDomestic);
}

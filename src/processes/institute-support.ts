// Public research institutes 公設試 as the SMEs' technical bridge (part of phase 3): each quarter an
// institute supports up to its capacity of SMEs — first the SMEs leading projects on its own seeds
// (technical support while they work together), then its clients coming back and SMEs of its region
// coming for the first time for testing and consultation 技術相談. Support raises the SME's absorptive capacity, opens a link to the institute (its door
// is open: no fit threshold) and, by chance, an introduction to the region's best-fitting university.
// A supported lead's project advances faster this quarter (project-progress.ts). Capacity beyond the
// institutes' own is the strengthening lever, paid per support (public-institutes.ts).
import { I } from '../model/indicators.js';
import type { World } from '../model/world.js';
import { tally } from '../model/tally.js';
import { AgentKind, FIELD_COUNT, LinkType } from '../model/vocabulary.js';
import { scratchSlot } from '../model/workspace.js';
import type { Meet } from '../policy/bank-hub.js';
import { payForExtraSupport, supportCapacity } from '../policy/public-institutes.js';

/** Supports each institute has given this quarter, valid where `stamp` is this quarter's token. */
class SupportScratch {
  token = 0;
  stamp = new Int32Array(0);
  used = new Int32Array(0);
}

const SUPPORT_SCRATCH = scratchSlot('instituteSupport', () => new SupportScratch());

export function instituteSupport(world: World, meet: Meet): void {
  const { agents, projects, index } = world;
  const m = world.params.institutes;
  const scratch = world.workspace.of(SUPPORT_SCRATCH);
  if (scratch.stamp.length < agents.count) {
    scratch.stamp = new Int32Array(Math.max(agents.count, 2 * scratch.stamp.length));
    scratch.used = new Int32Array(scratch.stamp.length);
    scratch.token = 0;
  }
  const token = ++scratch.token;
  const { stamp, used } = scratch;
  // Clients are read from the adjacency rows as the meeting phase refreshed them at its start
  // (triadic closure): links made since are not clients until the next refresh. Refreshing here
  // cost a rebuild of the rows every quarter, refreshing after each support one per support.
  // While they work together: the SME leading a project on the institute's seed comes first.
  for (let id = 0; id < projects.count; id++) {
    const institute = projects.university[id];
    const lead = projects.lead[id];
    if (agents.kind[institute] !== AgentKind.PublicInstitute || agents.kind[lead] !== AgentKind.Sme || !agents.alive[institute]) continue;
    if (stamp[institute] !== token) {
      stamp[institute] = token;
      used[institute] = 0;
    }
    if (agents.supportedQuarter[lead] === world.quarter || !takeCapacity(world, institute, used)) continue;
    support(world, institute, lead, meet);
  }
  // Then outreach: SMEs of the region come for testing and consultation 技術相談.
  const rng = world.streams.institutes;
  for (let r = 0; r < world.regionCount; r++) {
    const smes = index.smes[r];
    if (smes.length === 0) continue;
    for (const institute of index.academics[r]) {
      if (agents.kind[institute] !== AgentKind.PublicInstitute || !agents.alive[institute]) continue;
      if (stamp[institute] !== token) {
        stamp[institute] = token;
        used[institute] = 0;
      }
      // An SME already supported this quarter (or gone) does not use a place; the tries are bounded
      // so a region with fewer SMEs than places ends the search.
      const capacity = supportCapacity(world);
      for (let attempt = 0; attempt < 2 * capacity && used[institute] < capacity; attempt++) {
        // A client it already works with comes back, or an SME of the region comes for the first time.
        let sme = rng.bernoulli(m.clientShare) ? randomClient(world, institute, rng.uniform()) : -1;
        if (sme < 0) {
          const byField = index.smesByField[r * FIELD_COUNT + agents.mainField[institute]];
          const pool = byField.length > 0 && rng.bernoulli(m.sameFieldShare) ? byField : smes;
          sme = pool[rng.int(pool.length)];
        }
        if (!agents.alive[sme] || agents.supportedQuarter[sme] === world.quarter) continue;
        if (!takeCapacity(world, institute, used)) break;
        support(world, institute, sme, meet);
      }
    }
  }
}

/** An SME linked to the institute (a client), picked by the uniform draw `u`; -1 when it has none. */
function randomClient(world: World, institute: number, u: number): number {
  const { agents, links } = world;
  const { adjStart, adjTarget } = links;
  if (institute + 1 >= adjStart.length) return -1;
  let clients = 0;
  for (let k = adjStart[institute]; k < adjStart[institute + 1]; k++) if (agents.kind[adjTarget[k]] === AgentKind.Sme) clients++;
  if (clients === 0) return -1;
  let pick = Math.floor(u * clients);
  for (let k = adjStart[institute]; k < adjStart[institute + 1]; k++) {
    if (agents.kind[adjTarget[k]] === AgentKind.Sme && pick-- === 0) return adjTarget[k];
  }
  return -1;
}

/** Uses one support of the institute's quarter: its own capacity first, then paid extra capacity (false when none is left or the budget cannot pay). */
function takeCapacity(world: World, institute: number, used: Int32Array): boolean {
  const own = world.params.institutes.supportsPerInstituteQuarter;
  if (used[institute] >= supportCapacity(world)) return false;
  if (used[institute] >= own && !payForExtraSupport(world, world.agents.region[institute])) return false;
  used[institute]++;
  return true;
}

/** One quarter of technical support for `sme` by `institute`. */
function support(world: World, institute: number, sme: number, meet: Meet): void {
  const { agents, links, index } = world;
  const m = world.params.institutes;
  const rng = world.streams.institutes;
  agents.supportedQuarter[sme] = world.quarter;
  agents.absorptive[sme] += m.absorptiveGain * (1 - agents.absorptive[sme]);
  if (links.find(institute, sme) < 0) links.connect(institute, sme, LinkType.AcademiaIndustry, world.params.meeting.newLinkStrength);
  tally(world, agents.region[sme], I.instituteSupports);
  if (!rng.bernoulli(m.introductionProbability)) return;
  // An introduction to the university of the region whose fields fit the SME best.
  let best = -1;
  let bestSimilarity = -1;
  for (const academic of index.academics[agents.region[institute]]) {
    if (agents.kind[academic] !== AgentKind.University || !agents.alive[academic]) continue;
    const similarity = agents.similarity(sme, academic);
    if (similarity > bestSimilarity) {
      bestSimilarity = similarity;
      best = academic;
    }
  }
  if (best >= 0) meet(world, sme, best, agents.researchQuality[institute] * m.introductionFitBonus);
}

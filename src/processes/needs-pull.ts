// Needs pull ニーズ・プル (part of phase 4): a core firm posts a need — a field of its business, drawn
// from its profile, open for a while (needs.lifetimeQuarters) — and searches for a seed to meet it
// among the unused seeds of the academics it is linked to (in any region: how far its ties reach is
// what wide-area collaboration changes) and of every academic of its own region (nearby: the firm
// knows its local universities and institutes without a tie). It picks the seed of that field
// worth most to it (the one economics values seeds of one field by their quality), then decides to
// lead the project as any firm does (project-formation.ts), bringing its supplier SMEs; a met need closes.
import { grown } from '../model/growable.js';
import type { World } from '../model/world.js';
import { I } from '../model/indicators.js';
import { tally } from '../model/tally.js';
import { isAcademic, LinkType } from '../model/vocabulary.js';
import type { HeldSeeds } from './project-formation.js';
import { drawField } from './research.js';

/** Core firms with an open need this quarter, in id order (buffer reused). */
export class CoreFirmList {
  ids = new Int32Array(16);
  count = 0;
}

/** Core firms without a need may post one; open needs age, and expire unmet. */
export function postNeeds(world: World): void {
  const rng = world.streams.needs;
  const { agents, index } = world;
  const n = world.params.needs;
  for (let r = 0; r < world.regionCount; r++) {
    for (const core of index.coreFirms[r]) {
      if (!agents.alive[core]) continue;
      if (agents.needField[core] >= 0) {
        if (--agents.needQuartersLeft[core] <= 0) agents.needField[core] = -1;
        continue;
      }
      if (!rng.bernoulli(n.postProbabilityPerQuarter)) continue;
      // A need in the firm's business: a field drawn from its profile.
      agents.needField[core] = drawField(agents.profile, core, rng.uniform());
      agents.needQuartersLeft[core] = n.lifetimeQuarters;
      tally(world, r, I.needsPosted);
    }
  }
}

/** The core firms with an open need, in id order. */
export function coreFirmsWithNeeds(world: World, list: CoreFirmList): CoreFirmList {
  const { agents, index } = world;
  list.count = 0;
  for (let r = 0; r < world.regionCount; r++) {
    for (const core of index.coreFirms[r]) {
      if (!agents.alive[core] || agents.needField[core] < 0) continue;
      if (list.count === list.ids.length) list.ids = grown(list.ids, 2 * list.count);
      // Insertion in id order: each region's list is in id order, and regions' ids rarely interleave
      // (only agents from an initial network do), so this is a plain append almost always.
      let i = list.count++;
      while (i > 0 && list.ids[i - 1] > core) {
        list.ids[i] = list.ids[i - 1];
        i--;
      }
      list.ids[i] = core;
    }
  }
  return list;
}

/** The need is met: the firm has a project for it. */
export function closeNeed(world: World, core: number): void {
  world.agents.needField[core] = -1;
  world.agents.needQuartersLeft[core] = 0;
}

/** The best unused seed for the core firm's open need among linked and nearby academics; -1 if none. */
export function pullSeed(world: World, core: number, held: HeldSeeds): number {
  const { agents, links } = world;
  const need = agents.needField[core];
  if (need < 0) return -1;
  let best = -1;
  // Linked academics, in any region.
  const { adjStart, adjTarget, adjLink } = links;
  for (let k = adjStart[core]; k < adjStart[core + 1]; k++) {
    if (links.type[adjLink[k]] === LinkType.AcademiaIndustry) best = betterSeed(world, adjTarget[k], need, held, best);
  }
  // Nearby: every academic of the firm's own region. (Searching the whole wide-area block without
  // ties made the wide-area lever's cross-region meetings redundant for core firms: pattern 3 lost
  // its difference.)
  for (const academic of world.index.academics[agents.region[core]]) best = betterSeed(world, academic, need, held, best);
  return best;
}

/** `best`, or an unused seed of `academic` in `field` of higher quality (the first of equals stays). */
function betterSeed(world: World, academic: number, field: number, held: HeldSeeds, best: number): number {
  const { agents, seeds } = world;
  if (held.stamp[academic] !== held.token || !isAcademic(agents.kind[academic]) || !agents.alive[academic]) return best;
  for (let j = held.from[academic]; j < held.to[academic]; j++) {
    const s = held.order[j];
    if (seeds.taken[s] || seeds.field[s] !== field) continue;
    if (best < 0 || seeds.quality[s] > seeds.quality[best]) best = s;
  }
  return best;
}


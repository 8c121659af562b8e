// Phase 3, meeting and linking: triadic closure among partners' partners, coordinator
// introductions (capacity-limited, skill raises fit; a coordinator network reaches other regions),
// banks introducing their clients (bank-hub lever), and rare spontaneous meetings, mostly within
// the region (wide-area reach scales how often they look outside). A meeting becomes a link when
// its fit clears the threshold.
import { linkTypeFor, meetingFit } from '../model/link-rules.js';
import { bankIntroductions } from '../policy/bank-hub.js';
import { pickByReputation } from '../model/reputation.js';
import { instituteSupport } from './institute-support.js';
import { coordinatorNetworkShare, spontaneousCrossRegionShare } from '../policy/wide-area.js';
import type { RandomStream } from '../rng/index.js';
import { positionOf } from '../model/region-index.js';
import type { World } from '../model/world.js';
import { AgentKind, FIELD_COUNT, LinkType } from '../model/vocabulary.js';

export function meetingPhase(world: World): void {
  triadicClosure(world);
  coordinatorIntroductions(world);
  bankIntroductions(world, meet);
  instituteSupport(world, meet);
  spontaneousMeetings(world);
}

/** Links a and b if the model allows that pair and the fit clears the threshold. */
function meet(world: World, a: number, b: number, bonus: number): boolean {
  if (a === b) return false;
  const { agents, links } = world;
  const type = linkTypeFor(agents.kind[a], agents.kind[b]);
  // Fit before the pair lookup: most meetings fail on fit, and the lookup is a hash probe.
  if (type < 0 || meetingFit(agents, a, b, bonus, world.params.meeting.firmPairAbsorptiveBonus) < world.params.meeting.linkThreshold) return false;
  if (links.find(a, b) >= 0) return false;
  links.connect(a, b, type, world.params.meeting.newLinkStrength);
  return true;
}

/** Partners of partners meet: on the network as it stood at the start of the phase. */
function triadicClosure(world: World): void {
  const rng = world.streams.meeting;
  const { agents, links } = world;
  const rate = world.params.meeting.triadicClosureRate;
  links.adjacency();
  const { adjStart, adjTarget } = links;
  const alive = agents.alive;
  const n = agents.count;
  // Agents (alive, two partners or more) until the next one that introduces: a geometric gap, one
  // draw per introduction rather than one per agent (the same Bernoulli trials).
  let untilNext = rng.geometric(rate);
  for (let v = 0; v < n; v++) {
    const deg = adjStart[v + 1] - adjStart[v];
    if (deg < 2 || !alive[v] || untilNext-- > 0) continue;
    untilNext = rng.geometric(rate);
    const i = rng.int(deg);
    let j = rng.int(deg - 1);
    if (j >= i) j++;
    const u = adjTarget[adjStart[v] + i];
    const w = adjTarget[adjStart[v] + j];
    if (alive[u] && alive[w]) meet(world, u, w, 0);
  }
}

/** The region where a spontaneous meeting looks: usually home, sometimes afar (nearer blocks first). */
export function meetingRegion(world: World, home: number, rng: RandomStream, crossRegionShare: number): number {
  if (world.regionCount === 1 || !rng.bernoulli(crossRegionShare)) return home;
  const preference = world.params.meeting.sameBlockPreference;
  const blocks = world.scenario.regions;
  let total = 0;
  for (let r = 0; r < world.regionCount; r++) if (r !== home) total += blocks[r].block === blocks[home].block ? preference : 1;
  let pick = rng.uniform() * total;
  for (let r = 0; r < world.regionCount; r++) {
    if (r === home) continue;
    pick -= blocks[r].block === blocks[home].block ? preference : 1;
    if (pick < 0) return r;
  }
  return home;
}

/**
 * Coordinators introduce SMEs to universities: each picks a university, then an SME whose main field
 * matches one of the university's, up to its capacity per quarter, in a shuffled order. Under a
 * coordinator network a share of the universities are picked in other regions (nearer blocks first).
 */
function coordinatorIntroductions(world: World): void {
  const rng = world.streams.meeting;
  const { agents, index, links } = world;
  const capacity = world.params.meeting.introductionsPerCoordinatorQuarter;
  const bonusPerSkill = world.params.meeting.coordinatorFitBonus;
  const strength = world.params.meeting.newLinkStrength;
  const sameFieldShare = world.params.meeting.coordinatorSameFieldShare;
  const networkShare = coordinatorNetworkShare(world);
  const reputation = world.params.meeting.reputationWeight;
  for (let r = 0; r < world.regionCount; r++) {
    if (index.coordinators[r].length === 0 || index.academics[r].length === 0 || index.smes[r].length === 0) continue;
    // A copy: the index keeps id order from quarter to quarter (it is not rebuilt every quarter).
    const coordinators = rng.shuffle(index.coordinators[r].slice());
    for (const c of coordinators) {
      if (!agents.alive[c]) continue;
      const bonus = agents.coordinatorSkill[c] * bonusPerSkill;
      for (let k = 0; k < capacity; k++) {
        // The network's draw comes from its own stream, so the meeting stream's draws stay paired.
        const farRegion = networkShare > 0 ? meetingRegion(world, r, world.streams.wideArea, networkShare) : r;
        const at = index.academics[farRegion].length > 0 ? farRegion : r;
        // Reputation: labs with a record of successful projects are introduced more often.
        const academic = pickByReputation(index.academics[at], world.reputation.academics[at], reputation, rng.uniform());
        const byField = index.smesByField[r * FIELD_COUNT + agents.mainField[academic]];
        const pool = byField.length > 0 && rng.bernoulli(sameFieldShare) ? byField : index.smes[r];
        const sme = pool[rng.int(pool.length)];
        agents.introductions[c]++;
        if (!agents.alive[sme]) continue;
        if (meet(world, sme, academic, bonus)) {
          links.connect(c, sme, LinkType.Coordination, strength);
          links.connect(c, academic, LinkType.Coordination, strength);
        }
      }
    }
  }
}

/** Firms meet universities (SMEs rarely, core firms often) and other firms on their own. */
function spontaneousMeetings(world: World): void {
  const rng = world.streams.meeting;
  const { agents, index } = world;
  const m = world.params.meeting;
  const crossRegionShare = spontaneousCrossRegionShare(world);
  // Each firm has two rare chances a quarter. Rather than one draw per chance, the number of firms
  // until the next success is drawn (a geometric gap; the same Bernoulli trials, so the same
  // distribution), per chance and, for universities, per firm kind. Meetings still come in id order.
  let untilCoreMeetsAcademic = rng.geometric(m.coreFirmSpontaneousRate);
  let untilSmeMeetsAcademic = rng.geometric(m.smeSpontaneousRate);
  let untilIndustryMeeting = rng.geometric(m.industryMeetingRate);
  // Reputation: partners with a record of successful projects are met more often (reputation.ts).
  const meetAcademic = (firm: number) => {
    const r = meetingRegion(world, agents.region[firm], rng, crossRegionShare);
    const academics = index.academics[r];
    if (academics.length > 0) meet(world, firm, pickByReputation(academics, world.reputation.academics[r], m.reputationWeight, rng.uniform()), 0);
  };
  const meetFirm = (firm: number) => {
    untilIndustryMeeting = rng.geometric(m.industryMeetingRate);
    const r = meetingRegion(world, agents.region[firm], rng, crossRegionShare);
    const smes = index.smes[r];
    if (smes.length > 0) meet(world, firm, pickByReputation(smes, world.reputation.firms[r], m.reputationWeight, rng.uniform()), 0);
  };
  // The firm list holds exactly the alive firms now (refreshed after the policy phase; nobody
  // leaves before finance). Between two core firms every firm is an SME, and both SME gaps count
  // down together: the loop jumps to the next firm where one of them runs out, instead of visiting
  // the thousands of SMEs where nothing happens. Same firms, same draws, same order.
  if (!index.isCurrent(agents)) throw new Error('meeting: the firm lists are out of date (a birth or an exit since their refresh)');
  const firms = index.firms;
  const cores = coreFirmPositions(world);
  let at = 0;
  for (let c = 0; c <= cores.length; c++) {
    const segmentEnd = c < cores.length ? cores[c] : firms.length;
    for (;;) {
      const skip = Math.min(untilSmeMeetsAcademic, untilIndustryMeeting, segmentEnd - at);
      untilSmeMeetsAcademic -= skip;
      untilIndustryMeeting -= skip;
      at += skip;
      if (at === segmentEnd) break;
      const sme = firms[at++];
      if (untilSmeMeetsAcademic-- === 0) {
        untilSmeMeetsAcademic = rng.geometric(m.smeSpontaneousRate);
        meetAcademic(sme);
      }
      if (untilIndustryMeeting-- === 0) meetFirm(sme);
    }
    if (c === cores.length) break;
    const core = firms[at++];
    if (untilCoreMeetsAcademic-- === 0) {
      untilCoreMeetsAcademic = rng.geometric(m.coreFirmSpontaneousRate);
      meetAcademic(core);
    }
    if (untilIndustryMeeting-- === 0) meetFirm(core);
  }
}

/** Positions of the core firms in the (id-ordered) firm list, ascending. */
function coreFirmPositions(world: World): number[] {
  const { firms, coreFirms } = world.index;
  const positions: number[] = [];
  for (const list of coreFirms) for (const core of list) positions.push(positionOf(firms, core));
  return positions.sort((x, y) => x - y);
}

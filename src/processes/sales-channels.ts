// Sales channels 販路: market reach is a capability. A product sells as far as its owner reaches on its
// own, or further through a channel with room: a firm of its project or a trading partner of the owner
// (an industry link) that reaches further — a core firm, or an SME that sells nationally — each
// carrying a limited number of other firms' products at once (market.*ChannelCapacity). The wide-area
// platform lists local products on top (sales-platform.ts). The region's market access stays what it
// is: distance to buyers, which scales every product's revenue.
import type { World } from '../model/world.js';
import { AgentKind, LinkType, Reach } from '../model/vocabulary.js';

/** Products a firm of `kind` can sell for other firms at once. */
function channelCapacity(world: World, kind: number): number {
  const m = world.params.market;
  return kind === AgentKind.CoreFirm ? m.coreFirmChannelCapacity : m.tradingPartnerChannelCapacity;
}

/** True when `firm` can carry one more product of another firm at a reach above `reach`. */
function usable(world: World, firm: number, reach: number): boolean {
  const { agents } = world;
  return agents.alive[firm] === 1 && agents.reach[firm] > reach && agents.channelLoad[firm] < channelCapacity(world, agents.kind[firm]);
}

/**
 * The channel that gives a product of `owner` from project `id` the farthest reach: -1 when the
 * owner's own reach is as far as any channel with room goes. Project firms first, then the owner's
 * trading partners, each in order; the farthest wins, the first of equals.
 */
export function bestChannel(world: World, id: number, owner: number): number {
  const { agents, projects } = world;
  let reach = agents.reach[owner];
  let channel = -1;
  if (reach === Reach.Global) return -1;
  const lead = projects.lead[id];
  if (lead !== owner && usable(world, lead, reach)) {
    channel = lead;
    reach = agents.reach[lead];
  }
  for (let k = 0; k < projects.partnerCount[id] && reach < Reach.Global; k++) {
    const partner = projects.partner(id, k);
    if (partner !== owner && usable(world, partner, reach)) {
      channel = partner;
      reach = agents.reach[partner];
    }
  }
  const partner = tradingChannel(world, owner, reach);
  return partner >= 0 ? partner : channel;
}

/**
 * The owner's trading partner (industry link) with room that reaches farthest beyond `reach`, or -1.
 * Reads the adjacency rows as the phase last refreshed them (formation and progress refresh them as
 * they start): links made since, like a start-up's ties at its launch, are not channels until the
 * next refresh. Refreshing here, once per project and quarter, rebuilt the rows after every launch.
 */
function tradingChannel(world: World, owner: number, reach: number): number {
  const { agents, links } = world;
  let channel = -1;
  const { adjStart, adjTarget, adjLink } = links;
  if (owner + 1 >= adjStart.length) return -1;
  for (let k = adjStart[owner]; k < adjStart[owner + 1] && reach < Reach.Global; k++) {
    const partner = adjTarget[k];
    if (links.type[adjLink[k]] === LinkType.IndustryIndustry && usable(world, partner, reach)) {
      channel = partner;
      reach = agents.reach[partner];
    }
  }
  return channel;
}

/** The reach a firm can get for a product before it has a project: its own, or a trading partner's with room. */
export function firmChannelReach(world: World, firm: number): number {
  const channel = tradingChannel(world, firm, world.agents.reach[firm]);
  return world.agents.reach[channel < 0 ? firm : channel];
}

/** The reach a product of `owner` from project `id` gets: through its best channel, else its own. */
export function channelReach(world: World, id: number, owner: number): number {
  const channel = bestChannel(world, id, owner);
  return world.agents.reach[channel < 0 ? owner : channel];
}

/** A launched product takes a place in its channel (if it sells through one). */
export function takeChannel(world: World, channel: number): void {
  if (channel >= 0) world.agents.channelLoad[channel]++;
}

/** A product leaving the market frees its place in its channel. */
export function releaseChannel(world: World, product: number): void {
  const channel = world.products.channel[product];
  if (channel >= 0 && world.agents.channelLoad[channel] > 0) world.agents.channelLoad[channel]--;
}

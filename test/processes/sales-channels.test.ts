// Sales channels 販路 on tiny worlds: a local SME's product sells as far as a trading partner with room
// reaches (a core firm carries a limited number of other firms' products), and frees the place when
// it leaves the market; the platform lists up to its capacity and refuses the rest.
import { describe, expect, it } from 'vitest';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { LinkType, Reach, Stage } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { marketPhase } from '../../src/processes/market.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { field, link, place, project, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

function total(world: World, column: number): number {
  return world.quarterIndicators[world.regionCount * INDICATOR_COUNT + column];
}

/** Every funded quarter advances and nothing fails: a project at commercialisation launches now. */
const sure = { model: { progress: { advanceHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };

/** Local SMEs, each launching a product this quarter, with seeds of the given qualities. */
function launches(input: TinyInput, qualities: number[], tradeWithCore: boolean) {
  const world = tinyWorld(deepMerge(sure, input) as TinyInput);
  const university = place.university(world);
  const core = place.coreFirm(world, { reach: Reach.Global });
  const smes = qualities.map((quality) => {
    const sme = place.sme(world, { cashJpyM: 1000, reach: Reach.Local, field: field('food') });
    link(world, university, sme, 0.8);
    if (tradeWithCore) link(world, sme, core, 0.8, LinkType.IndustryIndustry);
    project(world, university, sme, { stage: Stage.Commercialization, seedQuality: quality });
    return sme;
  });
  ready(world);
  world.regions.budgetJpyM[0] = 100;
  projectProgressPhase(world);
  const reachOf = (sme: number) => {
    for (let p = 0; p < world.products.count; p++) if (world.products.owner[p] === sme) return world.products.reach[p];
    return -1;
  };
  return { world, core, smes, reachOf };
}

describe('sales channels', () => {
  it('a core firm the SME trades with sells its product at the core firm\'s reach, up to its capacity', () => {
    const { world, core, smes, reachOf } = launches({ model: { market: { coreFirmChannelCapacity: 1 } } }, [0.5, 0.5], true);
    expect(world.products.count).toBe(2);
    expect(smes.map(reachOf).sort()).toEqual([Reach.Local, Reach.Global]);
    expect(world.agents.channelLoad[core]).toBe(1);
    expect(total(world, I.productsThroughChannels)).toBe(1);
  });

  it('without a trading partner, or with no room, the SME sells on its own reach', () => {
    const alone = launches({}, [0.5], false);
    expect(alone.smes.map(alone.reachOf)).toEqual([Reach.Local]);
    const full = launches({ model: { market: { coreFirmChannelCapacity: 0 } } }, [0.5], true);
    expect(full.smes.map(full.reachOf)).toEqual([Reach.Local]);
  });

  it('a product leaving the market frees its place in the channel', () => {
    const { world, core } = launches({ model: { market: { coreFirmChannelCapacity: 1, productLifetimeQuarters: 1, productLifetimeMinQuarters: 1, productLifetimeSdShare: 0 } } }, [0.5], true);
    expect(world.agents.channelLoad[core]).toBe(1);
    marketPhase(world);
    expect(world.products.count).toBe(0);
    expect(world.agents.channelLoad[core]).toBe(0);
  });
});

describe('the sales platform as a channel of limited capacity', () => {
  const platform = (listingsPerQuarter: number, listingCostJpyM = 1) => ({ policy: { wideArea: { salesPlatform: true, listingsPerQuarter, listingCostJpyM } } });

  it('at capacity it refuses a listing: the product worth most to list is listed, the other stays local', () => {
    const { world, smes, reachOf } = launches(platform(1), [0.3, 0.9], false);
    expect(reachOf(smes[1])).toBe(Reach.National);
    expect(reachOf(smes[0])).toBe(Reach.Local);
    expect(total(world, I.platformListings)).toBe(1);
    expect(total(world, I.publicSpendPlatformJpyM)).toBeCloseTo(1, 9);
  });

  it('with room it lists both, each paid from the budget', () => {
    const { world, smes, reachOf } = launches(platform(2), [0.3, 0.9], false);
    expect(smes.map(reachOf)).toEqual([Reach.National, Reach.National]);
    expect(total(world, I.publicSpendPlatformJpyM)).toBeCloseTo(2, 9);
  });

  it('does not list a product the listing would not pay for (its cost above the margin it adds)', () => {
    const { world, smes, reachOf } = launches(platform(2, 1e9), [0.9], false);
    expect(reachOf(smes[0])).toBe(Reach.Local);
    expect(total(world, I.platformListings)).toBe(0);
    expect(total(world, I.publicSpendPlatformJpyM)).toBe(0);
  });
});

// Wide-area collaboration: with no meeting reach no cross-region link ever forms in a full run (and
// with reach they do); a coordinator network introduces SMEs to other regions' universities; the
// national sales platform lifts every product to at least national reach, and firms expect it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorld } from '../../src/engine/simulate.js';
import { expectedProductValueJpyM, judgedSuccessChance, remainingChance, remainingCostJpyM } from '../../src/model/project-economics.js';
import { LinkType, Payer, Reach, Stage } from '../../src/model/vocabulary.js';
import { replicationSeed } from '../../src/rng/index.js';
import { meetingPhase } from '../../src/processes/meeting.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectFormationPhase } from '../../src/processes/project-formation.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { readScenarioDocument } from '../../src/scenario/load-scenario.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { field, link, place, project, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

const baselineDocument = readScenarioDocument(join(REPO_ROOT, 'scenarios/baseline.yaml')).document;

/** Cross-region links seen at the end of any quarter, and cross-region projects ever formed, over a full baseline run. */
function crossRegionOverRun(wideArea: TinyInput, replication: number) {
  // Meetings look outside the region far more often than on the baseline, so reach 0 is a real test.
  const scenario = scenarioSchema.parse(deepMerge(baselineDocument, { model: { meeting: { crossRegionShare: 0.5 } }, policy: { wideArea } }));
  let links = 0;
  let projects = 0;
  runWorld(scenario, replicationSeed(scenario.seed, replication), (w) => {
    for (let id = 0; id < w.links.count; id++) links += w.links.crossRegion[id];
    for (let id = 0; id < w.projects.count; id++) projects += w.projects.crossRegion[id];
  });
  return { links, projects };
}

describe('wide area: meeting reach', () => {
  it('reach 0: no cross-region link or project ever forms over a full run', () => {
    for (const replication of [0, 1]) expect(crossRegionOverRun({ meetingReach: 0 }, replication)).toEqual({ links: 0, projects: 0 });
  });

  it('with reach, the same runs do form cross-region links', () => {
    expect(crossRegionOverRun({ meetingReach: 1 }, 0).links).toBeGreaterThan(0);
  });
});

describe('wide area: coordinator network', () => {
  /** Two regions: a coordinator and SMEs in region 0, a fitting university only in region 1 (and a poor one at home). */
  function network(coordinatorNetwork: number) {
    const world = tinyWorld({ policy: { wideArea: { coordinatorNetwork } }, model: { meeting: { introductionsPerCoordinatorQuarter: 5 } } }, { regions: 2 });
    place.university(world, { region: 0, field: field('materials') });
    const far = place.university(world, { region: 1, field: field('food') });
    for (let i = 0; i < 10; i++) place.sme(world, { region: 0, field: field('food'), absorptive: 0.9 });
    place.coordinator(world, { region: 0, coordinatorSkill: 1, payer: Payer.LocalGovernment });
    ready(world);
    for (let q = 0; q < 4; q++) meetingPhase(world);
    let cross = 0;
    for (let id = 0; id < world.links.count; id++) {
      if (world.links.type[id] === LinkType.AcademiaIndustry && world.links.crossRegion[id]) cross++;
    }
    return { cross, farDegree: world.agents.degree[far] };
  }

  it('a share of introductions goes to other regions\' universities; without the network none does', () => {
    expect(network(0)).toEqual({ cross: 0, farDegree: 0 });
    expect(network(1).cross).toBeGreaterThan(0);
  });
});

describe('wide area: national sales platform', () => {
  const sure = { model: { progress: { advanceHazard: { jointResearch: 1, prototype: 1, commercialisation: 1 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 } } } };

  /** A local SME's project at the commercialisation stage, launched this quarter. */
  function launchedReach(salesPlatform: boolean, reach: number): number {
    const world = tinyWorld(deepMerge(sure, { policy: { wideArea: { salesPlatform } } }) as TinyInput);
    const university = place.university(world);
    const firm = place.sme(world, { cashJpyM: 1000, reach });
    link(world, university, firm, 0.8);
    project(world, university, firm, { stage: Stage.Commercialization });
    ready(world);
    world.regions.budgetJpyM[0] = 100; // a listing is paid from the region's budget
    projectProgressPhase(world);
    expect(world.products.count).toBe(1);
    return world.products.reach[0];
  }

  it('products of local firms sell nationally with the platform, locally without; global stays global', () => {
    expect(launchedReach(false, Reach.Local)).toBe(Reach.Local);
    expect(launchedReach(true, Reach.Local)).toBe(Reach.National);
    expect(launchedReach(true, Reach.Global)).toBe(Reach.Global);
  });

  it('firms expect the wider market: a project worth too little locally forms with the platform', () => {
    // A revenue at which the product sold locally is worth half the whole expected cost the firm pays
    // without a programme; sold nationally (× nationalReachMultiplier 4) it is worth twice that.
    const probe = tinyWorld({ model: { market: { productRevenueJpyMPerQuarter: 1 } } });
    const chance = remainingChance(probe, judgedSuccessChance(0.9, 0.9, probe.params.projects.judgedChanceFloor, probe.derived.judgedChanceSlope), Stage.JointResearch);
    const revenue = (0.5 * remainingCostJpyM(probe, chance, Stage.JointResearch)) / expectedProductValueJpyM(probe, chance, Stage.JointResearch, 0.9, false, 0, Reach.Local);
    const formed = (salesPlatform: boolean) => {
      const world = tinyWorld({ policy: { wideArea: { salesPlatform } }, model: { market: { productRevenueJpyMPerQuarter: revenue } } });
      const university = place.university(world, { field: field('food') });
      const firm = place.sme(world, { field: field('food'), absorptive: 0.9, riskTolerance: 1, cashJpyM: 1000, reach: Reach.Local });
      link(world, university, firm, 0.8);
      world.seeds.add(university, field('food'), 0.9, false);
      ready(world);
      policyPhase(world);
      projectFormationPhase(world);
      return world.projects.count;
    };
    expect(formed(false)).toBe(0);
    expect(formed(true)).toBe(1);
  });
});

// Banks as hubs and project managers on tiny worlds: bank introductions link a bank's clients (only
// them) to the university that fits them; a project manager raises the stage-advance chance of the
// projects he or she runs, up to his or her capacity, while the programme pays.
import { describe, expect, it } from 'vitest';
import { Account, HolderKind } from '../../src/model/accounts.js';
import { LinkType, ProjectStatus } from '../../src/model/vocabulary.js';
import { meetingPhase } from '../../src/processes/meeting.js';
import { policyPhase } from '../../src/processes/policy.js';
import { projectProgressPhase } from '../../src/processes/project-progress.js';
import { field, link, place, project, ready, tinyWorld, type TinyInput } from '../helpers/tiny-world.js';

describe('bank hub', () => {
  /** One bank with 10 client SMEs and 10 non-clients, all in food; a food and a materials university. */
  function hubWorld(bankHub: TinyInput, appraisalSkill = 1, budgetJpyM = 100) {
    const world = tinyWorld({ policy: { bankHub }, model: { meeting: { linkThreshold: 0.2, coordinatorFitBonus: 0.5 } } });
    const food = place.university(world, { field: field('food') });
    const materials = place.university(world, { field: field('materials') });
    const bank = place.bank(world, { appraisalSkill });
    const clients = Array.from({ length: 10 }, () => place.sme(world, { field: field('food'), absorptive: 0.1 }));
    const others = Array.from({ length: 10 }, () => place.sme(world, { field: field('food'), absorptive: 0.9 }));
    for (const c of clients) link(world, c, bank, 0.8);
    ready(world);
    // The programme pays each introduction from the region's budget.
    world.regions.budgetJpyM[0] = budgetJpyM;
    for (let q = 0; q < 5; q++) meetingPhase(world);
    const academic = (firms: number[], university: number) => firms.filter((f) => world.links.find(f, university) >= 0).length;
    return { clientsLinked: academic(clients, food), othersLinked: academic(others, food) + academic(others, materials), wrongField: academic(clients, materials), world };
  }

  it('introduces clients to the fitting university of its region: academia–industry links for its clients only', () => {
    const { clientsLinked, othersLinked, wrongField, world } = hubWorld({ enabled: true, introductionsPerBankQuarter: 3 });
    expect(clientsLinked).toBeGreaterThanOrEqual(5);
    expect(othersLinked).toBe(0);
    expect(wrongField).toBe(0);
    for (let id = 0; id < world.links.count; id++) {
      if (world.links.type[id] !== LinkType.Finance) expect(world.links.type[id]).toBe(LinkType.AcademiaIndustry);
    }
  });

  it('makes no introductions when off, and its appraisal skill is what lifts weak clients over the threshold', () => {
    expect(hubWorld({ enabled: false, introductionsPerBankQuarter: 3 }).clientsLinked).toBe(0);
    // Clients' own fit is 1 × 0.1 < 0.2; a bank of skill 1 adds 0.5, one of skill 0 nothing.
    expect(hubWorld({ enabled: true, introductionsPerBankQuarter: 3 }, 0).clientsLinked).toBe(0);
  });

  it('each introduction is paid from the region\'s budget; no budget, no introduction', () => {
    // 5 quarters × 3 introductions would cost 15; a budget of 10 pays ten of them.
    const { world } = hubWorld({ enabled: true, introductionsPerBankQuarter: 3, costPerIntroductionJpyM: 1 }, 1, 10);
    expect(world.regions.budgetJpyM[0]).toBe(0);
    expect(world.ledger.paid(HolderKind.Budget, Account.BankHub)).toBe(10);
    expect(hubWorld({ enabled: true, introductionsPerBankQuarter: 3, costPerIntroductionJpyM: 1 }, 1, 0).clientsLinked).toBe(0);
  });
});

describe('project manager', () => {
  /** `count` joint-research projects, advance hazard 0.2 (base), nothing fails; after `quarters` quarters. */
  function managed(projectManager: TinyInput, count = 40, quarters = 1, lengthQuarters = 10) {
    const input = {
      policy: { programme: { startQuarter: 0, lengthQuarters, budgetPerRegionQuarterJpyM: 1000 }, projectManager },
      model: { progress: { advanceHazard: { jointResearch: 0.2, prototype: 0, commercialisation: 0 }, failHazard: { jointResearch: 0, prototype: 0, commercialisation: 0 }, coordinatorBoost: 0 } },
    };
    const world = tinyWorld(input, { seedHex: '00000000000000b7' });
    const university = place.university(world);
    for (let i = 0; i < count; i++) {
      const firm = place.sme(world, { cashJpyM: 1000, absorptive: 0.5 });
      link(world, university, firm, 0.8);
      project(world, university, firm, { seedQuality: 0.5 });
    }
    ready(world);
    let advanced = 0;
    for (let q = 0; q < quarters; q++) {
      policyPhase(world);
      projectProgressPhase(world);
      world.quarter++;
    }
    let managedNow = 0;
    for (let id = 0; id < world.projects.count; id++) {
      advanced += world.projects.stage[id];
      managedNow += world.projects.managed[id];
      expect(world.projects.status[id]).toBe(ProjectStatus.Active);
    }
    return { advanced, managedNow };
  }

  it('runs at most perRegion × projectsEach projects', () => {
    expect(managed({ perRegion: 2, projectsEach: 3 }).managedNow).toBe(6);
    expect(managed({ perRegion: 0, projectsEach: 3 }).managedNow).toBe(0);
  });

  it('raises the advance chance: on the same seed, more projects advance with managers running them all', () => {
    // Chance per quarter 0.2 × 1 × 1 = 0.2 without a manager, 0.2 × (1 + 1.5) = 0.5 with: over 200
    // projects the two counts are far apart whatever the seed.
    const without = managed({ perRegion: 0 }, 200).advanced;
    const withManagers = managed({ perRegion: 20, projectsEach: 10, advanceBoost: 1.5 }, 200).advanced;
    expect(without).toBeGreaterThan(20);
    expect(without).toBeLessThan(60);
    expect(withManagers).toBeGreaterThan(75);
  });

  it('managers leave when the programme stops', () => {
    expect(managed({ perRegion: 2, projectsEach: 3 }, 40, 3, 2).managedNow).toBe(0);
  });
});

// Phase 1, policy: public money available this quarter (the continuity schedule, scaled by a
// mid-term evaluation), then the programme's staff paid from it before any project draws on it, in
// this order of claims: programme coordinators in post, external coordinators in post, project
// managers, employed researchers (their share of the budget), new programme coordinators, arrivals
// of external talent, coordinator training. Local government pays its own coordinators. Later phases
// draw what is left: bank-hub introductions (meeting), projects (formation, progress) and platform
// listings (end of progress).
import type { World } from '../model/world.js';
import { openBudget } from '../model/money.js';
import { poolUnspentBudget } from '../policy/core-institution.js';
import { employResearchers } from '../policy/employed-researchers.js';
import { keepExternalCoordinators, talentArrivals, trainCoordinators } from '../policy/external-talent.js';
import { programmeRunning } from '../policy/funding-schedule.js';
import { evaluateAtPhaseStart, regionBudgetJpyM } from '../policy/mid-term-evaluation.js';
import { hireProgrammeCoordinators, keepProgrammeCoordinators, payLocalCoordinators } from '../policy/programme-staff.js';
import { employProjectManagers } from '../policy/project-manager.js';
import { openVentureFunds } from '../policy/venture-fund.js';
import { localEntrepreneurArrivals } from './startup-founding.js';

export function policyPhase(world: World): void {
  const rng = world.streams.policy;
  const { regions, scenario } = world;
  evaluateAtPhaseStart(world);
  if (world.quarter === 0) openVentureFunds(world);
  for (let r = 0; r < world.regionCount; r++) {
    const running = programmeRunning(world.funding, world.quarter, r);
    poolUnspentBudget(world, r);
    openBudget(world, r, regionBudgetJpyM(world, r));
    localEntrepreneurArrivals(world, r, rng.poisson(scenario.regions[r].talentSupply * world.params.progress.entrepreneursPerQuarter));

    payLocalCoordinators(world, r);
    const employed = keepProgrammeCoordinators(world, r, running);
    keepExternalCoordinators(world, r);
    employProjectManagers(world, r);
    employResearchers(world, r);
    if (running) {
      hireProgrammeCoordinators(world, r, employed);
      talentArrivals(world, r);
    }
    trainCoordinators(world, r);
  }
}

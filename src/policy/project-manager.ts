// Project managers スーパー目利き: posts paid per manager-quarter from the region's budget at the start
// of the quarter, each running a few projects at a time (first come, first served) and raising their
// chance to advance a stage. Managers the budget cannot pay are not employed that quarter, and their
// projects lose them.
import { Account, budgetOf, OUTSIDE } from '../model/accounts.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';

/** Start of a quarter: employs and pays as many of the region's managers as its budget can. */
export function employProjectManagers(world: World, region: number): void {
  const pm = world.policy.projectManager;
  const budget = budgetOf(region);
  let employed = 0;
  while (employed < pm.perRegion && canPay(world, budget, pm.costJpyMPerQuarter)) {
    transfer(world, budget, OUTSIDE, pm.costJpyMPerQuarter, Account.Managers);
    employed++;
  }
  world.regions.managersEmployed[region] = employed;
}

/** Keeps each region's managed projects within its employed managers' capacity, then gives free managers to unmanaged live projects. */
export function assignProjectManagers(world: World): void {
  const pm = world.policy.projectManager;
  if (pm.perRegion === 0 || pm.projectsEach === 0) return;
  const { projects, regions } = world;
  const used = new Int32Array(world.regionCount);
  for (let id = 0; id < projects.count; id++) {
    if (!projects.managed[id]) continue;
    const r = projects.region[id];
    if (used[r] < regions.managersEmployed[r] * pm.projectsEach) used[r]++;
    else projects.managed[id] = 0;
  }
  for (let id = 0; id < projects.count; id++) {
    const r = projects.region[id];
    if (projects.managed[id] || used[r] >= regions.managersEmployed[r] * pm.projectsEach) continue;
    projects.managed[id] = 1;
    used[r]++;
  }
}

/** Factor on a project's stage-advance chance: raised while a manager runs it. */
export function managerAdvanceFactor(world: World, project: number): number {
  return world.projects.managed[project] ? 1 + world.policy.projectManager.advanceBoost : 1;
}

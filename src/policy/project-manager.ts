// Project managers スーパー目利き: posts paid by the programme, each running a few projects at a time
// (first come, first served) and raising their chance to advance a stage.
import type { World } from '../model/world.js';
import { programmeRunning } from './funding-schedule.js';

/** Gives free managers to unmanaged live projects of their region; all leave when the programme stops. */
export function assignProjectManagers(world: World): void {
  const pm = world.policy.projectManager;
  if (pm.perRegion === 0 || pm.projectsEach === 0) return;
  const { projects } = world;
  if (!programmeRunning(world.funding, world.quarter)) {
    projects.managed.fill(0, 0, projects.count);
    return;
  }
  const capacity = pm.perRegion * pm.projectsEach;
  const used = new Int32Array(world.regionCount);
  for (let id = 0; id < projects.count; id++) used[projects.region[id]] += projects.managed[id];
  for (let id = 0; id < projects.count; id++) {
    const r = projects.region[id];
    if (projects.managed[id] || used[r] >= capacity) continue;
    projects.managed[id] = 1;
    used[r]++;
  }
}

/** Factor on a project's stage-advance chance: raised while a manager runs it. */
export function managerAdvanceFactor(world: World, project: number): number {
  return world.projects.managed[project] ? 1 + world.policy.projectManager.advanceBoost : 1;
}

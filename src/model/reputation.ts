// Reputation: every success (a completed prototype or a launch) puts a ticket with the agent's id in
// its region's urn, academics and firms apart, so a meeting can pick partners in proportion to
// 1 + weight × successes in O(1) (preferential attachment): hubs grow from records, not from the start.
import { grown } from './growable.js';
import { isAcademic } from './vocabulary.js';
import type { World } from './world.js';

/** One region's tickets of one side (academics or firms): ids[0 .. count), one per success. */
class Urn {
  ids = new Int32Array(16);
  count = 0;

  push(id: number): void {
    if (this.count === this.ids.length) this.ids = grown(this.ids, 2 * this.count);
    this.ids[this.count++] = id;
  }
}

export class Reputation {
  readonly academics: Urn[];
  readonly firms: Urn[];

  constructor(regionCount: number) {
    this.academics = Array.from({ length: regionCount }, () => new Urn());
    this.firms = Array.from({ length: regionCount }, () => new Urn());
  }
}

/**
 * One partner from `list` (the region's candidates), each picked with weight 1 + `weight` × its
 * tickets in `urn`, from the single uniform draw `u`: below list.length a uniform pick, above it a
 * ticket (with no tickets, exactly the pick `rng.int(list.length)` makes from the same draw). A ticket of an agent no longer in the
 * list (it left) still names it; callers check `alive` as they do for list picks.
 */
export function pickByReputation(list: readonly number[], urn: Urn, weight: number, u: number): number {
  const n = list.length;
  const x = u * (n + weight * urn.count);
  if (x < n) return list[Math.floor(x)];
  return urn.ids[Math.min(urn.count - 1, Math.floor((x - n) / weight))];
}

/** A project of `world.projects` completed a stage that counts (prototype, launch): its university and firms gain a record. */
export function recordSuccess(world: World, project: number): void {
  const { projects } = world;
  credit(world, projects.university[project]);
  credit(world, projects.lead[project]);
  for (let k = 0; k < projects.partnerCount[project]; k++) credit(world, projects.partner(project, k));
}

function credit(world: World, agent: number): void {
  const { agents, reputation } = world;
  if (!agents.alive[agent]) return;
  agents.successes[agent]++;
  const region = agents.region[agent];
  (isAcademic(agents.kind[agent]) ? reputation.academics[region] : reputation.firms[region]).push(agent);
}

export type { Urn };

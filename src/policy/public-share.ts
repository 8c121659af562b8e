// Which share of a project's quarterly cost the public pays, fixed when the project forms: the most
// specific lever that applies wins (core-firm support, then matching funds, then the programme).
import type { World } from '../model/world.js';
import { coreFirmPublicShare } from './core-firm-support.js';
import { matchingPublicShare } from './matching-funds.js';

export function projectPublicShare(world: World, lead: number): number {
  const kind = world.agents.kind[lead];
  const policy = world.policy;
  return coreFirmPublicShare(policy, kind) ?? matchingPublicShare(policy, kind) ?? policy.programme.publicCostShare;
}

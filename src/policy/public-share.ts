// Which share of a project's quarterly cost the public pays, fixed when the project forms: the most
// specific lever that applies wins (core-firm support, then matching funds, then the programme).
import type { World } from '../model/world.js';
import { coreFirmPublicShare } from './core-firm-support.js';
import { matchingPublicShare } from './matching-funds.js';

export function projectPublicShare(world: World, lead: number): number {
  return publicShareForKind(world, world.agents.kind[lead]);
}

/** The public share a project led by a firm of `kind` would get (a founder values a start-up before it exists). */
export function publicShareForKind(world: World, kind: number): number {
  const policy = world.policy;
  return coreFirmPublicShare(policy, kind) ?? matchingPublicShare(policy, kind) ?? policy.programme.publicCostShare;
}

// Core-firm support 中核企業支援: its own public share for projects led by core firms, and suppliers
// more ready to join them (needs pull).
import type { Policy } from '../scenario/schema.js';
import { AgentKind } from '../model/vocabulary.js';

/** Public share of a core-firm-led project under this lever, or undefined when it does not apply. */
export function coreFirmPublicShare(policy: Policy, leadKind: number): number | undefined {
  const s = policy.coreFirmSupport;
  return s.enabled && leadKind === AgentKind.CoreFirm ? s.publicCostShare : undefined;
}

/** Chance that a linked supplier SME joins a core firm's project. */
export function supplierJoinProbability(policy: Policy, baseProbability: number): number {
  const s = policy.coreFirmSupport;
  return s.enabled ? baseProbability + s.supplierJoinBoost * (1 - baseProbability) : baseProbability;
}

// Matching funds マッチングファンド: the public pays 1/(1 + m) of a funded project's cost when firms
// match each public yen with m private yen; seed money 呼び水 is a one-off grant to the lead firm
// when a funded project forms; both only for eligible lead firms.
import type { Policy } from '../scenario/schema.js';
import { AgentKind } from '../model/vocabulary.js';

function eligible(policy: Policy, leadKind: number): boolean {
  const { eligibility } = policy.matchingFunds;
  if (eligibility === 'smes') return leadKind === AgentKind.Sme;
  if (eligibility === 'coreFirms') return leadKind === AgentKind.CoreFirm;
  return true;
}

/** Public share of a project's cost under the matching rule, or undefined when the lever is off. */
export function matchingPublicShare(policy: Policy, leadKind: number): number | undefined {
  const m = policy.matchingFunds;
  if (!m.enabled) return undefined;
  return eligible(policy, leadKind) ? 1 / (1 + m.privateMatchPerPublicJpy) : 0;
}

/** Seed money a lead firm of `leadKind` receives when its funded project forms, million yen. */
export function seedGrantJpyM(policy: Policy, leadKind: number): number {
  const m = policy.matchingFunds;
  return m.enabled && eligible(policy, leadKind) ? m.seedMoneyJpyM : 0;
}

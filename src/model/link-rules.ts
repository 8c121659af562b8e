// Which link a meeting between two kinds of agent makes, and how well the two fit.
import type { AgentTable } from './agent-table.js';
import { AgentKind, isAcademic, isFirm, LinkType } from './vocabulary.js';

/** Link type for a pair of kinds, or -1 when the model has no such link (e.g. two universities). */
export function linkTypeFor(kindA: number, kindB: number): number {
  if (kindA === AgentKind.Coordinator || kindB === AgentKind.Coordinator) return kindA === kindB ? -1 : LinkType.Coordination;
  if (kindA === AgentKind.Bank || kindB === AgentKind.Bank) return kindA === kindB ? -1 : LinkType.Finance;
  if (isFirm(kindA) && isFirm(kindB)) return LinkType.IndustryIndustry;
  if ((isAcademic(kindA) && isFirm(kindB)) || (isFirm(kindA) && isAcademic(kindB))) return LinkType.AcademiaIndustry;
  return -1;
}

/**
 * Fit of a meeting (MODEL.md §3.3): field similarity × the firm side's absorptive capacity, plus
 * the coordinator's help (`bonus`, skill × coordinatorFitBonus) for an introduced pair.
 * Between two firms, the weaker absorptive capacity counts, plus `firmPairBonus` (meeting.firmPairAbsorptiveBonus).
 */
export function meetingFit(agents: AgentTable, a: number, b: number, bonus: number, firmPairBonus: number): number {
  const ka = agents.kind[a];
  const kb = agents.kind[b];
  let absorptive: number;
  if (isFirm(ka) && isFirm(kb)) absorptive = Math.min(agents.absorptive[a], agents.absorptive[b]) + firmPairBonus;
  else if (isFirm(ka)) absorptive = agents.absorptive[a];
  else if (isFirm(kb)) absorptive = agents.absorptive[b];
  else absorptive = 1;
  return agents.similarity(a, b) * (absorptive + bonus);
}

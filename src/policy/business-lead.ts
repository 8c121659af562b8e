// Business leads (talent that matters): a project run on the business side by an experienced founder
// advances faster through commercialisation and sells further — external talent 域外人材 most — and
// an external coordinator whose project succeeds stays longer (a career path), paid by its payer.
import type { World } from '../model/world.js';
import { BusinessLead, Payer, Reach, Stage } from '../model/vocabulary.js';

/** Multiplier on the project's advance chance at `stage`: only the commercialisation stage gains from a business lead. */
export function businessLeadAdvanceFactor(world: World, id: number, stage: number): number {
  if (stage !== Stage.Commercialization) return 1;
  const lead = world.projects.businessLead[id];
  const s = world.params.startups;
  return lead === BusinessLead.External ? 1 + s.externalLeadAdvanceBoost : lead === BusinessLead.Local ? 1 + s.localLeadAdvanceBoost : 1;
}

/** The reach a business lead of kind `lead` gives a product whose firms reach `firmsReach` (never beyond global). */
export function reachWithBusinessLead(world: World, firmsReach: number, lead: number): number {
  const s = world.params.startups;
  const gain = lead === BusinessLead.External ? s.externalLeadReachGain : lead === BusinessLead.Local ? s.localLeadReachGain : 0;
  return Math.min(Reach.Global, firmsReach + gain);
}

/**
 * Career path: a project milestone (prototype completed, market launch) extends the stay of the
 * external coordinator running the project; every extra quarter is paid from the region's budget
 * as the others are (keepExternalCoordinators), so a budget that cannot pay still ends the stay.
 */
export function extendExternalStay(world: World, id: number): void {
  const coordinator = world.projects.coordinator[id];
  if (coordinator < 0) return;
  const { agents } = world;
  if (!agents.alive[coordinator] || agents.payer[coordinator] !== Payer.External || agents.tenureQuarters[coordinator] < 0) return;
  agents.tenureQuarters[coordinator] += world.policy.externalTalent.successStayExtensionQuarters;
}

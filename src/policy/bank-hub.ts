// Banks as hubs 信金をハブに: each bank introduces client SMEs (its finance links) to the university of
// its region that fits the client best; the bank's appraisal skill 目利き adds to the fit as a
// coordinator's skill does. The programme pays each introduction from the budget of the bank's region:
// no budget, no introduction.
import { Account, budgetOf, OUTSIDE } from '../model/accounts.js';
import { canPay, transfer } from '../model/money.js';
import type { World } from '../model/world.js';
import { AgentKind, LinkType } from '../model/vocabulary.js';

/** The meeting rule of the meeting phase: links a and b if their fit (plus `bonus`) clears the threshold. */
export type Meet = (world: World, a: number, b: number, bonus: number) => boolean;

export function bankIntroductions(world: World, meet: Meet): void {
  const hub = world.policy.bankHub;
  if (!hub.enabled || hub.introductionsPerBankQuarter === 0) return;
  const rng = world.streams.bankHub;
  const { agents, index, links } = world;
  const bonusPerSkill = world.params.meeting.coordinatorFitBonus;
  // Clients of every bank are listed before any introduction: new links invalidate the adjacency rows.
  links.adjacency();
  const clientsOf = new Map<number, number[]>();
  for (let r = 0; r < world.regionCount; r++) {
    for (const bank of index.banks[r]) {
      const clients: number[] = [];
      for (let k = links.adjStart[bank]; k < links.adjStart[bank + 1]; k++) {
        const client = links.adjTarget[k];
        if (links.type[links.adjLink[k]] === LinkType.Finance && agents.kind[client] === AgentKind.Sme && agents.alive[client]) clients.push(client);
      }
      clientsOf.set(bank, clients);
    }
  }
  for (let r = 0; r < world.regionCount; r++) {
    const academics = index.academics[r];
    if (academics.length === 0) continue;
    for (const bank of index.banks[r]) {
      const clients = clientsOf.get(bank)!;
      if (clients.length === 0 || !agents.alive[bank]) continue;
      const bonus = agents.appraisalSkill[bank] * bonusPerSkill;
      for (let i = 0; i < hub.introductionsPerBankQuarter; i++) {
        if (!canPay(world, budgetOf(r), hub.costPerIntroductionJpyM)) break;
        transfer(world, budgetOf(r), OUTSIDE, hub.costPerIntroductionJpyM, Account.BankHub);
        const client = clients[rng.int(clients.length)];
        meet(world, client, closestAcademic(world, client, academics), bonus);
      }
    }
  }
}

/** The academic whose fields match the firm's best: a bank knows both its client and the local university. */
function closestAcademic(world: World, firm: number, academics: readonly number[]): number {
  let best = academics[0];
  let bestSimilarity = -1;
  for (const academic of academics) {
    const similarity = world.agents.similarity(firm, academic);
    if (similarity > bestSimilarity) {
      bestSimilarity = similarity;
      best = academic;
    }
  }
  return best;
}

// Researchers employed by the programme 雇用研究者: a share of the region's quarterly budget pays whole
// researchers at its universities and institutes, allocated in proportion to their tenured
// researchers (a lab hosts postdocs in proportion to its size; the remainder goes one each to the
// largest shares, then in index order). They write papers and find seeds like tenured researchers
// (research.ts) while paid, and leave when the money stops: employment is settled every quarter.
import { Account, budgetOf, OUTSIDE } from '../model/accounts.js';
import { transfer } from '../model/money.js';
import type { World } from '../model/world.js';

/** Start of a quarter, after staff in post are paid: employs the researchers this quarter's share pays for. */
export function employResearchers(world: World, region: number): void {
  const { agents, regions, index } = world;
  const p = world.policy.programme;
  const academics = index.academics[region];
  let tenured = 0;
  for (const id of academics) {
    agents.employedResearchers[id] = 0;
    if (agents.alive[id]) tenured += agents.researchers[id];
  }
  const money = Math.min(p.researcherShare * regions.budgetAtStartJpyM[region], regions.budgetJpyM[region]);
  const count = tenured > 0 ? Math.floor(money / p.researcherCostJpyMPerQuarter) : 0;
  regions.researchersEmployed[region] = count;
  if (count === 0) return;
  transfer(world, budgetOf(region), OUTSIDE, count * p.researcherCostJpyMPerQuarter, Account.Researchers);
  let placed = 0;
  for (const id of academics) {
    if (!agents.alive[id]) continue;
    const whole = Math.floor((count * agents.researchers[id]) / tenured);
    agents.employedResearchers[id] = whole;
    placed += whole;
  }
  // Largest remainders first (ties in index order): the whole count is placed.
  while (placed < count) {
    let best = -1;
    let bestRemainder = -1;
    for (const id of academics) {
      if (!agents.alive[id]) continue;
      const remainder = (count * agents.researchers[id]) / tenured - agents.employedResearchers[id];
      if (remainder > bestRemainder) {
        bestRemainder = remainder;
        best = id;
      }
    }
    agents.employedResearchers[best]++;
    placed++;
  }
}

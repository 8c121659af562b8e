// Invariants of a running world, checked after every quarter of a full run: budgets, flows by
// region, agents, links, bank capacity, cash identities, project stages and per-quarter charges.
import { runWorld } from '../../src/engine/simulate.js';
import { Account, HOLDER_KIND_COUNT, HolderKind } from '../../src/model/accounts.js';
import { I, INDICATOR_COUNT, INDICATOR_NAMES, IS_FLOW } from '../../src/model/indicators.js';
import { AgentKind, isFirm, LinkType, ProjectStatus } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { scheduledBudgetJpyM } from '../../src/policy/funding-schedule.js';
import type { Scenario } from '../../src/scenario/schema.js';

/** Relative closeness, for sums of thousands of float additions in different orders. */
export function close(actual: number, expected: number, relative = 1e-6): boolean {
  return Math.abs(actual - expected) <= relative * Math.max(1, Math.abs(expected));
}

/**
 * Per-quarter checks run millions of times, too many for `expect` each: violations are collected
 * (the first few, with their quarter) and asserted empty once per run.
 */
class Violations {
  readonly found: string[] = [];
  quarter = 0;
  check(ok: boolean, what: () => string): void {
    if (!ok && this.found.length < 10) this.found.push(`q${this.quarter}: ${what()}`);
  }
  close(actual: number, expected: number, what: string, relative = 1e-6): void {
    this.check(close(actual, expected, relative), () => `${what}: ${actual} vs ${expected}`);
  }
}

interface Observed {
  stage: number;
  spentJpyM: number;
}

export interface RunRecord {
  world: World;
  violations: string[];
  /** Total row of each quarter's indicators. */
  totals: Float64Array[];
  startupsTotal: number;
}

/** Runs one replication, checking the per-quarter invariants after every quarter. */
export function checkedRun(scenario: Scenario, seed: string): RunRecord {
  const R = scenario.regions.length;
  const cost = (stage: number) => [scenario.model.projects.costPerQuarterJpyM.jointResearch, scenario.model.projects.costPerQuarterJpyM.prototype, scenario.model.projects.costPerQuarterJpyM.commercialisation][stage];
  const evaluation = scenario.policy.continuity.midTermEvaluation;
  let seen = new Map<number, Observed>();
  const totals: Float64Array[] = [];
  let bankCapacity = -1;
  let startupsTotal = 0;
  const v = new Violations();

  const world = runWorld(scenario, seed, (w) => {
    const q = w.quarter - 1;
    v.quarter = q;
    const row = (r: number) => w.quarterIndicators.subarray(r * INDICATOR_COUNT, (r + 1) * INDICATOR_COUNT);
    totals.push(row(R).slice());
    startupsTotal += row(R)[I.startups];

    // Flows: the region rows add up to the total row.
    for (let i = 0; i < INDICATOR_COUNT; i++) {
      if (!IS_FLOW[i]) continue;
      let sum = 0;
      for (let r = 0; r < R; r++) sum += row(r)[i];
      v.close(sum, row(R)[i], `regions sum of indicator ${i}`, 1e-9);
    }

    // Public money: the budget is the schedule's (scaled only by an evaluation, within its bounds),
    // never overdrawn, and what was spent left the budget or the core institution's fund.
    for (let r = 0; r < R; r++) {
      const spent = row(r)[I.publicSpendJpyM];
      const scale = w.regions.budgetScale[r];
      v.check(evaluation.enabled ? scale >= evaluation.minScale && scale <= evaluation.maxScale : scale === 1, () => `region ${r} budget scale ${scale}`);
      v.close(w.regions.budgetAtStartJpyM[r], scheduledBudgetJpyM(w.funding, q) * scale, `region ${r} budget of the quarter`, 1e-12);
      v.check(w.regions.budgetJpyM[r] >= -1e-9, () => `region ${r} budget overdrawn: ${w.regions.budgetJpyM[r]}`);
      v.check(w.regions.fundJpyM[r] >= -1e-9, () => `region ${r} fund overdrawn: ${w.regions.fundJpyM[r]}`);
      v.close(spent, w.regions.budgetAtStartJpyM[r] - w.regions.budgetJpyM[r] + w.regions.fundSpentJpyM[r], `region ${r} budget and fund drawn`, 1e-9);
      checkBudgetRow(w, r, row(r), v);
    }
    checkBudgetRow(w, -1, row(R), v);

    // Agents: initial + births − exits = alive.
    let alive = 0;
    for (let id = 0; id < w.agents.count; id++) alive += w.agents.alive[id];
    v.check(alive === w.ledger.agentsInitial + w.ledger.births - w.ledger.exits, () => `alive ${alive} vs ledger`);

    checkLinks(w, v);
    checkTables(w, v);
    checkStocks(w, row(R), v);
    if (bankCapacity < 0) bankCapacity = totalBankCapacity(w);
    checkMoney(w, bankCapacity, v);

    // Projects: stages only advance; a quarter charges the stage's full cost (funded, active) or nothing (stalled).
    const now = new Map<number, Observed>();
    const { projects } = w;
    for (let id = 0; id < projects.count; id++) {
      const serial = projects.serial[id];
      const spentJpyM = projects.publicJpyM[id] + projects.privateJpyM[id] + projects.loanJpyM[id];
      const before = seen.get(serial) ?? { stage: 0, spentJpyM: 0 };
      const status = projects.status[id];
      v.check(status === ProjectStatus.Active || status === ProjectStatus.Stalled, () => `project ${serial} live with status ${status}`);
      const stepped = projects.stage[id] - before.stage;
      v.check(stepped === 0 || stepped === 1, () => `project ${serial} went from stage ${before.stage} to ${projects.stage[id]}`);
      const charged = spentJpyM - before.spentJpyM;
      v.close(charged, status === ProjectStatus.Active ? cost(before.stage) : 0, `project ${serial} charged (status ${status}, stage ${before.stage})`, 1e-9);
      const publicShare = projects.publicShare[id];
      v.check(projects.publicJpyM[id] <= spentJpyM * publicShare + 1e-9, () => `project ${serial} public share above ${publicShare}`);
      v.check(w.agents.alive[projects.lead[id]] === 1, () => `project ${serial} led by a dead firm`);
      now.set(serial, { stage: projects.stage[id], spentJpyM });
    }
    seen = now;
  });
  return { world, totals, startupsTotal, violations: v.found };
}

/**
 * The budget's row of a quarter (region r, or the total for r = -1): available is the budget opened,
 * spent never exceeds it, unspent is the rest, public spend by instrument adds up to the total, and
 * the employed researchers are those the academics hold.
 */
function checkBudgetRow(world: World, r: number, row: Float64Array, v: Violations): void {
  const where = r < 0 ? 'total' : `region ${r}`;
  const regions = r < 0 ? Array.from({ length: world.regionCount }, (_, k) => k) : [r];
  let available = 0;
  let researchers = 0;
  for (const k of regions) {
    available += world.regions.budgetAtStartJpyM[k];
    researchers += world.regions.researchersEmployed[k];
  }
  v.close(row[I.budgetAvailableJpyM], available, `${where} budget available`, 1e-9);
  v.check(row[I.budgetSpentJpyM] <= row[I.budgetAvailableJpyM] + 1e-9, () => `${where} budget spent ${row[I.budgetSpentJpyM]} above available ${row[I.budgetAvailableJpyM]}`);
  v.close(row[I.budgetUnspentJpyM], row[I.budgetAvailableJpyM] - row[I.budgetSpentJpyM], `${where} budget unspent`, 1e-9);
  const byInstrument = row[I.publicSpendProjectsJpyM] + row[I.publicSpendCoordinatorsJpyM] + row[I.publicSpendTalentJpyM] + row[I.publicSpendManagersJpyM]
    + row[I.publicSpendPlatformJpyM] + row[I.publicSpendResearchersJpyM] + row[I.publicSpendOtherJpyM];
  v.close(byInstrument, row[I.publicSpendJpyM], `${where} public spend by instrument`, 1e-9);
  v.check(row[I.researchersEmployed] === researchers, () => `${where} researchers employed ${row[I.researchersEmployed]} vs ${researchers}`);
  // R&D paid from margins is a part of firms' own project spending, never more.
  v.check(row[I.rdFromMarginsJpyM] >= 0 && row[I.rdFromMarginsJpyM] <= row[I.privateSpendJpyM] + 1e-9, () => `${where} R&D from margins ${row[I.rdFromMarginsJpyM]} outside [0, private spend ${row[I.privateSpendJpyM]}]`);
}

/** No self-loops, no duplicate pairs, strength in (0, 1], both ends alive, degree column = links. */
function checkLinks(world: World, v: Violations): void {
  const { links, agents } = world;
  const pairs = new Set<number>();
  const degree = new Int32Array(agents.count);
  for (let id = 0; id < links.count; id++) {
    const a = links.a[id];
    const b = links.b[id];
    v.check(a !== b, () => `self-link on ${a}`);
    const key = Math.min(a, b) * agents.count + Math.max(a, b);
    v.check(!pairs.has(key), () => `duplicate link ${a}–${b}`);
    pairs.add(key);
    const s = links.strength[id];
    v.check(s > 0 && s <= 1, () => `link ${a}–${b} strength ${s}`);
    v.check(agents.alive[a] === 1 && agents.alive[b] === 1, () => `link ${a}–${b} to a dead agent`);
    v.check(links.find(a, b) === id, () => `link ${a}–${b} not found by pair`);
    degree[a]++;
    degree[b]++;
  }
  for (let id = 0; id < agents.count; id++) v.check(agents.degree[id] === degree[id], () => `agent ${id} degree ${agents.degree[id]}, links ${degree[id]}`);
}

function totalBankCapacity(world: World): number {
  let capacity = 0;
  for (let v = 0; v < world.agents.count; v++) if (world.agents.kind[v] === AgentKind.Bank) capacity += world.agents.lendingCapacityJpyM[v];
  return capacity;
}

/** Seeds, projects, products and loans refer only to what still exists, and firms stay solvent between quarters. */
function checkTables(world: World, v: Violations): void {
  const { agents, seeds, projects, products, loans } = world;
  const lifetime = world.params.research.seedLifetimeQuarters;
  for (let s = 0; s < seeds.count; s++) {
    v.check(seeds.ageQuarters[s] < lifetime && !seeds.taken[s], () => `seed ${s} aged ${seeds.ageQuarters[s]} (taken ${seeds.taken[s]}) still unused`);
  }
  const led = new Int32Array(agents.count);
  for (let id = 0; id < projects.count; id++) {
    led[projects.lead[id]]++;
    for (let k = 0; k < projects.partnerCount[id]; k++) {
      const partner = projects.partner(id, k);
      v.check(agents.alive[partner] === 1, () => `project ${projects.serial[id]} has exited partner ${partner}`);
    }
  }
  for (let id = 0; id < agents.count; id++) {
    if (!agents.alive[id] || !isFirm(agents.kind[id])) continue;
    v.check(agents.projectsLed[id] === led[id], () => `firm ${id} leads ${led[id]} projects, counts ${agents.projectsLed[id]}`);
    v.check(agents.cashJpyM[id] >= 0 && agents.creditJpyM[id] >= 0, () => `alive firm ${id} cash ${agents.cashJpyM[id]} credit ${agents.creditJpyM[id]}`);
  }
  for (let id = 0; id < products.count; id++) v.check(agents.alive[products.owner[id]] === 1, () => `product ${id} of exited firm`);
  for (let id = 0; id < loans.count; id++) v.check(agents.alive[loans.borrower[id]] === 1, () => `loan ${id} of exited firm`);
}

/** The total row's stocks describe the world as it stands at the end of the quarter. */
function checkStocks(world: World, total: Float64Array, v: Violations): void {
  const { agents, links, projects, seeds } = world;
  let smes = 0;
  let coordinators = 0;
  let alive = 0;
  for (let id = 0; id < agents.count; id++) {
    if (!agents.alive[id]) continue;
    alive++;
    if (agents.kind[id] === AgentKind.Sme) smes++;
    if (agents.kind[id] === AgentKind.Coordinator) coordinators++;
  }
  let cross = 0;
  let academic = 0;
  for (let id = 0; id < links.count; id++) {
    cross += links.crossRegion[id];
    if (links.type[id] === LinkType.AcademiaIndustry) academic++;
  }
  let active = 0;
  for (let id = 0; id < projects.count; id++) if (projects.status[id] === ProjectStatus.Active) active++;
  const expected: [number, number][] = [
    [I.smesAlive, smes], [I.activeCoordinators, coordinators], [I.linksTotal, links.count], [I.linksCrossRegion, cross],
    [I.linksAcademiaIndustry, academic], [I.activeProjects, active], [I.stalledProjects, projects.count - active],
    [I.unusedSeeds, seeds.count],
  ];
  for (const [column, value] of expected) v.check(total[column] === value, () => `indicator ${INDICATOR_NAMES[column]} ${total[column]}, world ${value}`);
  v.close(total[I.meanDegree], alive > 0 ? (2 * links.count) / alive : 0, 'mean degree', 1e-9);
  v.check(total[I.largestComponentShare] >= 0 && total[I.largestComponentShare] <= 1, () => `largest component share ${total[I.largestComponentShare]}`);
  v.check(total[I.clustering] >= 0 && total[I.clustering] <= 1, () => `clustering ${total[I.clustering]}`);
}

/** Cash identities of firms and banks, and banks within capacity. */
function checkMoney(world: World, bankCapacity: number, v: Violations): void {
  const { agents, ledger: L, loans } = world;
  const lentBy = new Float64Array(agents.count);
  let outstanding = 0;
  for (let id = 0; id < loans.count; id++) {
    lentBy[loans.bank[id]] += loans.outstandingJpyM[id];
    outstanding += loans.outstandingJpyM[id];
  }
  let firmMoney = 0;
  let bankMoney = 0;
  for (let id = 0; id < agents.count; id++) {
    if (agents.kind[id] === AgentKind.Bank) {
      v.check(agents.lendableJpyM[id] >= 0, () => `bank ${id} money to lend ${agents.lendableJpyM[id]}`);
      v.check(lentBy[id] <= agents.lendingCapacityJpyM[id] + 1e-9, () => `bank ${id} lent ${lentBy[id]} over capacity ${agents.lendingCapacityJpyM[id]}`);
      bankMoney += agents.lendableJpyM[id];
    } else if (isFirm(agents.kind[id]) && agents.alive[id]) {
      firmMoney += agents.cashJpyM[id] + agents.creditJpyM[id];
    }
  }
  // Firms' cash moves through the money primitive too (seed money in, revenue shares out, any account).
  const firmsExpected = L.initialFirmMoneyJpyM + L.operatingProfitJpyM + L.revenueCashJpyM + L.loansIssuedJpyM + L.founderCapitalJpyM
    + L.receivedBy(HolderKind.Cash) - L.paidBy(HolderKind.Cash) - L.loansRepaidJpyM - L.privateSpendJpyM - L.loanSpendJpyM - L.exitedCashJpyM;
  v.close(firmMoney, firmsExpected, 'firm money');
  v.close(L.paidBy(HolderKind.Cash), L.paid(HolderKind.Cash, Account.RevenueShare) + L.paid(HolderKind.Cash, Account.SeedMoneyRefund), 'firms pay only revenue shares and seed-money refunds through the primitive');
  // A refund returns at most the seed money that was paid out.
  v.check(L.paid(HolderKind.Cash, Account.SeedMoneyRefund) <= L.received(HolderKind.Cash, Account.SeedMoney) + 1e-9, () => 'seed money refunded exceeds seed money paid');
  // Core institutions hold what flowed in (unspent budget, revenue shares) less what they paid out.
  let funds = 0;
  let budgets = 0;
  for (let r = 0; r < world.regionCount; r++) {
    funds += world.regions.fundJpyM[r];
    budgets += world.regions.budgetJpyM[r];
  }
  v.close(funds, L.receivedBy(HolderKind.Fund) - L.paidBy(HolderKind.Fund), 'core institution funds');
  v.close(funds, L.fundPooledJpyM + L.fundRevenueJpyM - L.fundToCoordinatorsJpyM - L.fundToProjectsJpyM, 'core institution funds by account');
  // Budgets: granted = paid out of them (every account) + lapsed + what they hold now.
  v.close(budgets, L.budgetGrantedJpyM - L.paidBy(HolderKind.Budget) - L.budgetLapsedJpyM, 'programme budgets');
  // Venture funds hold what they raised less what they invested, never below zero.
  let ventureFunds = 0;
  for (let r = 0; r < world.regionCount; r++) {
    v.check(world.regions.ventureFundJpyM[r] >= -1e-9, () => `region ${r} venture fund overdrawn: ${world.regions.ventureFundJpyM[r]}`);
    ventureFunds += world.regions.ventureFundJpyM[r];
  }
  v.close(ventureFunds, L.ventureCapitalJpyM + L.receivedBy(HolderKind.VentureFund) - L.paidBy(HolderKind.VentureFund), 'venture funds');
  // Nothing is paid into a budget, to local government, or by the outside.
  v.check(L.receivedBy(HolderKind.Budget) === 0 && L.receivedBy(HolderKind.LocalGovernment) === 0 && L.paidBy(HolderKind.Outside) === 0, () => 'money moved against its direction');
  // Every yen paid is received: the primitive moves money, it does not make it.
  let paid = 0;
  let received = 0;
  for (let k = 0; k < HOLDER_KIND_COUNT; k++) {
    paid += L.paidBy(k);
    received += L.receivedBy(k);
  }
  v.close(paid, received, 'paid = received');
  v.close(bankMoney, bankCapacity + L.loansRepaidJpyM - L.loansIssuedJpyM, 'bank money');
  // What banks lent is held by borrowers, repaid, or written off.
  v.close(outstanding, L.loansIssuedJpyM - L.loansRepaidJpyM - L.loansWrittenOffJpyM, 'loans outstanding');
}

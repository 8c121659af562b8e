// Phase 6, finance: instalments are paid or defaulted on; SMEs earn (or lose) on ordinary business;
// banks appraise commercialisation-stage projects with the firms' valuation and lend within capacity; insolvent firms exit,
// their loans written off, the projects they lead abandoned and the projects they joined left.
import { I } from '../model/indicators.js';
import { judgedSuccessChance, projectNetValueJpyM, remainingChance, unspentSeedGrantJpyM } from '../model/project-economics.js';
import type { World } from '../model/world.js';
import { tally } from '../model/tally.js';
import { AgentKind, LinkType, ProjectStatus, Stage } from '../model/vocabulary.js';
import { expectedReach, ownShareNow, returnSeed } from './project-progress.js';

export function financePhase(world: World): void {
  const defaulted = repayLoans(world);
  operatingProfit(world);
  lend(world);
  exits(world, defaulted);
}

/**
 * Instalments fall due. A borrower pays from its cash; one that cannot pay in full hands over what
 * it has and defaults (it exits below). Why not let its cash go negative: the bank would then
 * receive money the borrower never had, creating money that the ledger hides in negative exited cash.
 */
function repayLoans(world: World): number[] {
  const { agents, loans, ledger } = world;
  const defaulted: number[] = [];
  for (let id = loans.count - 1; id >= 0; id--) {
    const borrower = loans.borrower[id];
    const due = Math.min(loans.outstandingJpyM[id], loans.instalmentJpyM[id]);
    const cash = agents.cashJpyM[borrower];
    const paid = cash >= due ? due : cash > 0 ? cash : 0;
    agents.cashJpyM[borrower] -= paid;
    agents.lendableJpyM[loans.bank[id]] += paid;
    loans.outstandingJpyM[id] -= paid;
    ledger.loansRepaidJpyM += paid;
    if (paid < due) defaulted.push(borrower);
    else if (loans.outstandingJpyM[id] <= 1e-9) loans.remove(id);
  }
  return defaulted;
}

function operatingProfit(world: World): void {
  const rng = world.streams.finance;
  const { agents, index, ledger } = world;
  const f = world.params.finance;
  for (let r = 0; r < world.regionCount; r++) {
    for (const sme of index.smes[r]) {
      if (!agents.alive[sme]) continue;
      const profit = rng.normal(f.smeOperatingProfitJpyM, f.smeProfitVolatilityJpyM);
      agents.cashJpyM[sme] += profit;
      ledger.operatingProfitJpyM += profit;
    }
  }
}

/** Banks lend to commercialisation-stage projects whose lead cannot pay the next quarters itself. */
function lend(world: World): void {
  const rng = world.streams.finance;
  const { agents, projects, links, loans, ledger } = world;
  const f = world.params.finance;
  const quarterCost = world.derived.costByStage[Stage.Commercialization];
  const principal = quarterCost * f.loanPrincipalQuarters;
  links.adjacency();
  const order = new Int32Array(projects.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  rng.shuffle(order);
  for (const id of order) {
    if (projects.stage[id] !== Stage.Commercialization || projects.status[id] > ProjectStatus.Stalled) continue;
    const lead = projects.lead[id];
    if (agents.kind[lead] !== AgentKind.Sme || agents.creditJpyM[lead] >= quarterCost) continue;
    if (agents.cashJpyM[lead] >= quarterCost * f.loanCashCoverQuarters) continue;
    const bank = houseBank(world, lead);
    if (bank < 0) continue;
    // Appraisal 目利き: a noisy estimate of the chance the firms judge (from this stage on); skilled
    // banks see it more clearly. The bank values the project with the firms' own valuation at its
    // estimate and lends only to a project worth its remaining cost to the borrower.
    const judged = judgedSuccessChance(agents.absorptive[lead], projects.seedQuality[id], world.params.projects.judgedChanceFloor, world.derived.judgedChanceSlope);
    const estimate = remainingChance(world, judged, Stage.Commercialization) + rng.normal(0, f.appraisalNoiseSdAtSkill0 * (1 - agents.appraisalSkill[bank]));
    if (estimate < f.loanApprovalThreshold || agents.lendableJpyM[bank] < principal) continue;
    const appraised = projectNetValueJpyM(world, Math.min(estimate, 1), Stage.Commercialization, ownShareNow(world, id), projects.seedQuality[id], projects.fusion[id] === 1, agents.region[lead], expectedReach(world, id));
    if (appraised + unspentSeedGrantJpyM(world, id) < 0) continue;
    agents.lendableJpyM[bank] -= principal;
    agents.creditJpyM[lead] += principal;
    loans.add(lead, bank, principal, f.loanTermQuarters);
    ledger.loansIssuedJpyM += principal;
    tally(world, projects.region[id], I.loansJpyM, principal);
    links.connect(lead, bank, LinkType.Finance, world.params.meeting.newLinkStrength);
  }
}

/** The firm's bank: a linked bank, else a bank of its region, else none (-1). */
function houseBank(world: World, firm: number): number {
  const { agents, links, index } = world;
  for (let k = links.adjStart[firm]; k < links.adjStart[firm + 1]; k++) {
    const other = links.adjTarget[k];
    if (agents.kind[other] === AgentKind.Bank && agents.alive[other]) return other;
  }
  const banks = index.banks[agents.region[firm]];
  return banks.length > 0 ? banks[world.streams.finance.int(banks.length)] : -1;
}

/** Insolvent firms (cash below zero, or a missed instalment) leave; what they owed is written off. */
function exits(world: World, defaulted: number[]): void {
  const { agents, loans, projects, ledger, index, links } = world;
  let anyExit = false;
  const leave = (firm: number) => {
    agents.retire(firm);
    ledger.exits++;
    ledger.exitedCashJpyM += agents.cashJpyM[firm] + agents.creditJpyM[firm];
    anyExit = true;
  };
  for (const firm of defaulted) if (agents.alive[firm]) leave(firm);
  for (const firm of index.firms) if (agents.alive[firm] && agents.cashJpyM[firm] < 0) leave(firm);
  if (!anyExit) return;
  for (let id = loans.count - 1; id >= 0; id--) {
    if (agents.alive[loans.borrower[id]]) continue;
    ledger.loansWrittenOffJpyM += loans.outstandingJpyM[id];
    loans.remove(id);
  }
  for (let id = 0; id < projects.count; id++) {
    if (agents.alive[projects.lead[id]]) continue;
    projects.status[id] = ProjectStatus.Abandoned;
    returnSeed(world, id);
    tally(world, projects.region[id], I.abandonedProjects);
  }
  projects.compact();
  // An exited partner leaves the projects it joined too: left in, its market reach would still
  // widen the product's sales and it would still count as taking part.
  projects.dropDeadPartners(agents.alive);
  links.pruneDeadEndpoints();
}

// The one money primitive (DESIGN.md convention 12): every payment of an instrument moves through
// `transfer`, which debits the payer, credits the payee, and books the ledger and this quarter's
// indicators together, so conservation is checked in one place.
import { Account, ACCOUNT_COUNT, HolderKind, holderId, holderKind } from './accounts.js';
import { I } from './indicators.js';
import { tally } from './tally.js';
import type { World } from './world.js';

/** Public spend by instrument: the indicator column of each account, or -1 when it is not spend. */
const INSTRUMENT_COLUMN: readonly number[] = (() => {
  const column = new Array<number>(ACCOUNT_COUNT).fill(-1);
  column[Account.Projects] = I.publicSpendProjectsJpyM;
  column[Account.SeedMoney] = I.publicSpendProjectsJpyM;
  column[Account.StartupGrant] = I.publicSpendProjectsJpyM;
  column[Account.Coordinators] = I.publicSpendCoordinatorsJpyM;
  column[Account.Talent] = I.publicSpendTalentJpyM;
  column[Account.Managers] = I.publicSpendManagersJpyM;
  column[Account.Platform] = I.publicSpendPlatformJpyM;
  column[Account.Researchers] = I.publicSpendResearchersJpyM;
  column[Account.Training] = I.publicSpendOtherJpyM;
  column[Account.BankHub] = I.publicSpendOtherJpyM;
  column[Account.Institutes] = I.publicSpendOtherJpyM;
  return column;
})();

/** Money `holder` can pay now, million yen: local government and the outside are not limited. */
export function balanceJpyM(world: World, holder: number): number {
  const id = holderId(holder);
  switch (holderKind(holder)) {
    case HolderKind.Budget: return world.regions.budgetJpyM[id];
    case HolderKind.Fund: return world.regions.fundJpyM[id];
    case HolderKind.Cash: return world.agents.cashJpyM[id];
    case HolderKind.VentureFund: return world.regions.ventureFundJpyM[id];
    default: return Infinity;
  }
}

/** True when `holder` can pay `amountJpyM` now. */
export function canPay(world: World, holder: number, amountJpyM: number): boolean {
  return balanceJpyM(world, holder) >= amountJpyM;
}

/**
 * Moves `amountJpyM` from `from` to `to` for `account`: the balances, the ledger (paid by the payer's
 * kind, received by the payee's) and the indicators of the payer's region (the payee's when the payer
 * has none). Public money (budget or fund) paid on an instrument counts as public spend by instrument
 * and in total; from the budget it counts as budget spent. The caller checks `canPay` first: the
 * primitive never refuses, so a rule decides what happens when money is short.
 */
export function transfer(world: World, from: number, to: number, amountJpyM: number, account: number): void {
  const { regions, agents, ledger } = world;
  const fromKind = holderKind(from);
  const toKind = holderKind(to);
  const fromId = holderId(from);
  const toId = holderId(to);
  if (fromKind === HolderKind.Budget) regions.budgetJpyM[fromId] -= amountJpyM;
  else if (fromKind === HolderKind.Fund) {
    regions.fundJpyM[fromId] -= amountJpyM;
    regions.fundSpentJpyM[fromId] += amountJpyM;
  } else if (fromKind === HolderKind.Cash) agents.cashJpyM[fromId] -= amountJpyM;
  else if (fromKind === HolderKind.VentureFund) regions.ventureFundJpyM[fromId] -= amountJpyM;
  if (toKind === HolderKind.Budget) regions.budgetJpyM[toId] += amountJpyM;
  else if (toKind === HolderKind.Fund) regions.fundJpyM[toId] += amountJpyM;
  else if (toKind === HolderKind.Cash) agents.cashJpyM[toId] += amountJpyM;
  else if (toKind === HolderKind.VentureFund) regions.ventureFundJpyM[toId] += amountJpyM;
  ledger.paidJpyM[fromKind * ACCOUNT_COUNT + account] += amountJpyM;
  ledger.receivedJpyM[toKind * ACCOUNT_COUNT + account] += amountJpyM;

  const region = regionOf(world, fromKind, fromId, toKind, toId);
  if (account === Account.LocalCoordinators) {
    tally(world, region, I.localGovernmentSpendJpyM, amountJpyM);
    return;
  }
  if (account === Account.VentureInvestment) {
    tally(world, region, I.ventureInvestmentJpyM, amountJpyM);
    return;
  }
  const column = INSTRUMENT_COLUMN[account];
  if (column < 0 || (fromKind !== HolderKind.Budget && fromKind !== HolderKind.Fund)) return;
  tally(world, region, column, amountJpyM);
  tally(world, region, I.publicSpendJpyM, amountJpyM);
  if (fromKind === HolderKind.Budget) tally(world, region, I.budgetSpentJpyM, amountJpyM);
}

/** The region whose indicators a transfer is booked in: the payer's, else the payee's. */
function regionOf(world: World, fromKind: number, fromId: number, toKind: number, toId: number): number {
  if (fromKind === HolderKind.Cash) return world.agents.region[fromId];
  if (fromKind !== HolderKind.Outside) return fromId;
  return toKind === HolderKind.Cash ? world.agents.region[toId] : toId;
}

/**
 * Start of a quarter: what is left of the region's last budget lapses (a core institution may have
 * pooled it first), and the quarter's budget `amountJpyM` arrives from the national programme.
 */
export function openBudget(world: World, region: number, amountJpyM: number): void {
  const { regions, ledger } = world;
  ledger.budgetLapsedJpyM += regions.budgetJpyM[region];
  ledger.budgetGrantedJpyM += amountJpyM;
  regions.budgetJpyM[region] = amountJpyM;
  regions.budgetAtStartJpyM[region] = amountJpyM;
  regions.fundSpentJpyM[region] = 0;
  tally(world, region, I.budgetAvailableJpyM, amountJpyM);
}

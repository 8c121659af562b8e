// Money and agent accounts of one replication. Every flow of cash in or out of firms and banks is
// booked here, so conservation can be checked: nothing is created or lost outside the rules.
// Payments of instruments are booked by the money primitive (money.ts) by holder kind and account.
import { Account, ACCOUNT_COUNT, HOLDER_KIND_COUNT, HolderKind } from './accounts.js';

export class Ledger {
  /**
   * Charged to projects, by source, million yen: the public share (budget or fund; the indicator
   * publicSpendJpyM counts every instrument, this only projects), firms' cash, loan proceeds.
   */
  projectPublicJpyM = 0;
  privateSpendJpyM = 0;
  loanSpendJpyM = 0;
  /** Bank loans: issued, repaid, written off when a borrower exits. */
  loansIssuedJpyM = 0;
  loansRepaidJpyM = 0;
  loansWrittenOffJpyM = 0;
  /** Product revenue earned, and the part of it kept as firm cash (the margin). */
  revenueJpyM = 0;
  revenueCashJpyM = 0;
  /** Ordinary business profit of SMEs (exogenous, may be negative). */
  operatingProfitJpyM = 0;
  /** Founders' capital brought into start-ups. */
  founderCapitalJpyM = 0;
  /** Money the regions' venture funds 認定VC held at the start (raised outside the model). */
  ventureCapitalJpyM = 0;
  /** Paid through the money primitive: paidJpyM[payer kind × ACCOUNT_COUNT + account], million yen. */
  readonly paidJpyM = new Float64Array(HOLDER_KIND_COUNT * ACCOUNT_COUNT);
  /** Received through the money primitive: receivedJpyM[payee kind × ACCOUNT_COUNT + account]. */
  readonly receivedJpyM = new Float64Array(HOLDER_KIND_COUNT * ACCOUNT_COUNT);
  /** Programme budgets granted to the regions, and what was left at the end of a quarter and lapsed. */
  budgetGrantedJpyM = 0;
  budgetLapsedJpyM = 0;
  /** Cash and loan credit that left with exiting firms. */
  exitedCashJpyM = 0;
  /** Firms' cash and credit at the start. */
  initialFirmMoneyJpyM = 0;
  /** Agents: at the start, born (start-ups, arriving coordinators), exited (insolvency, departures). */
  agentsInitial = 0;
  births = 0;
  exits = 0;

  /** What holders of `kind` paid for `account`. */
  paid(kind: number, account: number): number {
    return this.paidJpyM[kind * ACCOUNT_COUNT + account];
  }

  /** What holders of `kind` received for `account`. */
  received(kind: number, account: number): number {
    return this.receivedJpyM[kind * ACCOUNT_COUNT + account];
  }

  /** Everything holders of `kind` paid, or received, over all accounts. */
  paidBy(kind: number): number {
    return sumRow(this.paidJpyM, kind);
  }
  receivedBy(kind: number): number {
    return sumRow(this.receivedJpyM, kind);
  }

  /** Seed money 呼び水: public grants paid into lead firms' cash when projects formed (matching funds). */
  get seedGrantsJpyM(): number {
    return this.paid(HolderKind.Budget, Account.SeedMoney);
  }
  /** Core institutions' funds: unspent budget pooled in, revenue shares paid in by firms, and paid out. */
  get fundPooledJpyM(): number {
    return this.received(HolderKind.Fund, Account.Pool);
  }
  get fundRevenueJpyM(): number {
    return this.received(HolderKind.Fund, Account.RevenueShare);
  }
  get fundToCoordinatorsJpyM(): number {
    return this.paid(HolderKind.Fund, Account.Coordinators);
  }
  get fundToProjectsJpyM(): number {
    return this.paid(HolderKind.Fund, Account.Projects);
  }
}

function sumRow(table: Float64Array, kind: number): number {
  let sum = 0;
  for (let a = 0; a < ACCOUNT_COUNT; a++) sum += table[kind * ACCOUNT_COUNT + a];
  return sum;
}

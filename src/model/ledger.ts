// Money and agent accounts of one replication. Every flow of cash in or out of firms and banks is
// booked here, so conservation can be checked: nothing is created or lost outside the rules.

export class Ledger {
  /** Charged to projects, by source, million yen. */
  publicSpendJpyM = 0;
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
  /** Seed money 呼び水: public grants paid into lead firms' cash when projects formed (matching funds). */
  seedGrantsJpyM = 0;
  /** Core institutions' funds: unspent budget pooled in, revenue shares paid in by firms, and paid out. */
  fundPooledJpyM = 0;
  fundRevenueJpyM = 0;
  fundToCoordinatorsJpyM = 0;
  fundToProjectsJpyM = 0;
  /** Cash and loan credit that left with exiting firms. */
  exitedCashJpyM = 0;
  /** Firms' cash and credit at the start. */
  initialFirmMoneyJpyM = 0;
  /** Agents: at the start, born (start-ups, arriving coordinators), exited (insolvency, departures). */
  agentsInitial = 0;
  births = 0;
  exits = 0;
}

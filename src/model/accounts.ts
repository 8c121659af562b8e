// Who holds money and what it is paid for: the holders and accounts of the money primitive
// (money.ts). A holder is one integer (its kind in the low bits, a region or agent id above), so a
// transfer allocates nothing.

/**
 * Kinds of holder: a region's programme budget for this quarter (regions.budgetJpyM); a region's
 * core institution's fund 中核機関 (regions.fundJpyM); a region's local government 自治体, a payer
 * outside the programme with no balance in the model; an agent's cash (agents.cashJpyM); and people
 * and suppliers outside the model (wages, services, project work), where money paid leaves; a
 * region's venture fund 認定VC (regions.ventureFundJpyM), private money raised before the run.
 */
export const HolderKind = { Budget: 0, Fund: 1, LocalGovernment: 2, Cash: 3, Outside: 4, VentureFund: 5 } as const;
export type HolderKind = (typeof HolderKind)[keyof typeof HolderKind];
export const HOLDER_KIND_COUNT = 6;
const KIND_BITS = 3;
const KIND_MASK = (1 << KIND_BITS) - 1;

export function budgetOf(region: number): number {
  return (region << KIND_BITS) | HolderKind.Budget;
}
export function fundOf(region: number): number {
  return (region << KIND_BITS) | HolderKind.Fund;
}
export function localGovernmentOf(region: number): number {
  return (region << KIND_BITS) | HolderKind.LocalGovernment;
}
export function cashOf(agent: number): number {
  return (agent << KIND_BITS) | HolderKind.Cash;
}
export const OUTSIDE: number = HolderKind.Outside;
export function ventureFundOf(region: number): number {
  return (region << KIND_BITS) | HolderKind.VentureFund;
}

export function holderKind(holder: number): number {
  return holder & KIND_MASK;
}
/** The region (Budget, Fund, LocalGovernment, VentureFund) or agent (Cash) a holder belongs to. */
export function holderId(holder: number): number {
  return holder >>> KIND_BITS;
}

/**
 * What money is paid for: each account is a ledger line, and the instruments among them are lines
 * of public spend by instrument (indicators.ts) when a public holder (budget or fund) pays.
 */
export const Account = {
  /** The public share of a project's quarterly cost. */
  Projects: 0,
  /** Seed money 呼び水 paid into a lead firm's cash when its funded project forms. */
  SeedMoney: 1,
  /** Programme coordinators' quarters (from the budget, or from a core institution's fund). */
  Coordinators: 2,
  /** Coordinators paid by local government (its own account, not the programme's). */
  LocalCoordinators: 3,
  /** External talent 域外人材: arrivals of coordinators and entrepreneurs, external coordinators' quarters. */
  Talent: 4,
  /** Project managers' quarters スーパー目利き. */
  Managers: 5,
  /** Listings on the wide-area sales platform. */
  Platform: 6,
  /** Researchers employed by the programme 雇用研究者. */
  Researchers: 7,
  /** Coordinator training 育成塾. */
  Training: 8,
  /** Bank-hub introductions 信金をハブに. */
  BankHub: 9,
  /** Unspent budget pooled into a core institution's fund (not spend: money moves between public holders). */
  Pool: 10,
  /** Revenue shares firms pay into a core institution's fund. */
  RevenueShare: 11,
  /** Seed money a firm returns, unspent, when it abandons the project it was earmarked for. */
  SeedMoneyRefund: 12,
  /** Venture money a region's venture fund invests in a start-up (equity, not public spend). */
  VentureInvestment: 13,
  /** A programme grant to a new start-up 起業支援, from the region's budget. */
  StartupGrant: 14,
  /** Extra support capacity of public research institutes 公設試 (the strengthening lever). */
  Institutes: 15,
} as const;
export type Account = (typeof Account)[keyof typeof Account];
export const ACCOUNT_COUNT = 16;
